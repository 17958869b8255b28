package org.iopfit.records;

/** Where a call-back request stands. */
public enum CallBackStatus {

	/** Waiting for a first call. */
	NEW,

	/** Someone has reached, or tried to reach, the person. */
	CONTACTED,

	/** Nothing more to do. */
	CLOSED

}
