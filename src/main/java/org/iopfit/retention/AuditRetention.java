package org.iopfit.retention;

import java.time.Duration;
import java.time.Instant;

import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;

import org.springframework.stereotype.Component;

/**
 * Audit entries are kept {@code screener.audit-retention-days} (six years by default,
 * like HIPAA's security documentation), far longer than the records they name: they hold
 * no answers, and they are how a disclosure or a snooping colleague is found out later.
 */
@Component
class AuditRetention implements RetentionRule {

	private final AuditLog audit;

	private final Duration period;

	AuditRetention(AuditLog audit, RetentionProperties properties) {
		this.audit = audit;
		this.period = Duration.ofDays(properties.auditRetentionDays());
	}

	@Override
	public String name() {
		return "audit entries";
	}

	@Override
	public Duration period() {
		return this.period;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.AUDIT_LOG;
	}

	@Override
	public int deleteOlderThan(Instant cutoff) {
		return this.audit.deleteOlderThan(cutoff);
	}

}
