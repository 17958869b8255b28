package org.iopfit.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * A clock that tests move: the system's time plus an offset, so that the lock, the
 * 12-hour session limit and retention can be tested without waiting.
 */
public class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	private volatile Instant fixed;

	@Override
	public Instant instant() {
		Instant now = (this.fixed != null) ? this.fixed : Instant.now();
		return now.plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}

	/**
	 * Moves time forward.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	/**
	 * Stops time at a moment.
	 * @param instant the moment
	 */
	public void setTo(Instant instant) {
		this.fixed = instant;
		this.offset = Duration.ZERO;
	}

	/** Back to the system's time. */
	public void reset() {
		this.fixed = null;
		this.offset = Duration.ZERO;
	}

	/**
	 * Puts the clock in the application in place of the system's, and hashes passwords
	 * with the same delegating PBKDF2 encoder at 1,000 iterations instead of 310,000, so
	 * the hundreds of sign-ins of the web tests do not take minutes on a shared machine.
	 * The real encoder has its own test.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

		@Bean
		@Primary
		PasswordEncoder fastPasswordEncoder() {
			String id = "pbkdf2@SpringSecurity_v5_8";
			return new DelegatingPasswordEncoder(id, Map.of(id, new Pbkdf2PasswordEncoder("", 16, 1000,
					Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256)));
		}

	}

}
