package org.iopfit.staff;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * How staff passwords are hashed and which ones are refused as known to attackers.
 */
@Configuration(proxyBeanMethods = false)
public class PasswordHashing {

	static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

	/**
	 * The delegating encoder: new hashes are PBKDF2-HMAC-SHA256 (310,000 iterations), the
	 * function NIST SP 800-63B names, which also takes passwords of any length (BCrypt
	 * stops at 72 bytes). Hashes are stored as {@code {id}hash}, so the function can
	 * change later without a reset.
	 * @return the encoder
	 */
	@Bean
	public PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(PBKDF2, Map.of(PBKDF2,
				Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	CompromisedPasswordChecker compromisedPasswordChecker() {
		return new BundledPasswordList();
	}

}
