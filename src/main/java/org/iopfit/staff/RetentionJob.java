package org.iopfit.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes every record past its retention period, every night
 * ({@code screener.retention-cron}), and logs what it deleted. Every instance's scheduler
 * fires it; the one that takes the lock in the shared database runs it, the others skip
 * that night's run.
 */
@Component
public class RetentionJob {

	private static final Log logger = LogFactory.getLog(RetentionJob.class);

	static final String LOCK = "retention";

	// Longer than a run takes and than instances' clocks differ; shorter than a day.
	private static final Duration HOLD_LOCK = Duration.ofHours(1);

	private final List<RetentionRule> rules;

	private final Clock clock;

	private final JobLock lock;

	RetentionJob(List<RetentionRule> rules, Clock clock, JobLock lock) {
		this.rules = rules;
		this.clock = clock;
		this.lock = lock;
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
			int count = rule.deleteOlderThan(cutoff);
			deleted.put(rule.name(), count);
			logger.info("Retention: deleted " + count + " " + rule.name() + " from before " + cutoff + " (kept "
					+ rule.period().toDays() + " days)");
		}
		return deleted;
	}

}
