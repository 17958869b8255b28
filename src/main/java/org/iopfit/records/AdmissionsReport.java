package org.iopfit.records;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;
import org.iopfit.placement.Level;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admissions lead's report: counts only, no record and no name. Screenings per week
 * (weeks start on Monday, UTC) by the level on record and by source, call-backs waiting,
 * and the median time from a call-back request to its first contact.
 */
@Service
public class AdmissionsReport {

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	AdmissionsReport(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The report over the last weeks.
	 * @param staff who reads it (audited)
	 * @param weeks how many weeks, the current one included
	 * @return the counts
	 */
	// Not read-only: it writes its audit entry.
	@Transactional
	public Report report(String staff, int weeks) {
		return report(staff, weeks, ZoneOffset.UTC);
	}

	/**
	 * The report over the last weeks, from Monday to Sunday where the staff are.
	 * @param staff who reads it (audited)
	 * @param weeks how many weeks, the current one included
	 * @param zone the staff's time zone
	 * @return the counts
	 */
	// Not read-only: it writes its audit entry.
	@Transactional
	public Report report(String staff, int weeks, ZoneId zone) {
		LocalDate thisWeek = LocalDate.ofInstant(this.clock.instant(), zone)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate first = thisWeek.minusWeeks(weeks - 1L);
		Map<LocalDate, Week> byWeek = new TreeMap<>();
		for (int i = 0; i < weeks; i++) {
			byWeek.put(first.plusWeeks(i), new Week(first.plusWeeks(i), new EnumMap<>(Level.class)));
		}
		this.jdbc
			.query("SELECT created_at, COALESCE(recorded_level, level) AS level_on_record, source FROM saved_screening "
					+ "WHERE created_at >= ?", (row) -> {
						Instant created = row.getObject("created_at", OffsetDateTime.class).toInstant();
						LocalDate week = LocalDate.ofInstant(created, zone)
							.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
						Week counts = byWeek.get(week);
						if (counts != null) {
							counts.add(Level.valueOf(row.getString("level_on_record")),
									Source.valueOf(row.getString("source")));
						}
					}, first.atStartOfDay(zone).toOffsetDateTime());
		Integer waiting = this.jdbc.queryForObject("SELECT COUNT(*) FROM call_back_request WHERE status = 'NEW'",
				Integer.class);
		List<Duration> waits = new ArrayList<>();
		this.jdbc.query("SELECT requested_at, contacted_at FROM call_back_request WHERE contacted_at IS NOT NULL",
				(row) -> {
					waits.add(Duration.between(row.getObject("requested_at", OffsetDateTime.class),
							row.getObject("contacted_at", OffsetDateTime.class)));
				});
		this.audit.record(staff, AuditAction.VIEWED, RecordKind.REPORT, null);
		return new Report(List.copyOf(byWeek.values()), (waiting != null) ? waiting : 0, median(waits), waits.size());
	}

	static Duration median(List<Duration> durations) {
		if (durations.isEmpty()) {
			return null;
		}
		List<Duration> sorted = durations.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
	}

	/**
	 * The report.
	 *
	 * @param weeks each week, oldest first
	 * @param callBacksWaiting call-back requests not contacted yet
	 * @param medianToFirstContact the median time to first contact, or {@code null} with
	 * none contacted
	 * @param contacted how many requests that median is taken over
	 */
	public record Report(List<Week> weeks, int callBacksWaiting, Duration medianToFirstContact, int contacted) {

	}

	/**
	 * One week's screenings.
	 *
	 * @param start its Monday
	 * @param counts by level on record, then by source
	 */
	public record Week(LocalDate start, Map<Level, Map<Source, Integer>> counts) {

		void add(Level level, Source source) {
			this.counts.computeIfAbsent(level, (key) -> new EnumMap<>(Source.class)).merge(source, 1, Integer::sum);
		}

		/**
		 * How many screenings of a level and source.
		 * @param level the level on record
		 * @param source phone or online
		 * @return the count
		 */
		public int count(Level level, Source source) {
			return this.counts.getOrDefault(level, Map.of()).getOrDefault(source, 0);
		}

		/** All screenings of the week. */
		public int total() {
			return this.counts.values()
				.stream()
				.flatMap((bySource) -> bySource.values().stream())
				.mapToInt(i -> i)
				.sum();
		}

	}

}
