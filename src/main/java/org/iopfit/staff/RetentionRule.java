package org.iopfit.staff;

import java.time.Duration;
import java.time.Instant;

/**
 * One kind of record that is kept for a limited time. Each kind registers a bean; the
 * {@link RetentionJob} deletes what is older than its period. Screenings and call-backs
 * (the next feature) add theirs with {@code screener.retention-days}.
 */
public interface RetentionRule {

	/**
	 * What is deleted, for the log.
	 * @return e.g. "audit entries"
	 */
	String name();

	/**
	 * How long a record is kept.
	 * @return the period
	 */
	Duration period();

	/**
	 * Deletes every record older than the cutoff.
	 * @param cutoff records from before this moment go
	 * @return how many were deleted
	 */
	int deleteOlderThan(Instant cutoff);

}
