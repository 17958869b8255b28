package org.iopfit.retention;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A lock in the shared database, so that a scheduled job runs once across every instance
 * rather than once on each (the rows are in {@code job_lock}). Thirty lines of SQL do
 * what ShedLock would, for the one job there is.
 */
@Component
class JobLock {

	private final JdbcTemplate jdbc;

	private final String instance;

	JobLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.instance = ManagementFactory.getRuntimeMXBean().getName();
	}

	/**
	 * Takes the job's lock if no instance holds it.
	 * @param job the job's row in {@code job_lock}
	 * @param now the time now
	 * @param holdFor how long the lock is held; it is not released before
	 * @return whether this instance has the lock and should run the job
	 */
	boolean tryLock(String job, Instant now, Duration holdFor) {
		int taken = this.jdbc.update(
				"UPDATE job_lock SET locked_until = ?, locked_by = ? WHERE name = ? AND locked_until <= ?",
				Timestamp.from(now.plus(holdFor)), this.instance, job, Timestamp.from(now));
		return taken == 1;
	}

}
