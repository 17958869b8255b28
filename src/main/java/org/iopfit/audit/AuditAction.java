package org.iopfit.audit;

/**
 * What an audit entry records. Record actions name the record by kind and id; sign-in
 * actions name the account concerned.
 */
public enum AuditAction {

	/** Signed in. */
	LOGIN,
	/**
	 * A sign-in attempt that failed: wrong password, unknown username, locked or
	 * disabled.
	 */
	LOGIN_FAILED,
	/** Too many wrong passwords: the account is locked for a while. */
	LOCKED_OUT,
	/** Signed out. */
	LOGOUT,
	/** A session ended by the 12-hour limit. */
	SESSION_EXPIRED,

	/** A record was created. */
	CREATED,
	/** A record was opened. */
	VIEWED,
	/** Records were searched or listed. */
	SEARCHED,
	/** A record was changed. */
	CHANGED,
	/** Records were exported. */
	EXPORTED,
	/** A record was deleted. */
	DELETED,

	/** A staff account was disabled (its sessions end at once). */
	ACCOUNT_DISABLED,
	/** A staff account was enabled again. */
	ACCOUNT_ENABLED,
	/** A staff account's password was set by an administrator. */
	PASSWORD_RESET,

	/** A passkey was registered. */
	PASSKEY_REGISTERED,
	/** A passkey was removed by its owner. */
	PASSKEY_REMOVED,
	/** Signed in with a passkey after the password. */
	PASSKEY_USED,
	/** A passkey sign-in that failed. */
	PASSKEY_FAILED,
	/** Ten new recovery codes were made (and shown once). */
	RECOVERY_CODES_ISSUED,
	/** Signed in with a recovery code in place of a passkey. */
	RECOVERY_CODE_USED,
	/** A recovery code that was wrong or already used. */
	RECOVERY_CODE_FAILED,
	/**
	 * An administrator removed an account's passkeys and recovery codes (its sessions end
	 * at once).
	 */
	SECOND_FACTOR_RESET,

	/** An administrator made a one-time enrolment code for an account (shown once). */
	ENROLMENT_CODE_ISSUED,
	/** An enrolment code was used to add a passkey to an account that had none. */
	ENROLMENT_CODE_USED,
	/** An enrolment code that was wrong, used or expired. */
	ENROLMENT_CODE_FAILED,
	/** A staff member confirmed it was them again before a sensitive change (step-up). */
	IDENTITY_CONFIRMED,
	/**
	 * A client passed a limit (sign-in, codes, call-backs) and was refused for a while.
	 */
	RATE_LIMITED

}
