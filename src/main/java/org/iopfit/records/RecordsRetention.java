package org.iopfit.records;

import java.time.Duration;
import java.time.Instant;

import org.iopfit.staff.RetentionRule;
import org.iopfit.staff.ScreenerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the records of this feature are kept: saved screenings with their codes and
 * notes, and call-back requests, {@code screener.retention-days}; the counts of code
 * look-ups only as long as the rate limit needs them (a day).
 */
@Configuration(proxyBeanMethods = false)
class RecordsRetention {

	@Bean
	RetentionRule screeningRetention(SavedScreenings screenings, ScreenerProperties properties) {
		return rule("saved screenings (with their codes and notes)", Duration.ofDays(properties.retentionDays()),
				screenings::deleteOlderThan);
	}

	@Bean
	RetentionRule callBackRetention(CallBackRequests requests, ScreenerProperties properties) {
		return rule("call-back requests", Duration.ofDays(properties.retentionDays()), requests::deleteOlderThan);
	}

	@Bean
	RetentionRule codeLookupRetention(JdbcTemplate jdbc) {
		return rule("code look-ups", Duration.ofDays(1),
				(cutoff) -> jdbc.update("DELETE FROM code_lookup WHERE looked_at < ?",
						java.time.OffsetDateTime.ofInstant(cutoff, java.time.ZoneOffset.UTC)));
	}

	private static RetentionRule rule(String name, Duration period, java.util.function.ToIntFunction<Instant> delete) {
		return new RetentionRule() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public Duration period() {
				return period;
			}

			@Override
			public int deleteOlderThan(Instant cutoff) {
				return delete.applyAsInt(cutoff);
			}

		};
	}

}
