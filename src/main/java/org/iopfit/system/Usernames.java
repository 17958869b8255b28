package org.iopfit.system;

import java.util.Locale;

/**
 * The one form a staff username is stored, looked up, limited and searched for in. It
 * lives here, below the staff accounts, because the audit log's search and the limits per
 * username compare names too and must agree with the accounts on what one name is.
 */
public final class Usernames {

	private Usernames() {
	}

	/**
	 * The form a username is stored and compared in: trimmed and lower case, so
	 * {@code " JDoe"} and {@code "jdoe"} are one account.
	 * @param username as typed, possibly {@code null}
	 * @return the normalized username, empty for {@code null}
	 */
	public static String normalize(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

}
