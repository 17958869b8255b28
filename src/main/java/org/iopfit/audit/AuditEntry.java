package org.iopfit.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of the audit log: who did what to which record, when, and from where. It holds
 * no answers, no names of callers and no passwords, only a username, an action, a record
 * id and the client that sent the request.
 *
 * @param id the entry's id, {@code null} before it is saved
 * @param occurredAt when
 * @param actor the signed-in staff member's username, {@code null} for a sign-in attempt
 * or the system
 * @param action what happened
 * @param recordKind the kind of record concerned, {@code null} for none
 * @param recordId the record's id, {@code null} for none or an unknown username
 * @param detail a short detail (how many records a retention run deleted), {@code null}
 * for none
 * @param clientAddress the client's address, {@code null} outside a request
 * @param userAgent the client's user agent, cut short, {@code null} outside a request
 */
@Table
public record AuditEntry(@Id Long id, Instant occurredAt, String actor, AuditAction action, RecordKind recordKind,
		String recordId, String detail, String clientAddress, String userAgent) {

	/** An entry with no detail and no client. */
	public AuditEntry(Long id, Instant occurredAt, String actor, AuditAction action, RecordKind recordKind,
			String recordId) {
		this(id, occurredAt, actor, action, recordKind, recordId, null, null, null);
	}

	AuditEntry withId(Long id) {
		return new AuditEntry(id, this.occurredAt, this.actor, this.action, this.recordKind, this.recordId, this.detail,
				this.clientAddress, this.userAgent);
	}

}
