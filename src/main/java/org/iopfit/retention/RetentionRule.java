package org.iopfit.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.iopfit.audit.RecordKind;

/**
 * One kind of record that is kept for a limited time. Each kind registers a bean; the
 * {@link RetentionJob} deletes what is older than its period. The owner of the data
 * defines its rule (screenings, notes and call-back requests with
 * {@code screener.retention-days}, audit entries with
 * {@code screener.audit-retention-days}), so no kind is forgotten by a job that would
 * otherwise have to know them all.
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

	/**
	 * The kind of record deleted, for the audit log: each run writes one DELETED entry
	 * for it with the count.
	 * @return the kind, or {@code null} for data that is no record (counters kept for a
	 * rate limit), which is only logged
	 */
	default RecordKind kind() {
		return null;
	}

	/**
	 * The ids of the records that {@link #deleteOlderThan} is about to delete, for one
	 * DELETED entry each; asked in the same transaction just before the deletion.
	 * @param cutoff records from before this moment go
	 * @return their ids as the rest of the audit log names them, or empty when only the
	 * count is recorded
	 */
	default List<String> idsOlderThan(Instant cutoff) {
		return List.of();
	}

}
