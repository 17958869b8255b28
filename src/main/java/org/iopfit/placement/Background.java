package org.iopfit.placement;

/**
 * The answers policy v1.1 added. Each is {@code null} when it was not asked: a v1 client
 * of the API, or a screening saved before v1.1, has none of them, and its result is the
 * same as before. Only {@code pregnant} enters the rules (as medical monitoring in R3);
 * the others shape the advice.
 *
 * @param readiness how ready they feel to take part in treatment, or {@code null}
 * @param pastOverdose ever overdosed, or needed naloxone or emergency care after using,
 * or {@code null}
 * @param pregnant pregnant now, or might be, or {@code null} (counts as no)
 * @param ageGroup the age of the person the screening is about, or {@code null}
 * @param opioidMedicationNow takes buprenorphine or methadone now, or {@code null}; only
 * asked when opioids are among the substances
 */
public record Background(Readiness readiness, Boolean pastOverdose, Boolean pregnant, AgeGroup ageGroup,
		Boolean opioidMedicationNow) {

	/** None of the v1.1 questions asked. */
	public static final Background NONE = new Background(null, null, null, null, null);

	/** Whether they are, or might be, pregnant; not asked counts as no. */
	public boolean isPregnant() {
		return Boolean.TRUE.equals(this.pregnant);
	}

	/** Whether they said they had overdosed before. */
	public boolean hadOverdose() {
		return Boolean.TRUE.equals(this.pastOverdose);
	}

	/** Whether the person the screening is about is under 18. */
	public boolean isUnder18() {
		return this.ageGroup == AgeGroup.UNDER_18;
	}

	/** Whether they said they take buprenorphine or methadone now. */
	public boolean takesOpioidMedication() {
		return Boolean.TRUE.equals(this.opioidMedicationNow);
	}

	/** Whether they said they are unsure or not ready. */
	public boolean notSureOrNotReady() {
		return this.readiness == Readiness.UNSURE || this.readiness == Readiness.NOT_READY;
	}

}
