package org.iopfit.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;
import org.iopfit.records.Drafts;
import org.iopfit.records.ScreeningRecords;
import org.iopfit.staff.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
	RetentionProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditRetention retention;

	@Autowired
	ScreeningRecords records;

	@BeforeEach
	void nobodyHoldsTheLock() {
		this.jdbc.update("UPDATE job_lock SET locked_until = ? WHERE name = ?", java.sql.Timestamp.from(Instant.EPOCH),
				RetentionJob.LOCK);
	}

	// The runs here hold the lock until 2030; the next test class in this context must
	// find it free.
	@AfterEach
	void resetClockAndLock() {
		this.clock.reset();
		nobodyHoldsTheLock();
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
	void twoInstancesFiringTheSameNightRunItOnce(CapturedOutput output) {
		// A second instance: its own job, the same database.
		RetentionJob other = new RetentionJob(List.of(this.retention), this.clock, new JobLock(this.jdbc), this.audit);
		record("lead", NOW.minus(Duration.ofDays(this.properties.auditRetentionDays() + 1)));

		this.clock.setTo(NOW);
		assertThat(this.job.run()).hasEntrySatisfying("audit entries", (count) -> assertThat(count).isPositive());
		this.clock.setTo(NOW.plusSeconds(40));
		assertThat(other.run()).isEmpty();

		assertThat(output.getOut()).containsOnlyOnce("audit entries from before")
			.containsOnlyOnce("another instance has this run");
		// The next night, whichever fires first runs it.
		this.clock.setTo(NOW.plus(Duration.ofDays(1)));
		assertThat(other.run()).containsKey("audit entries");
	}

	@Test
	void aRunIsInTheAuditLogWithTheCountOfEachKindAndEachScreeningsIdAndNoActor() {
		this.clock.setTo(NOW.minus(Duration.ofDays(this.properties.retentionDays() + 1)));
		String old1 = this.records.saveOnline(Drafts.iop()).value();
		String old2 = this.records.saveOnline(Drafts.iop()).value();
		this.clock.setTo(NOW.minus(Duration.ofDays(1)));
		String recent = this.records.saveOnline(Drafts.iop()).value();
		long id1 = idOf(old1);
		long id2 = idOf(old2);
		long recentId = idOf(recent);

		this.clock.setTo(NOW);
		var deleted = this.job.run();

		var entries = this.jdbc
			.queryForList("SELECT actor, record_kind, record_id, detail, client_address FROM audit_entry"
					+ " WHERE action = 'DELETED' AND occurred_at = ?", java.sql.Timestamp.from(NOW));
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.get("ACTOR")).as("the system, no one signed in").isNull();
			assertThat(entry.get("CLIENT_ADDRESS")).as("no request").isNull();
		});
		assertThat(entries).filteredOn((entry) -> entry.get("RECORD_ID") == null)
			.extracting((entry) -> entry.get("RECORD_KIND") + " " + entry.get("DETAIL"))
			.contains("SCREENING " + deleted.get("saved screenings (with their codes and notes)"),
					"CALL_BACK " + deleted.get("call-back requests"), "AUDIT_LOG " + deleted.get("audit entries"));
		assertThat(deleted.get("saved screenings (with their codes and notes)")).isGreaterThanOrEqualTo(2);
		assertThat(entries).filteredOn((entry) -> "SCREENING".equals(entry.get("RECORD_KIND")))
			.extracting((entry) -> entry.get("RECORD_ID"))
			.contains(Long.toString(id1), Long.toString(id2))
			.doesNotContain(Long.toString(recentId));
	}

	private long idOf(String referenceCode) {
		return this.jdbc.queryForObject("SELECT id FROM saved_screening WHERE reference_code = ?", Long.class,
				referenceCode);
	}

	private void record(String actor, Instant at) {
		this.clock.setTo(at);
		this.audit.record(actor, AuditAction.VIEWED, RecordKind.STAFF_ACCOUNT, 1);
	}

}
