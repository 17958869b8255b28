package org.iopfit.placement;

import java.util.Objects;

/**
 * One answer that matters for the result: either a reason for the suggested level or a
 * caution to talk about.
 *
 * @param code the stable code, also the key of its wording
 * @param kind reason or caution
 */
public record Reason(Code code, Kind kind) {

	public Reason {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(kind, "kind");
	}

	/**
	 * The key of this reason's wording for a respondent, e.g.
	 * {@code reason.NEEDS_FLEXIBILITY.CAUTION.SELF}: one key per code, kind and
	 * respondent, since a reason and a caution of the same code, and "you" and "they",
	 * read differently.
	 * @param respondent who answers
	 * @return the message key
	 */
	public String messageKey(Respondent respondent) {
		return "reason." + this.code + "." + this.kind + "." + respondent;
	}

	/**
	 * Whether a note explains the level or warns about something to plan for.
	 */
	public enum Kind {

		REASON, CAUTION

	}

	/**
	 * The stable codes of the reasons and cautions. Clients may rely on them; new codes
	 * may be added.
	 */
	public enum Code {

		SUICIDAL_THOUGHTS, OVERDOSE_OR_MEDICAL_EMERGENCY, SEVERE_WITHDRAWAL_NOW, WITHDRAWAL_SEIZURES_OR_DELIRIUM,
		SEVERE_WITH_CO_OCCURRING, MENTAL_HEALTH_UNSTABLE, STEP_DOWN_AFTER_INPATIENT, SUBSTANCE_USE_AT_HOME,
		CANNOT_ATTEND, UNSTABLE_HOUSING, NO_SUPPORT, MODERATE_OR_SEVERE, MILD_SIGNS, FEW_SIGNS, RELAPSE_AFTER_TREATMENT,
		ATTENDANCE_UNSURE, NEEDS_FLEXIBILITY, ARRANGE_LEAVE, OPIOID_MEDICATION, MEDICAL_CHECK_BEFORE_STOPPING,
		COORDINATE_WITH_DOCTOR, MENTAL_HEALTH_COORDINATE, MENTAL_HEALTH_SUPPORT

	}

}
