package org.iopfit.staff;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.stereotype.Component;

/**
 * What NIST SP 800-63B-4 asks of a password used alone: long enough, not too long to be
 * allowed (at least 64 characters must be), not common or breached, and not built from
 * the username. No composition rules (no "one digit, one symbol") and no expiry: a long
 * phrase of ordinary words is a good password.
 */
@Component
public class PasswordPolicy {

	/** Fewest characters (Unicode code points, spaces included). */
	public static final int MIN_LENGTH = 15;

	/** Most characters: well above the 64 NIST asks to allow. */
	public static final int MAX_LENGTH = 256;

	private final CompromisedPasswordChecker compromised;

	PasswordPolicy(CompromisedPasswordChecker compromised) {
		this.compromised = compromised;
	}

	/**
	 * The first reason a password cannot be used, if any.
	 * @param password the new password
	 * @param username the account's username
	 * @return the problem, or empty when the password is fine
	 */
	public Optional<Problem> check(String password, String username) {
		int length = (password != null) ? password.codePointCount(0, password.length()) : 0;
		if (length < MIN_LENGTH) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			return Optional.of(Problem.TOO_LONG);
		}
		String name = StaffAccount.normalize(username);
		if (name.length() >= 3 && password.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").contains(name)) {
			return Optional.of(Problem.CONTAINS_USERNAME);
		}
		if (this.compromised.check(password).isCompromised()) {
			return Optional.of(Problem.COMMON);
		}
		return Optional.empty();
	}

	/**
	 * Why a password was refused.
	 */
	public enum Problem {

		/** Shorter than {@link #MIN_LENGTH}. */
		TOO_SHORT,
		/** Longer than {@link #MAX_LENGTH}. */
		TOO_LONG,
		/** The username is in it. */
		CONTAINS_USERNAME,
		/** On the list of common and breached passwords, or built from one. */
		COMMON

	}

}
