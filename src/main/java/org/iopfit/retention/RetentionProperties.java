package org.iopfit.retention;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long records are kept and when the retention job runs. Documented with their
 * defaults in {@code application.yml}.
 *
 * @param retentionDays days a record that identifies someone is kept
 * @param auditRetentionDays days an audit entry is kept
 * @param retentionCron when the retention job runs
 * @param callRetentionDays days a phone call in progress is kept after its last change
 */
@Validated
@ConfigurationProperties("screener")
public record RetentionProperties(@DefaultValue("30") @Min(1) int retentionDays,
		@DefaultValue("2190") @Min(1) int auditRetentionDays, @DefaultValue("0 15 3 * * *") String retentionCron,
		@DefaultValue("1") @Min(1) int callRetentionDays) {

}
