package org.iopfit.records;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.iopfit.audit.RecordKind;
import org.iopfit.retention.RetentionProperties;
import org.iopfit.retention.RetentionRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the records of this feature are kept: saved screenings with their codes and
 * notes, and call-back requests, {@code screener.retention-days}; phone calls in progress
 * {@code screener.call-retention-days}; the counts of code look-ups only as long as the
 * rate limit needs them (a day).
 */
@Configuration(proxyBeanMethods = false)
class RecordsRetention {

	@Bean
	RetentionRule screeningRetention(SavedScreenings screenings, RetentionProperties properties) {
		// Each screening by its id, as every other entry about a screening names it.
		return rule("saved screenings (with their codes and notes)", RecordKind.SCREENING,
				Duration.ofDays(properties.retentionDays()), screenings::deleteOlderThan,
				(cutoff) -> screenings.idsOlderThan(cutoff).stream().map(String::valueOf).toList());
	}

	@Bean
	RetentionRule callBackRetention(CallBackRequests requests, RetentionProperties properties) {
		return rule("call-back requests", RecordKind.CALL_BACK, Duration.ofDays(properties.retentionDays()),
				requests::deleteOlderThan, null);
	}

	@Bean
	RetentionRule callRetention(PhoneCalls calls, RetentionProperties properties) {
		// A call in progress is only its answers so far: an emergency is already a
		// record,
		// so a day after its last change nobody is coming back to it.
		return rule("phone calls in progress", RecordKind.CALL, Duration.ofDays(properties.callRetentionDays()),
				calls::deleteOlderThan, calls::idsOlderThan);
	}

	@Bean
	RetentionRule codeLookupRetention(JdbcTemplate jdbc) {
		// Counters for a rate limit, no record of anyone: logged, not audited.
		return rule("code look-ups", null, Duration.ofDays(1),
				(cutoff) -> jdbc.update("DELETE FROM code_lookup WHERE looked_at < ?",
						java.time.OffsetDateTime.ofInstant(cutoff, java.time.ZoneOffset.UTC)),
				null);
	}

	private static RetentionRule rule(String name, RecordKind kind, Duration period,
			java.util.function.ToIntFunction<Instant> delete, Function<Instant, List<String>> ids) {
		return new RetentionRule() {

			@Override
			public RecordKind kind() {
				return kind;
			}

			@Override
			public List<String> idsOlderThan(Instant cutoff) {
				return (ids != null) ? ids.apply(cutoff) : List.of();
			}

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
