package org.iopfit.audit;

/**
 * The kinds of record the audit log names. Each feature adds its kinds at the end.
 */
public enum RecordKind {

	/** A staff account. */
	STAFF_ACCOUNT,

	/** The audit log itself. */
	AUDIT_LOG,

	/** A saved screening (phone or online), with its notes. */
	SCREENING,

	/** A call-back request. */
	CALL_BACK,

	/** The admissions lead's report (counts only). */
	REPORT,

	/** A phone call in progress: the answers so far, kept a day. */
	CALL

}
