package org.iopfit.limits;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import io.github.bucket4j.BucketConfiguration;

import org.iopfit.system.Usernames;

/**
 * The limits, one per row: which requests count (a method and decoded paths), how many
 * may come from one client address in a window, and what else the count is kept by. A
 * request may count against several rows (a sign-in against the address's and against the
 * address and username's); it is refused when any of them is spent.
 */
enum ClientLimit {

	/**
	 * Sign-in attempts from one address, whatever the username: an address cannot try
	 * many accounts. Every attempt counts, right or wrong: counting before the password
	 * check is what stops a guess from being made at all. Thirty in 15 minutes: a team
	 * behind one office address signs in together at the start of a shift, and again
	 * after each idle timeout; one address still cannot walk through the accounts.
	 */
	SIGN_IN("sign-in", "POST", Set.of("/staff/login"), 30, Duration.ofMinutes(15), false),

	/**
	 * Sign-in attempts from one address at one username: fewer than the account's own
	 * lock, so that anonymous guesses from one address cannot lock the real person out,
	 * and that address cannot guess further.
	 */
	SIGN_IN_USERNAME("sign-in", "POST", Set.of("/staff/login"), 5, Duration.ofMinutes(15), true),

	/**
	 * One-time codes that stand in for a passkey (recovery codes, enrolment codes), and
	 * the password typed again to confirm a sensitive change: each is a guess at who is
	 * at the keyboard.
	 */
	SECOND_FACTOR_CODE("second-factor-code", "POST",
			Set.of("/staff/second-factor/recovery-code", "/staff/security/enrolment-code", "/staff/confirm"), 5,
			Duration.ofMinutes(15), false),

	/**
	 * Public reference codes: a person saves one result once, perhaps again after a
	 * change; ten in an hour is far beyond that, and a script filling the records is
	 * stopped.
	 */
	REFERENCE_CODE("reference-code", "POST", Set.of("/screening/code"), 10, Duration.ofHours(1), false),

	/**
	 * Public call-back requests: a person asks once (perhaps again to correct the
	 * number); ten in an hour is far beyond that, and a script cannot bury the staff's
	 * queue.
	 */
	CALL_BACK("call-back", "POST", Set.of("/screening/call-back"), 10, Duration.ofHours(1), false),

	/**
	 * Staff look-ups of a typed reference code: a caller reads one out at a time, so 30
	 * in 15 minutes is a busy phone line, and stolen credentials cannot walk the code
	 * space.
	 */
	CODE_LOOKUP("code-look-up", "GET", Set.of("/staff/screenings/find"), 30, Duration.ofMinutes(15), false);

	// Looked up on every request: one map read for the many that no limit concerns.
	private static final Map<String, List<ClientLimit>> BY_REQUEST = Arrays.stream(values())
		.flatMap((limit) -> limit.paths.stream().map((path) -> Map.entry(limit.method + " " + path, limit)))
		.collect(Collectors.groupingBy(Map.Entry::getKey,
				Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableList())));

	private final String id;

	private final String method;

	private final Set<String> paths;

	private final int requests;

	private final Duration window;

	private final boolean perUsername;

	ClientLimit(String id, String method, Set<String> paths, int requests, Duration window, boolean perUsername) {
		this.id = id;
		this.method = method;
		this.paths = paths;
		this.requests = requests;
		this.window = window;
		this.perUsername = perUsername;
	}

	/**
	 * The rows a request counts against.
	 * @param method the request's method
	 * @param path its decoded, normalized path within the application
	 * @return the rows, empty for most requests
	 */
	static List<ClientLimit> of(String method, String path) {
		return BY_REQUEST.getOrDefault(method + " " + path, List.of());
	}

	/**
	 * What the audit log and the log name this limit by: never what was typed.
	 * @return a short id such as {@code sign-in}
	 */
	String id() {
		return this.id;
	}

	/**
	 * The bucket's key: the row, the address and, for a row per username, a digest of the
	 * normalized username (a key outlives the request by a day, and a username field
	 * sometimes holds a password typed in the wrong box).
	 * @param address the client address
	 * @param request the request
	 * @return the key
	 */
	String key(String address, HttpServletRequest request) {
		String key = name() + ":" + address;
		return (this.perUsername) ? key + ":" + Digests.sha256(Usernames.normalize(request.getParameter("username")))
				: key;
	}

	/**
	 * All of a window's requests at once, and all of them back when the window is over:
	 * at most that many requests in any one window.
	 * @return the bucket's configuration
	 */
	BucketConfiguration bucket() {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(this.requests).refillIntervally(this.requests, this.window))
			.build();
	}

	/**
	 * One refusal per window is audited: a flood of refused requests is one entry.
	 * @return the configuration of the bucket that lets one audit entry through
	 */
	BucketConfiguration auditBucket() {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(1).refillIntervally(1, this.window))
			.build();
	}

}
