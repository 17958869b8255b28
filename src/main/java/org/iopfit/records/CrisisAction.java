package org.iopfit.records;

/** What staff did when a caller gave a crisis answer: the protocol's steps. */
public enum CrisisAction {

	STAYED_ON_LINE, ADDRESS_TAKEN, CALLBACK_NUMBER_TAKEN, CONFERENCED_988, DIALED_911, SUPERVISOR_INFORMED

}
