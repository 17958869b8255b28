package org.iopfit.records;

import org.iopfit.placement.Respondent;

/** Who is calling, about whom: it decides whether the questions say "you" or "they". */
public enum CallType {

	/** A person calling about themselves. */
	SELF(Respondent.SELF),

	/** Family or a friend calling about someone else. */
	SOMEONE_ELSE(Respondent.SOMEONE_ELSE),

	/** A professional referring someone. */
	PROFESSIONAL(Respondent.SOMEONE_ELSE);

	private final Respondent respondent;

	CallType(Respondent respondent) {
		this.respondent = respondent;
	}

	/** Whose answers the questions ask for, and so their wording. */
	public Respondent respondent() {
		return this.respondent;
	}

}
