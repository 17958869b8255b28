package org.iopfit.api;

import java.util.Arrays;
import java.util.List;

import org.iopfit.placement.CanAttend;
import org.iopfit.placement.Criterion;
import org.iopfit.placement.MentalHealth;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Substance;
import org.iopfit.placement.Support;
import org.iopfit.placement.WithdrawalHistory;

/**
 * Every answer the API takes, by its JSON property path. One table drives both the
 * reading of a request and its OpenAPI schema, so the two cannot disagree.
 */
enum AnswerField {

	RESPONDENT("respondent", Type.CHOICE, Respondent.class),
	SUICIDAL_THOUGHTS("crisis.suicidalThoughts", Type.YES_NO, null),
	OVERDOSE_OR_MEDICAL_EMERGENCY("crisis.overdoseOrMedicalEmergency", Type.YES_NO, null),
	SEVERE_WITHDRAWAL_NOW("crisis.severeWithdrawalNow", Type.YES_NO, null),
	CRITERIA("criteria", Type.CHOICES, Criterion.class),
	SUBSTANCES("substances", Type.AT_LEAST_ONE_CHOICE, Substance.class),
	WITHDRAWAL_HISTORY("withdrawalHistory", Type.CHOICE, WithdrawalHistory.class),
	MEDICAL_MONITORING_NEEDED("medicalMonitoringNeeded", Type.YES_NO, null),
	MENTAL_HEALTH("mentalHealth", Type.CHOICE, MentalHealth.class), SUPPORT("support", Type.CHOICE, Support.class),
	STABLE_HOUSING("stableHousing", Type.YES_NO, null), SUBSTANCE_USE_AT_HOME("substanceUseAtHome", Type.YES_NO, null),
	CAN_ATTEND("canAttend", Type.CHOICE, CanAttend.class), NEEDS_FLEXIBILITY("needsFlexibility", Type.YES_NO, null),
	RECENT_INPATIENT_DISCHARGE("recentInpatientDischarge", Type.YES_NO, null),
	RELAPSED_AFTER_TREATMENT("relapsedAfterTreatment", Type.YES_NO, null);

	/** The object that groups the crisis answers. */
	static final String CRISIS = "crisis";

	private final String path;

	private final Type type;

	private final Class<? extends Enum<?>> choices;

	AnswerField(String path, Type type, Class<? extends Enum<?>> choices) {
		this.path = path;
		this.type = type;
		this.choices = choices;
	}

	/** The property path, e.g. {@code crisis.suicidalThoughts}. */
	String path() {
		return this.path;
	}

	/** The property name inside its object, e.g. {@code suicidalThoughts}. */
	String property() {
		return this.path.substring(this.path.lastIndexOf('.') + 1);
	}

	boolean inCrisis() {
		return this.path.startsWith(CRISIS + ".");
	}

	Type type() {
		return this.type;
	}

	/** The allowed values, in the order of increasing risk. */
	List<String> choices() {
		return (this.choices != null) ? Arrays.stream(this.choices.getEnumConstants()).map(Enum::name).toList()
				: List.of();
	}

	/** What a valid value looks like, in plain words. */
	String expected() {
		return switch (this.type) {
			case YES_NO -> "true or false";
			case CHOICE -> "one of " + String.join(", ", choices());
			case CHOICES -> "a list (possibly empty) of " + String.join(", ", choices());
			case AT_LEAST_ONE_CHOICE -> "a list of at least one of " + String.join(", ", choices());
		};
	}

	enum Type {

		YES_NO, CHOICE, CHOICES, AT_LEAST_ONE_CHOICE

	}

}
