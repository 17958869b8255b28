package org.iopfit.placement;

/**
 * Who answers the questions. It changes the wording, never the rules.
 */
public enum Respondent {

	/** The person answers about their own use. */
	SELF,

	/** A family member, a friend or admissions staff answers about someone else. */
	SOMEONE_ELSE;

	/**
	 * Whether a family member, a friend or staff answers: for what only they need (help
	 * for families).
	 * @return whether this is {@link #SOMEONE_ELSE}
	 */
	public boolean isSomeoneElse() {
		return this == SOMEONE_ELSE;
	}

}
