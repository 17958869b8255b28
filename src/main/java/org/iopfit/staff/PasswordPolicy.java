package org.iopfit.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.iopfit.system.Usernames;
import org.iopfit.system.ProviderProperties;

import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * What NIST SP 800-63B-4 asks of a password used alone: long enough, not too long to be
 * allowed (at least 64 characters must be), not common or breached, not repetitive and
 * not built from the service's or the user's name. No composition rules (no "one digit,
 * one symbol") and no expiry: a long phrase of ordinary words is a good password. On top,
 * a strength estimate (zxcvbn) refuses what a list cannot name: a word with l33t changes,
 * a date, a keyboard walk.
 */
@Component
public class PasswordPolicy {

	/** Fewest characters (Unicode code points, spaces included). */
	public static final int MIN_LENGTH = 15;

	/** Most characters: well above the 64 NIST asks to allow. */
	public static final int MAX_LENGTH = 256;

	// zxcvbn's scores: 3 is "safely unguessable" (about 10^8 guesses or more), what it
	// calls moderate protection even once a hash leaks. Below that, a patient attacker
	// working through several addresses, or anyone with a copy of the database, gets in.
	private static final int LEAST_SCORE = 3;

	// zxcvbn's time grows steeply with length (1.5 s for 256 characters here): it looks
	// at the first 64, which are enough to tell a pattern from a phrase. The list and
	// repeat checks see the whole password.
	private static final int ESTIMATED_LENGTH = 64;

	// A run that repeats one piece and makes up this share of the password or more.
	private static final double MOSTLY = 0.6;

	// The app's own words, and the words anyone would try first against its staff.
	private static final List<String> APP_WORDS = List.of("iopfitscreener", "iop", "screener", "admissions",
			"admission", "password", "staff");

	// Pairs of a stand-in and the letter it stands for: 4 and @ for a, 3 for e, and so
	// on.
	private static final String LOOK_ALIKES = "4a@a8b(c3e6g9g1i!i|i1l|l0o5s$s7t+t2z";

	private final CompromisedPasswordChecker compromised;

	private final List<String> contextWords;

	// Loaded on the first check (its dictionaries take 130 ms), not at every start.
	private final Supplier<Zxcvbn> estimator = SingletonSupplier.of(Zxcvbn::new);

	PasswordPolicy(CompromisedPasswordChecker compromised, ProviderProperties provider) {
		this.compromised = compromised;
		Set<String> words = new LinkedHashSet<>(APP_WORDS);
		String providerName = provider.name().toLowerCase(Locale.ROOT);
		words.add(providerName.replaceAll("[^\\p{L}\\p{N}]+", ""));
		Arrays.stream(providerName.split("[^\\p{L}\\p{N}]+")).filter((word) -> word.length() >= 4).forEach(words::add);
		List<String> sorted = new ArrayList<>(words);
		sorted.removeIf(String::isEmpty);
		// Longest first: "screener" is taken whole before anything shorter inside it.
		sorted.sort(Comparator.comparingInt(String::length).reversed());
		this.contextWords = List.copyOf(sorted);
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
		String name = Usernames.normalize(username);
		String plain = password.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
		if (name.length() >= 3 && plain.contains(name)) {
			return Optional.of(Problem.CONTAINS_USERNAME);
		}
		if (mostlyRepeated(plain)) {
			return Optional.of(Problem.REPEATED);
		}
		if (this.compromised.check(password).isCompromised()) {
			return Optional.of(Problem.COMMON);
		}
		if (mostlyContext(plain, name)) {
			return Optional.of(Problem.CONTEXT);
		}
		if (score(password, name) < LEAST_SCORE) {
			return Optional.of(Problem.GUESSABLE);
		}
		return Optional.empty();
	}

	private int score(String password, String username) {
		String start = (password.codePointCount(0, password.length()) > ESTIMATED_LENGTH)
				? password.substring(0, password.offsetByCodePoints(0, ESTIMATED_LENGTH)) : password;
		List<String> inputs = new ArrayList<>(this.contextWords);
		if (!username.isEmpty()) {
			inputs.add(username);
		}
		return this.estimator.get().measure(start, inputs).getScore();
	}

	/** Summer2026Summer2026!, letmeinletmein12: one piece, again and again. */
	static boolean mostlyRepeated(String plain) {
		int length = plain.length();
		int longestRun = 0;
		for (int start = 0; start < length; start++) {
			for (int unit = 1; unit <= (length - start) / 2; unit++) {
				int times = 1;
				while (start + (times + 1) * unit <= length
						&& plain.regionMatches(start, plain, start + times * unit, unit)) {
					times++;
				}
				if (times > 1) {
					longestRun = Math.max(longestRun, times * unit);
				}
			}
			if (longestRun >= MOSTLY * length) {
				return true;
			}
		}
		return false;
	}

	/**
	 * IOPScreener2026!, Adm1ss1ons Password: mostly the app's, the provider's or the
	 * user's name, even with letters swapped for look-alike digits and symbols.
	 */
	private boolean mostlyContext(String plain, String username) {
		boolean[] covered = new boolean[plain.length()];
		List<String> words = new ArrayList<>(this.contextWords);
		if (username.length() >= 3) {
			words.add(username);
		}
		for (String word : words) {
			for (int at = 0; at + word.length() <= plain.length(); at++) {
				if (looksLike(plain, at, word)) {
					Arrays.fill(covered, at, at + word.length(), true);
				}
			}
		}
		int letters = 0;
		int coveredLetters = 0;
		for (int i = 0; i < plain.length(); i++) {
			if (Character.isLetterOrDigit(plain.charAt(i))) {
				letters++;
				if (covered[i]) {
					coveredLetters++;
				}
			}
		}
		return coveredLetters * 2 > letters;
	}

	private static boolean looksLike(String plain, int at, String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = plain.charAt(at + i);
			char w = word.charAt(i);
			if (c != w && !standsFor(c, w)) {
				return false;
			}
		}
		return true;
	}

	private static boolean standsFor(char stand, char letter) {
		for (int i = 0; i < LOOK_ALIKES.length(); i += 2) {
			if (LOOK_ALIKES.charAt(i) == stand && LOOK_ALIKES.charAt(i + 1) == letter) {
				return true;
			}
		}
		return false;
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
		/** Mostly one word or pattern, repeated. */
		REPEATED,
		/** On the list of common and breached passwords, or built from one. */
		COMMON,
		/** Mostly the app's, the provider's or the user's name. */
		CONTEXT,
		/**
		 * Easy to guess for another reason: a word with small changes, a date, a pattern.
		 */
		GUESSABLE

	}

}
