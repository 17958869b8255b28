package org.iopfit.questions;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iopfit.placement.AgeGroup;
import org.iopfit.placement.CanAttend;
import org.iopfit.placement.Criterion;
import org.iopfit.placement.MentalHealth;
import org.iopfit.placement.Readiness;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Substance;
import org.iopfit.placement.Support;
import org.iopfit.placement.WithdrawalHistory;

/**
 * Every question of the screening, once: the table the pages, the JSON API, validation,
 * the check-your-answers page and the OpenAPI description are all derived from. The path
 * is both the API's property path and the form field's name; the wording lives in the
 * message bundles under {@code q.<path>.*}.
 * <p>
 * The questions policy v1.1 added ({@link #isOptional()}) are asked on every page like
 * the others, but a screening without them is complete: the API's v1 clients do not send
 * them, and screenings saved before v1.1 do not have them.
 */
public enum Question {

	RESPONDENT("respondent", Step.WHO, Kind.ONE_OF, Respondent.class, true),
	SUICIDAL_THOUGHTS("crisis.suicidalThoughts", Step.SAFETY, Kind.YES_NO, null, false),
	OVERDOSE_OR_MEDICAL_EMERGENCY("crisis.overdoseOrMedicalEmergency", Step.SAFETY, Kind.YES_NO, null, false),
	SEVERE_WITHDRAWAL_NOW("crisis.severeWithdrawalNow", Step.SAFETY, Kind.YES_NO, null, false),
	SUBSTANCES("substances", Step.SIGNS, Kind.AT_LEAST_ONE_OF, Substance.class, false),
	CRITERIA("criteria", Step.SIGNS, Kind.ANY_OF, Criterion.class, true),
	WITHDRAWAL_HISTORY("withdrawalHistory", Step.HEALTH, Kind.ONE_OF, WithdrawalHistory.class, true),
	PAST_OVERDOSE("pastOverdose", Step.HEALTH, Kind.YES_NO, null, true, true, null),
	// After the page where substances are chosen: a page without scripts cannot show a
	// question only once a box on it is ticked.
	OPIOID_MEDICATION_NOW("opioidMedicationNow", Step.HEALTH, Kind.YES_NO, null, true, true, Substance.OPIOIDS),
	MEDICAL_MONITORING_NEEDED("medicalMonitoringNeeded", Step.HEALTH, Kind.YES_NO, null, true),
	PREGNANT("pregnant", Step.HEALTH, Kind.YES_NO, null, true, true, null),
	MENTAL_HEALTH("mentalHealth", Step.MENTAL_HEALTH, Kind.ONE_OF, MentalHealth.class, true),
	SUPPORT("support", Step.SUPPORT, Kind.ONE_OF, Support.class, false),
	STABLE_HOUSING("stableHousing", Step.SUPPORT, Kind.YES_NO, null, false),
	SUBSTANCE_USE_AT_HOME("substanceUseAtHome", Step.SUPPORT, Kind.YES_NO, null, false),
	// On the last page rather than the first: phone mode starts a call at the safety
	// questions, with who answers taken from the kind of call.
	AGE_GROUP("ageGroup", Step.LIFE, Kind.ONE_OF, AgeGroup.class, false, true, null),
	CAN_ATTEND("canAttend", Step.LIFE, Kind.ONE_OF, CanAttend.class, false),
	NEEDS_FLEXIBILITY("needsFlexibility", Step.LIFE, Kind.YES_NO, null, false),
	RECENT_INPATIENT_DISCHARGE("recentInpatientDischarge", Step.LIFE, Kind.YES_NO, null, false),
	RELAPSED_AFTER_TREATMENT("relapsedAfterTreatment", Step.LIFE, Kind.YES_NO, null, false),
	READINESS("readiness", Step.LIFE, Kind.ONE_OF, Readiness.class, true, true, null);

	/** The object of the API's body that groups the crisis answers. */
	public static final String CRISIS = "crisis";

	/** The wire form of a yes/no answer. */
	private static final List<String> YES_NO_CHOICES = List.of("true", "false");

	private static final List<Question> ALL = List.of(values());

	private static final Map<String, Question> BY_PATH = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(Question::path, Function.identity()));

	private static final Map<Step, List<Question>> BY_STEP = byStep();

	private final String path;

	private final Step step;

	private final Kind kind;

	/** The allowed values by name, in the order shown; empty for yes/no. */
	private final Map<String, Enum<?>> choices;

	private final boolean hasHint;

	private final boolean optional;

	private final Substance askedWith;

	Question(String path, Step step, Kind kind, Class<? extends Enum<?>> type, boolean hasHint) {
		this(path, step, kind, type, hasHint, false, null);
	}

	Question(String path, Step step, Kind kind, Class<? extends Enum<?>> type, boolean hasHint, boolean optional,
			Substance askedWith) {
		this.path = path;
		this.step = step;
		this.kind = kind;
		Map<String, Enum<?>> choices = new LinkedHashMap<>();
		if (type != null) {
			Arrays.stream(type.getEnumConstants()).forEach((choice) -> choices.put(choice.name(), choice));
		}
		this.choices = Collections.unmodifiableMap(choices);
		this.hasHint = hasHint;
		this.optional = optional;
		this.askedWith = askedWith;
	}

	public static List<Question> all() {
		return ALL;
	}

	/**
	 * The question with a property path.
	 * @param path e.g. {@code crisis.suicidalThoughts}
	 * @return the question, or empty when the path is no question of the screening
	 */
	public static Optional<Question> byPath(String path) {
		return Optional.ofNullable(BY_PATH.get(path));
	}

	static List<Question> on(Step step) {
		return BY_STEP.get(step);
	}

	/** The property path, e.g. {@code crisis.suicidalThoughts}; also the form field. */
	public String path() {
		return this.path;
	}

	/** The object the property is in ({@code crisis}), or empty for the top level. */
	public Optional<String> parent() {
		int dot = this.path.lastIndexOf('.');
		return (dot < 0) ? Optional.empty() : Optional.of(this.path.substring(0, dot));
	}

	/** The property name inside its object, e.g. {@code suicidalThoughts}. */
	public String property() {
		return this.path.substring(this.path.lastIndexOf('.') + 1);
	}

	/**
	 * Whether a complete screening may lack it: the questions of policy v1.1, which the
	 * API's v1 clients do not send and screenings saved before v1.1 do not have. The
	 * pages and phone mode still ask them, like every other.
	 */
	public boolean isOptional() {
		return this.optional;
	}

	/**
	 * The substance it is asked about, if it is asked only when that substance is among
	 * those chosen ({@code opioidMedicationNow} with opioids).
	 */
	public Optional<Substance> askedWith() {
		return Optional.ofNullable(this.askedWith);
	}

	/**
	 * Whether it is asked given the answers so far: always, unless it is about a
	 * substance that was not chosen. Before the substances are answered, it is asked.
	 * @param answers the answers so far
	 * @return whether a page asks it
	 */
	public boolean isAskedGiven(Draft answers) {
		return this.askedWith == null || !answers.has(SUBSTANCES)
				|| answers.selected(SUBSTANCES).contains(this.askedWith.name());
	}

	public Step step() {
		return this.step;
	}

	public Kind kind() {
		return this.kind;
	}

	/** Whether a list of choices answers it, rather than one value. */
	public boolean isMultiple() {
		return this.kind == Kind.ANY_OF || this.kind == Kind.AT_LEAST_ONE_OF;
	}

	/**
	 * Whether a page offers "None of these" for it: a list that may be empty. (Where at
	 * least one choice is needed, there is nothing to offer.)
	 */
	public boolean hasNoneOption() {
		return this.kind == Kind.ANY_OF;
	}

	/** Whether it has a hint ({@code q.<path>.hint.<who>}). */
	public boolean hasHint() {
		return this.hasHint;
	}

	/**
	 * The allowed values as sent: {@code true} and {@code false} for yes/no, the enum
	 * names otherwise, in the order shown.
	 */
	public List<String> choices() {
		return (this.kind == Kind.YES_NO) ? YES_NO_CHOICES : List.copyOf(this.choices.keySet());
	}

	/** What a valid value looks like, in plain words, for the API's problem details. */
	public String expected() {
		String names = String.join(", ", choices());
		return switch (this.kind) {
			case YES_NO -> "true or false";
			case ONE_OF -> "one of " + names;
			case ANY_OF -> "a list (possibly empty) of " + names + ", each at most once";
			case AT_LEAST_ONE_OF -> "a list of at least one of " + names + ", each at most once";
		};
	}

	/**
	 * The value a raw value stands for, or {@code null} when it stands for none of this
	 * question's values.
	 */
	Object single(RawValue raw) {
		if (this.kind == Kind.YES_NO) {
			return (raw.type() == RawValue.Type.BOOLEAN) ? Boolean.valueOf(raw.text()) : null;
		}
		return (raw.type() == RawValue.Type.TEXT) ? this.choices.get(raw.text()) : null;
	}

	private static Map<Step, List<Question>> byStep() {
		Map<Step, List<Question>> byStep = new EnumMap<>(Step.class);
		for (Step step : Step.values()) {
			byStep.put(step, ALL.stream().filter((question) -> question.step == step).toList());
		}
		return Collections.unmodifiableMap(byStep);
	}

	/** How a question is answered. */
	public enum Kind {

		/** Yes or no. */
		YES_NO,

		/** One of several. */
		ONE_OF,

		/** Any number of several; none is an answer too. */
		ANY_OF,

		/** At least one of several. */
		AT_LEAST_ONE_OF

	}

}
