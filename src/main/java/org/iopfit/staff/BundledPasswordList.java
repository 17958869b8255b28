package org.iopfit.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.authentication.password.CompromisedPasswordDecision;
import org.springframework.util.function.SingletonSupplier;

/**
 * Spring Security's compromised-password check over a list bundled with the app
 * ({@code staff/common-passwords.txt}, about 50,000 passwords: its sources and licences
 * are in the README beside it), so no password ever leaves the server to be checked. A
 * password counts as compromised when, ignoring case and spaces, it is on the list, or is
 * a listed password with digits or symbols added at the end ({@code password1234567}), or
 * is one short piece repeated ({@code iloveyouiloveyou}, {@code aaaaaaaaaaaaaaa}), or is
 * a run of consecutive letters or digits ({@code 123456789012345}).
 * <p>
 * The list is read on the first check, not at start-up (about 0.1 s here), and kept as
 * one array of UTF-8 bytes in sorted order with the offset of each entry: about half a
 * megabyte, where a hash set of the same strings takes several.
 */
public class BundledPasswordList implements CompromisedPasswordChecker {

	static final String RESOURCE = "staff/common-passwords.txt";

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private final Supplier<Packed> listed;

	/** The list bundled with the app. */
	public BundledPasswordList() {
		this.listed = SingletonSupplier.of(BundledPasswordList::load);
	}

	BundledPasswordList(Collection<String> listed) {
		Packed packed = Packed.of(listed.stream().map(BundledPasswordList::normalize).toList());
		this.listed = () -> packed;
	}

	@Override
	public CompromisedPasswordDecision check(String password) {
		return new CompromisedPasswordDecision(isCommon(password));
	}

	/**
	 * Whether a password, ignoring case and spaces, is on the list as it is.
	 * @param password the password
	 * @return whether it is listed
	 */
	boolean isListed(String password) {
		return this.listed.get().contains(normalize(password));
	}

	int size() {
		return this.listed.get().size();
	}

	static String normalize(String password) {
		return WHITE_SPACE.matcher(password.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	private boolean isCommon(String password) {
		if (password == null) {
			return true;
		}
		Packed list = this.listed.get();
		String plain = normalize(password);
		if (plain.isEmpty() || list.contains(plain)) {
			return true;
		}
		String stem = plain.replaceAll("[^\\p{L}]+$", "");
		if (stem.length() >= 3 && list.contains(stem)) {
			return true;
		}
		String unit = repeatedUnit(plain);
		if (unit != null && (unit.length() <= 4 || list.contains(unit) || consecutive(unit))) {
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

	private static Packed load() {
		byte[] bytes;
		try (InputStream in = BundledPasswordList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// The file is kept normalized and sorted: then its lines are the array as they
		// are,
		// with no string made for each (a tenth of the time). Otherwise, sort it here.
		Packed packed = Packed.ofSortedLines(bytes);
		return (packed != null) ? packed : Packed.of(lines(bytes));
	}

	private static List<String> lines(byte[] bytes) {
		List<String> passwords = new ArrayList<>(90_000);
		for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
			if (!line.startsWith("#")) {
				String password = normalize(line);
				if (!password.isEmpty()) {
					passwords.add(password);
				}
			}
		}
		return passwords;
	}

	/**
	 * The passwords as one byte array, sorted by their UTF-8 bytes, and where each
	 * starts: a binary search finds one without a string object per entry.
	 */
	private static final class Packed {

		private final byte[] bytes;

		private final int[] starts;

		private Packed(byte[] bytes, int[] starts) {
			this.bytes = bytes;
			this.starts = starts;
		}

		static Packed of(List<String> passwords) {
			byte[][] encoded = passwords.stream()
				.map((password) -> password.getBytes(StandardCharsets.UTF_8))
				.sorted(Arrays::compareUnsigned)
				.toArray(byte[][]::new);
			// Equal entries are neighbours once sorted: keep the first.
			int[] starts = new int[encoded.length + 1];
			byte[] bytes = new byte[Arrays.stream(encoded).mapToInt((entry) -> entry.length).sum()];
			int count = 0;
			int at = 0;
			for (int i = 0; i < encoded.length; i++) {
				if (i > 0 && Arrays.equals(encoded[i], encoded[i - 1])) {
					continue;
				}
				starts[count++] = at;
				System.arraycopy(encoded[i], 0, bytes, at, encoded[i].length);
				at += encoded[i].length;
			}
			starts[count] = at;
			return new Packed(Arrays.copyOf(bytes, at), Arrays.copyOf(starts, count + 1));
		}

		/**
		 * The lines of a file already in the list's order, or null when one is out of
		 * order, a duplicate, or not normalized as {@link #normalize} would.
		 */
		static Packed ofSortedLines(byte[] file) {
			byte[] bytes = new byte[file.length];
			int[] starts = new int[file.length / 2 + 2];
			int count = 0;
			int at = 0;
			int previous = -1;
			int previousLength = 0;
			for (int line = 0; line < file.length;) {
				int end = line;
				while (end < file.length && file[end] != '\n') {
					end++;
				}
				if (end > line && file[line] != '#') {
					boolean ascii = true;
					for (int i = line; i < end; i++) {
						byte b = file[i];
						if ((b >= 0 && b <= ' ') || b == 0x7f || (b >= 'A' && b <= 'Z')) {
							return null;
						}
						ascii &= b > 0;
					}
					if (!ascii) {
						String text = new String(file, line, end - line, StandardCharsets.UTF_8);
						if (!normalize(text).equals(text)) {
							return null;
						}
					}
					if (previous >= 0 && Arrays.compareUnsigned(bytes, previous, previous + previousLength, file, line,
							end) >= 0) {
						return null;
					}
					starts[count++] = at;
					System.arraycopy(file, line, bytes, at, end - line);
					previous = at;
					previousLength = end - line;
					at += end - line;
				}
				line = end + 1;
			}
			starts[count] = at;
			return new Packed(Arrays.copyOf(bytes, at), Arrays.copyOf(starts, count + 1));
		}

		int size() {
			return this.starts.length - 1;
		}

		boolean contains(String password) {
			byte[] key = password.getBytes(StandardCharsets.UTF_8);
			int low = 0;
			int high = size() - 1;
			while (low <= high) {
				int middle = (low + high) >>> 1;
				int compared = Arrays.compareUnsigned(this.bytes, this.starts[middle], this.starts[middle + 1], key, 0,
						key.length);
				if (compared < 0) {
					low = middle + 1;
				}
				else if (compared > 0) {
					high = middle - 1;
				}
				else {
					return true;
				}
			}
			return false;
		}

	}

}
