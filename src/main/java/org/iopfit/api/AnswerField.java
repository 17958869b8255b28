package org.iopfit.api;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/** The allowed values by name, in the order of increasing risk; empty for yes/no. */
	private final Map<String, Enum<?>> choices = new LinkedHashMap<>();

	AnswerField(String path, Type type, Class<? extends Enum<?>> choices) {
		this.path = path;
		this.type = type;
		if (choices != null) {
			for (Enum<?> choice : choices.getEnumConstants()) {
				this.choices.put(choice.name(), choice);
			}
		}
	}

	/**
	 * The property names allowed in the body's top level, or in its {@code crisis}
	 * object.
	 * @param inCrisis which object
	 * @return the names
	 */
	static Set<String> propertiesOf(boolean inCrisis) {
		return inCrisis ? CRISIS_PROPERTIES : TOP_PROPERTIES;
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

	/** The names of the allowed values, in the order of increasing risk. */
	List<String> choices() {
		return List.copyOf(this.choices.keySet());
	}

	/**
	 * The value a name stands for.
	 * @param name a value's name, e.g. {@code STRONG}
	 * @return the enum constant, or {@code null} when the name is not one of this field's
	 */
	Enum<?> choice(String name) {
		return this.choices.get(name);
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

	private static final Set<String> TOP_PROPERTIES = properties(false);

	private static final Set<String> CRISIS_PROPERTIES = properties(true);

	private static Set<String> properties(boolean inCrisis) {
		Set<String> names = new HashSet<>();
		for (AnswerField field : values()) {
			if (field.inCrisis() == inCrisis) {
				names.add(field.property());
			}
		}
		if (!inCrisis) {
			names.add(CRISIS);
		}
		return Set.copyOf(names);
	}

	enum Type {

		YES_NO, CHOICE, CHOICES, AT_LEAST_ONE_CHOICE

	}

}
