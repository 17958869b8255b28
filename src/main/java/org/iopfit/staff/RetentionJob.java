package org.iopfit.staff;

import java.time.Clock;
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
 * ({@code screener.retention-cron}), and logs what it deleted. Each instance runs it; the
 * deletes are idempotent, so two at once do no harm.
 */
@Component
public class RetentionJob {

	private static final Log logger = LogFactory.getLog(RetentionJob.class);

	private final List<RetentionRule> rules;

	private final Clock clock;

	RetentionJob(List<RetentionRule> rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * Runs once.
	 * @return how many records of each kind were deleted
	 */
	@Scheduled(cron = "${screener.retention-cron:0 15 3 * * *}")
	@Transactional
	public Map<String, Integer> run() {
		Instant now = this.clock.instant();
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
