package org.iopfit.staff;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of the audit log: who did what to which record, and when. It holds no answers,
 * no names of callers and no passwords, only a username, an action and a record id.
 *
 * @param id the entry's id, {@code null} before it is saved
 * @param occurredAt when
 * @param actor the signed-in staff member's username, {@code null} for a sign-in attempt
 * or the system
 * @param action what happened
 * @param recordKind the kind of record concerned, {@code null} for none
 * @param recordId the record's id, {@code null} for none or an unknown username
 */
@Table
public record AuditEntry(@Id Long id, Instant occurredAt, String actor, AuditAction action, RecordKind recordKind,
		String recordId) {

	AuditEntry withId(Long id) {
		return new AuditEntry(id, this.occurredAt, this.actor, this.action, this.recordKind, this.recordId);
	}

}
