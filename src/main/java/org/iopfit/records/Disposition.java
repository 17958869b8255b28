package org.iopfit.records;

/** How a call ended. */
public enum Disposition {

	ASSESSMENT_BOOKED, REFERRED_ELSEWHERE, CALL_BACK, NO_FURTHER_CONTACT

}
