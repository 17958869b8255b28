package org.iopfit.placement;

/**
 * How severe the use is, from the number of the eleven criteria present.
 */
public enum Severity {

	/** 0 or 1 criteria. */
	NONE,

	/** 2 or 3 criteria. */
	MILD,

	/** 4 or 5 criteria. */
	MODERATE,

	/** 6 to 11 criteria. */
	SEVERE;

	/**
	 * The severity for a number of criteria.
	 * @param criteriaCount how many of the eleven criteria are present
	 * @return the severity
	 * @throws IllegalArgumentException if the count is not between 0 and 11
	 */
	public static Severity of(int criteriaCount) {
		if (criteriaCount < 0 || criteriaCount > Criterion.values().length) {
			throw new IllegalArgumentException("A criteria count is between 0 and 11, not " + criteriaCount);
		}
		if (criteriaCount >= 6) {
			return SEVERE;
		}
		if (criteriaCount >= 4) {
			return MODERATE;
		}
		return (criteriaCount >= 2) ? MILD : NONE;
	}

	public boolean isModerateOrWorse() {
		return compareTo(MODERATE) >= 0;
	}

}
