package org.iopfit.staff.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Staff read times in their own zone, named, summer and winter alike.
 */
class TimesTest {

	private final Times chicago = new Times(new StaffTimeProperties(ZoneId.of("America/Chicago")));

	@Test
	void aMomentIsShownInTheStaffZoneWithItsShortNameSummerAndWinter() {
		assertThat(this.chicago.format(Instant.parse("2026-07-01T15:00:00Z"))).isEqualTo("2026-07-01 10:00:00 CDT");
		assertThat(this.chicago.format(Instant.parse("2026-01-02T03:00:00Z"))).isEqualTo("2026-01-01 21:00:00 CST");
		assertThat(this.chicago.time(Instant.parse("2026-01-02T03:05:00Z"))).isEqualTo("21:05 CST");
		assertThat(this.chicago.format(null)).isEmpty();
	}

	@Test
	void aDayStartsAtMidnightInTheStaffZone() {
		assertThat(this.chicago.startOf(LocalDate.parse("2026-01-01")))
			.isEqualTo(Instant.parse("2026-01-01T06:00:00Z"));
	}

	@Test
	void aZoneIsReadFromItsNameAndANameThatIsNoZoneStopsTheStart() {
		assertThat(bind("America/Chicago").timeZone()).isEqualTo(ZoneId.of("America/Chicago"));
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("Mars/Olympus_Mons"));
	}

	private static StaffTimeProperties bind(String zone) {
		return new Binder(new MapConfigurationPropertySource(Map.of("screener.time-zone", zone)))
			.bind("screener", StaffTimeProperties.class)
			.get();
	}

	@Test
	void noZoneSetIsTheServersZone() {
		assertThat(new StaffTimeProperties(null).timeZone()).isEqualTo(ZoneId.systemDefault());
	}

}
