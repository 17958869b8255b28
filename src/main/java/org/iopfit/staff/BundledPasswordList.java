package org.iopfit.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.authentication.password.CompromisedPasswordDecision;

/**
 * Spring Security's compromised-password check over a list bundled with the app
 * ({@code staff/common-passwords.txt}), so no password ever leaves the server to be
 * checked. A password counts as compromised when, ignoring case and spaces, it is on the
 * list, or is a listed password with digits or symbols added at the end
 * ({@code password1234567}), or is one short piece repeated ({@code iloveyouiloveyou},
 * {@code aaaaaaaaaaaaaaa}), or is a run of consecutive letters or digits
 * ({@code 123456789012345}).
 */
public class BundledPasswordList implements CompromisedPasswordChecker {

	static final String RESOURCE = "staff/common-passwords.txt";

	private final Set<String> listed;

	/** The list bundled with the app. */
	public BundledPasswordList() {
		this(load());
	}

	BundledPasswordList(Set<String> listed) {
		this.listed = Set.copyOf(listed);
	}

	@Override
	public CompromisedPasswordDecision check(String password) {
		return new CompromisedPasswordDecision(isCommon(password));
	}

	int size() {
		return this.listed.size();
	}

	private boolean isCommon(String password) {
		if (password == null) {
			return true;
		}
		String plain = password.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
		if (plain.isEmpty() || this.listed.contains(plain)) {
			return true;
		}
		String stem = plain.replaceAll("[^\\p{L}]+$", "");
		if (stem.length() >= 3 && this.listed.contains(stem)) {
			return true;
		}
		String unit = repeatedUnit(plain);
		if (unit != null && (unit.length() <= 4 || this.listed.contains(unit) || consecutive(unit))) {
			return true;
		}
		return consecutive(plain);
	}

	/** The shortest piece that, repeated, makes the whole password, or null. */
	private static String repeatedUnit(String password) {
		int length = password.length();
		for (int unit = 1; unit <= length / 2; unit++) {
			if (length % unit == 0 && password.substring(unit).equals(password.substring(0, length - unit))) {
				return password.substring(0, unit);
			}
		}
		return null;
	}

	/** abcdef..., 9876..., 1234567890123...: each character one step from the last. */
	private static boolean consecutive(String password) {
		if (password.length() < 3) {
			return false;
		}
		for (int direction : new int[] { 1, -1 }) {
			boolean run = true;
			for (int i = 1; i < password.length() && run; i++) {
				run = step(password.charAt(i - 1), direction) == password.charAt(i);
			}
			if (run) {
				return true;
			}
		}
		return false;
	}

	private static char step(char c, int direction) {
		if (Character.isDigit(c)) {
			return (char) ('0' + Math.floorMod(c - '0' + direction, 10));
		}
		return (char) (c + direction);
	}

	private static Set<String> load() {
		InputStream in = BundledPasswordList.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IllegalStateException(RESOURCE + " is missing from the classpath");
		}
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String password = line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
				if (!password.isEmpty() && !line.startsWith("#")) {
					passwords.add(password);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return passwords;
	}

}
