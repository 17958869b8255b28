package org.iopfit.audit;

import java.time.Instant;

import org.iopfit.system.Usernames;

/**
 * Which audit entries to show. Every part is optional; the parts that are set must all
 * match.
 *
 * @param who whose entries: everyone's, staff members' only, or only those written with
 * nobody signed in
 * @param actor one staff member's username (which implies {@link Who#STAFF}), or
 * {@code null}
 * @param action one action, or {@code null}
 * @param kind one kind of record, or {@code null}
 * @param recordId one record's id (with or without a kind), or {@code null}
 * @param from the earliest moment, inclusive, or {@code null}
 * @param until the moment entries must be before, or {@code null}
 */
public record AuditFilter(Who who, String actor, AuditAction action, RecordKind kind, String recordId, Instant from,
		Instant until) {

	/** Staff members' entries only: what the audit page shows first. */
	public static final AuditFilter STAFF_ONLY = new AuditFilter(Who.STAFF, null, null, null, null, null, null);

	public AuditFilter {
		if (who == null) {
			throw new IllegalArgumentException("who is required");
		}
		actor = (actor == null || actor.isBlank()) ? null : Usernames.normalize(actor);
		recordId = (recordId == null || recordId.isBlank()) ? null : recordId.strip();
	}

	/**
	 * Whose entries.
	 */
	public enum Who {

		/** Everyone's, including sign-in attempts and anonymous call-back requests. */
		ALL,
		/** Entries with a signed-in staff member: anonymous traffic cannot hide them. */
		STAFF,
		/**
		 * Entries written with nobody signed in: sign-in attempts, the public, the
		 * system.
		 */
		NOBODY

	}

}
