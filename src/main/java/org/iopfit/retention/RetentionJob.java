package org.iopfit.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes every record past its retention period, every night
 * ({@code screener.retention-cron}), logs what it deleted and writes it to the audit log:
 * one DELETED entry per kind of record with the count, and one per record that names one
 * (each saved screening's id). Every instance's scheduler fires it; the one that takes
 * the lock in the shared database runs it, the others skip that night's run.
 */
@Component
// Scheduling is switched on here, by the one class that needs it.
@EnableScheduling
public class RetentionJob {

	private static final Log logger = LogFactory.getLog(RetentionJob.class);

	static final String LOCK = "retention";

	// Longer than a run takes and than instances' clocks differ; shorter than a day.
	private static final Duration HOLD_LOCK = Duration.ofHours(1);

	private final List<RetentionRule> rules;

	private final Clock clock;

	private final JobLock lock;

	private final AuditLog audit;

	RetentionJob(List<RetentionRule> rules, Clock clock, JobLock lock, AuditLog audit) {
		this.rules = rules;
		this.clock = clock;
		this.lock = lock;
		this.audit = audit;
	}

	/**
	 * Runs once.
	 * @return how many records of each kind were deleted; empty when another instance has
	 * the run
	 */
	@Scheduled(cron = "${screener.retention-cron:0 15 3 * * *}")
	@Transactional
	public Map<String, Integer> run() {
		Instant now = this.clock.instant();
		if (!this.lock.tryLock(LOCK, now, HOLD_LOCK)) {
			logger.info("Retention: another instance has this run");
			return Map.of();
		}
		Map<String, Integer> deleted = new LinkedHashMap<>();
		for (RetentionRule rule : this.rules) {
			Instant cutoff = now.minus(rule.period());
			RecordKind kind = rule.kind();
			List<String> ids = (kind != null) ? rule.idsOlderThan(cutoff) : List.of();
			int count = rule.deleteOlderThan(cutoff);
			deleted.put(rule.name(), count);
			// Written after the deletion (and in its transaction), so the audit rule
			// never
			// deletes the entries that record it; no actor: the system did it.
			if (kind != null) {
				this.audit.record(null, AuditAction.DELETED, kind, null, Integer.toString(count));
				ids.forEach((id) -> this.audit.record(null, AuditAction.DELETED, kind, id));
			}
			logger.info("Retention: deleted " + count + " " + rule.name() + " from before " + cutoff + " (kept "
					+ rule.period().toDays() + " days)");
		}
		return deleted;
	}

}
