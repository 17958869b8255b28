package org.iopfit.staff.web;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the staff work, for the times their pages show. Documented with its default in
 * {@code application.yml}. A name that is no time zone stops the start, as a wrong phone
 * number does: a console that shows every time an hour off is worse than none.
 *
 * @param timeZone a region such as {@code America/Chicago}; empty for the server's own
 */
@ConfigurationProperties("screener")
public record StaffTimeProperties(ZoneId timeZone) {

	public StaffTimeProperties {
		// The server's zone when none is set: what an office server on local time shows.
		timeZone = (timeZone != null) ? timeZone : ZoneId.systemDefault();
	}

}
