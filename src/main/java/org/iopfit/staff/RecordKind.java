package org.iopfit.staff;

/**
 * The kinds of record the audit log names. Later records (screenings, call-backs) add
 * their kind here.
 */
public enum RecordKind {

	/** A staff account. */
	STAFF_ACCOUNT,

	/** The audit log itself. */
	AUDIT_LOG

}
