package org.iopfit.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from {@code ADMIN_USERNAME} and {@code ADMIN_PASSWORD}; used
 * only while there is no staff account at all.
 *
 * @param username the administrator's username, or empty for {@code admin}
 * @param password the password, or empty for a random one printed once in the log
 */
@ConfigurationProperties("admin")
public record AdminProperties(String username, String password) {

	@Override
	public String toString() {
		return "AdminProperties[username=" + this.username + ", password=(hidden)]";
	}

}
