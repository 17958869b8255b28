package org.iopfit.records;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.regex.Pattern;

import org.iopfit.questions.Draft;

/**
 * A phone call in progress: the answers so far, who is calling, the page to go on with.
 * It has an id from its first step and lives in the database, not in an HTTP session, so
 * two tabs are two calls and a timeout, a restart or another instance loses nothing.
 *
 * @param id 128 random bits, in lower-case Crockford base32
 * @param staffUsername the worker who started it, the only one who may open it
 * @param callType who is calling about whom
 * @param answers the answers so far as {@link Draft#toBytes()}
 * @param basedOnCode the online screening being confirmed, or {@code null}
 * @param step the page to go on with: a step's slug, {@code result} or {@code crisis}
 * @param createdAt when it started
 * @param updatedAt when it last changed
 */
public record PhoneCall(String id, String staffUsername, CallType callType, byte[] answers, String basedOnCode,
		String step, Instant createdAt, Instant updatedAt) {

	/** The page of a call whose crisis protocol is open. */
	public static final String CRISIS = "crisis";

	/** The page of a call whose questions are all answered. */
	public static final String RESULT = "result";

	private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

	private static final Pattern ID = Pattern.compile("[0-9a-hjkmnp-tv-z]{26}");

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * A new call id: 128 bits from {@link SecureRandom}, so nobody finds a call by
	 * counting or guessing (a sequence would give every worker's calls away).
	 * @return 26 characters
	 */
	public static String newId() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		StringBuilder id = new StringBuilder(26);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				id.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		id.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		return id.toString();
	}

	/**
	 * Whether a text is a call id as {@link #newId()} writes them.
	 * @param id what came in an address or a form
	 * @return whether it may be looked up
	 */
	public static boolean isId(String id) {
		return id != null && ID.matcher(id).matches();
	}

	/** The answers so far, read back through the question table. */
	public Draft draft() {
		return Draft.fromBytes(this.answers);
	}

	/** Whether the crisis protocol is open: an emergency record of it is saved. */
	public boolean inCrisis() {
		return CRISIS.equals(this.step);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof PhoneCall call) && this.id.equals(call.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		// The answers are health information: never in a log line.
		return "PhoneCall[" + this.callType + ", " + this.step + "]";
	}

}
