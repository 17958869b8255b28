package org.iopfit.staff.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as staff read them: to the minute, in UTC, said so.
 */
public final class Times {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private Times() {
	}

	public static String format(Instant instant) {
		return (instant != null) ? FORMAT.format(instant) : "";
	}

}
