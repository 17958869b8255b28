package org.iopfit.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly retention job, with a clock the test sets: audit entries older than
 * {@code screener.audit-retention-days} go, newer ones stay, and the run is logged with
 * its counts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class RetentionJobTest {

	private static final Instant NOW = Instant.parse("2030-06-15T03:15:00Z");

	@Autowired
	MutableClock clock;

	@Autowired
	AuditLog audit;

	@Autowired
	RetentionJob job;

	@Autowired
	ScreenerProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void auditEntriesPastTheirRetentionAreDeletedAndTheRunIsLoggedWithItsCount(CapturedOutput output) {
		Duration kept = Duration.ofDays(this.properties.auditRetentionDays());
		String actor = "retention-" + UUID.randomUUID().toString().substring(0, 8);
		record(actor, NOW.minus(kept).minusSeconds(60));
		record(actor, NOW.minus(kept).minusSeconds(1));
		record(actor, NOW.minus(kept).plusSeconds(60));
		record(actor, NOW.minus(Duration.ofDays(1)));

		this.clock.setTo(NOW);
		var deleted = this.job.run();

		assertThat(deleted).containsKey("audit entries");
		assertThat(deleted.get("audit entries")).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.queryForList("SELECT occurred_at FROM audit_entry WHERE actor = ? ORDER BY occurred_at",
				java.sql.Timestamp.class, actor))
			.extracting(java.sql.Timestamp::toInstant)
			.containsExactly(NOW.minus(kept).plusSeconds(60), NOW.minus(Duration.ofDays(1)));
		assertThat(output.getOut()).contains("Retention: deleted " + deleted.get("audit entries") + " audit entries")
			.contains("kept 2190 days");
	}

	@Test
	void aSecondRunTheSameNightDeletesNothingMore(CapturedOutput output) {
		this.clock.setTo(NOW);
		this.job.run();

		assertThat(this.job.run()).containsEntry("audit entries", 0);
	}

	private void record(String actor, Instant at) {
		this.clock.setTo(at);
		this.audit.record(actor, AuditAction.VIEWED, RecordKind.STAFF_ACCOUNT, 1);
	}

}
