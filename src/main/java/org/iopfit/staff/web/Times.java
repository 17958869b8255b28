package org.iopfit.staff.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times as staff read them: in the staff's time zone ({@code screener.time-zone}), with
 * the zone's short name, so a time is never read in the wrong zone. Stored times stay
 * instants, and the FHIR export writes ISO offsets.
 */
@Component
public class Times {

	private final ZoneId zone;

	private final DateTimeFormatter format;

	private final DateTimeFormatter clock;

	Times(StaffTimeProperties properties) {
		this.zone = properties.timeZone();
		this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(this.zone);
		this.clock = DateTimeFormatter.ofPattern("HH:mm z").withZone(this.zone);
	}

	/**
	 * A moment with its date.
	 * @param instant the moment, or {@code null}
	 * @return e.g. {@code 2026-07-01 08:00:00 EDT}, empty for none
	 */
	public String format(Instant instant) {
		return (instant != null) ? this.format.format(instant) : "";
	}

	/**
	 * A moment of today, for what happens soon.
	 * @param instant the moment
	 * @return e.g. {@code 08:30 EDT}
	 */
	public String time(Instant instant) {
		return this.clock.format(instant);
	}

	/**
	 * The first moment of a day in the staff's zone: a day typed in a filter is their
	 * day.
	 * @param day the day
	 * @return its start
	 */
	public Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	/** The staff's time zone. */
	public ZoneId zone() {
		return this.zone;
	}

}
