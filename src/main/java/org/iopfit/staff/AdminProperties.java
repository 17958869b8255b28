package org.iopfit.staff;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, from {@code ADMIN_USERNAME} and {@code ADMIN_PASSWORD}; used
 * only while there is no staff account at all.
 *
 * @param username the administrator's username, or empty for {@code admin}
 * @param password the password, or empty for a random one written to {@code passwordFile}
 * @param passwordFile where the first administrator's generated password and enrolment
 * code are written (readable only by the app's user), never the log
 */
@ConfigurationProperties("admin")
public record AdminProperties(String username, String password,
		@DefaultValue("data/first-admin-password") Path passwordFile) {

	@Override
	public String toString() {
		return "AdminProperties[username=" + this.username + ", password=(hidden), passwordFile=" + this.passwordFile
				+ "]";
	}

}
