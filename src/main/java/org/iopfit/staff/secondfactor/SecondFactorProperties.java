package org.iopfit.staff.secondfactor;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The staff's second factor: who must have one, and the WebAuthn relying party that
 * passkeys are bound to. Documented with their defaults in {@code application.yml}.
 *
 * @param secondFactor who must sign in with a passkey (or a recovery code) after the
 * password: everyone by default, since every staff role can read records
 * @param webauthn the relying party
 */
@Validated
@ConfigurationProperties("screener.security")
public record SecondFactorProperties(@DefaultValue("required-for-all") @NotNull SecondFactorRule secondFactor,
		@DefaultValue @Valid WebAuthn webauthn) {

	/**
	 * The WebAuthn relying party.
	 *
	 * @param rpId the domain passkeys are bound to, such as {@code screener.example.org}
	 * ({@code localhost} for development)
	 * @param rpName the name a browser shows when it asks for a passkey
	 * @param allowedOrigins the exact origins pages are served from, such as
	 * {@code https://screener.example.org}; empty for {@code http://localhost:<port>} of
	 * the running server (development and tests only)
	 */
	public record WebAuthn(@DefaultValue("localhost") @NotBlank String rpId,
			@DefaultValue("IOP Fit Screener staff") @NotBlank String rpName,
			@DefaultValue List<String> allowedOrigins) {
	}

}
