package org.iopfit.staff;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long records are kept, and the staff console's sign-in rules. Documented with their
 * defaults in {@code application.yml}.
 *
 * @param retentionDays days a record that identifies someone is kept
 * @param auditRetentionDays days an audit entry is kept
 * @param retentionCron when the retention job runs
 * @param staff the sign-in rules
 */
@Validated
@ConfigurationProperties("screener")
public record ScreenerProperties(@DefaultValue("30") @Min(1) int retentionDays,
		@DefaultValue("2190") @Min(1) int auditRetentionDays, @DefaultValue("0 15 3 * * *") String retentionCron,
		@DefaultValue @Valid Staff staff) {

	/**
	 * The staff console's sign-in rules.
	 *
	 * @param absoluteSessionTimeout how long after sign-in a session ends, however active
	 * @param maxFailedLogins wrong passwords in a row that lock an account, from any
	 * number of client addresses (one address is stopped sooner by its own limit)
	 * @param lockDuration how long a locked account waits
	 */
	public record Staff(@DefaultValue("12h") Duration absoluteSessionTimeout,
			@DefaultValue("20") @Min(1) int maxFailedLogins, @DefaultValue("15m") Duration lockDuration) {
	}

}
