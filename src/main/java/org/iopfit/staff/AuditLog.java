package org.iopfit.staff;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit log. Every feature that touches a record calls
 * {@link #record}; an entry is written in its own transaction, so a failed sign-in or a
 * rolled-back change is still on record.
 */
@Service
public class AuditLog {

	private static final int MOST_RECENT = 200;

	private final AuditEntries entries;

	private final Clock clock;

	AuditLog(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Records that someone did something to a record.
	 * @param actor the staff member's username, {@code null} for none
	 * @param action what they did
	 * @param kind the kind of record, {@code null} for none
	 * @param recordId the record's id, {@code null} for none
	 */
	// In the caller's transaction, if there is one: the entry commits with what it
	// records.
	// A transaction of its own would take a second pooled connection while the caller
	// holds
	// one, and with as many callers as connections every request waits for the pool (the
	// soak found it: hundreds of 503s at 50 connections).
	@Transactional
	public void record(String actor, AuditAction action, RecordKind kind, Object recordId) {
		this.entries.save(new AuditEntry(null, this.clock.instant(), actor, action, kind,
				(recordId != null) ? recordId.toString() : null));
	}

	/**
	 * The most recent entries, newest first.
	 * @return at most 200 entries
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> mostRecent() {
		return this.entries.findAllByOrderByOccurredAtDescIdDesc(Limit.of(MOST_RECENT));
	}

	/**
	 * Who opened a record, newest first: what each record page shows.
	 * @param kind the kind of record
	 * @param recordId its id
	 * @return at most 200 views
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> viewsOf(RecordKind kind, Object recordId) {
		return this.entries.findByRecordKindAndRecordIdAndActionOrderByOccurredAtDescIdDesc(kind, recordId.toString(),
				AuditAction.VIEWED, Limit.of(MOST_RECENT));
	}

}
