package org.iopfit.records;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * A saved screening's reference code: 40 random bits from {@link SecureRandom} written as
 * 8 characters of Crockford's base32 (no I, L, O or U), shown as {@code 7KQM-3XDA}. Read
 * back forgivingly: any case, with or without the hyphen or spaces, O for 0 and I or L
 * for 1.
 *
 * @param value the 8 characters, upper case, without the hyphen
 */
public record ReferenceCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	public ReferenceCode {
		if (value == null || value.length() != LENGTH || !value.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0)) {
			throw new IllegalArgumentException("Not a reference code");
		}
	}

	/** A new random code. */
	public static ReferenceCode random() {
		byte[] bytes = new byte[5];
		RANDOM.nextBytes(bytes);
		long bits = 0;
		for (byte b : bytes) {
			bits = (bits << 8) | (b & 0xFF);
		}
		char[] chars = new char[LENGTH];
		for (int i = LENGTH - 1; i >= 0; i--) {
			chars[i] = ALPHABET.charAt((int) (bits & 31));
			bits >>>= 5;
		}
		return new ReferenceCode(new String(chars));
	}

	/**
	 * Reads a code as a person may type it.
	 * @param text what was typed
	 * @return the code, or empty when it cannot be one
	 */
	public static Optional<ReferenceCode> parse(String text) {
		if (text == null || text.length() > 20) {
			return Optional.empty();
		}
		StringBuilder value = new StringBuilder(LENGTH);
		for (char c : text.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
			if (c == '-' || c == ' ') {
				continue;
			}
			char read = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (ALPHABET.indexOf(read) < 0) {
				return Optional.empty();
			}
			value.append(read);
		}
		return (value.length() == LENGTH) ? Optional.of(new ReferenceCode(value.toString())) : Optional.empty();
	}

	/** As shown and read aloud: {@code 7KQM-3XDA}. */
	public String display() {
		return this.value.substring(0, 4) + "-" + this.value.substring(4);
	}

	@Override
	public String toString() {
		return display();
	}

}
