package org.iopfit.screening.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.iopfit.placement.CanAttend;
import org.iopfit.placement.Criterion;
import org.iopfit.placement.MentalHealth;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Substance;
import org.iopfit.placement.Support;
import org.iopfit.placement.WithdrawalHistory;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.iopfit.screening.web.Question.anyOf;
import static org.iopfit.screening.web.Question.oneOf;
import static org.iopfit.screening.web.Question.yesNo;

/**
 * The pages of the questionnaire, one topic each, in the order they are asked. Each names
 * the form fields it asks and the validation group that checks them.
 */
enum Step {

	WHO("who", ScreeningForm.Who.class, oneOf("respondent", Respondent.class)),

	SAFETY("safety", ScreeningForm.Safety.class, yesNo("crisis.suicidalThoughts"),
			yesNo("crisis.overdoseOrMedicalEmergency"), yesNo("crisis.severeWithdrawalNow")),

	SIGNS("signs", ScreeningForm.Signs.class, anyOf("criteria", Criterion.class), anyOf("substances", Substance.class)),

	HEALTH("health", ScreeningForm.Health.class, oneOf("withdrawalHistory", WithdrawalHistory.class),
			yesNo("medicalMonitoringNeeded")),

	MENTAL_HEALTH("mental-health", ScreeningForm.MentalHealthStep.class, oneOf("mentalHealth", MentalHealth.class)),

	SUPPORT("support", ScreeningForm.SupportStep.class, oneOf("support", Support.class), yesNo("stableHousing"),
			yesNo("substanceUseAtHome")),

	LIFE("life", ScreeningForm.Life.class, oneOf("canAttend", CanAttend.class), yesNo("needsFlexibility"),
			yesNo("recentInpatientDischarge"), yesNo("relapsedAfterTreatment"));

	private final String slug;

	private final Class<?> group;

	private final List<Question> questions;

	private final List<String> fields;

	Step(String slug, Class<?> group, Question... questions) {
		this.slug = slug;
		this.group = group;
		this.questions = List.of(questions);
		this.fields = this.questions.stream().map(Question::field).toList();
	}

	/** The last part of the page's address, e.g. {@code mental-health}. */
	public String slug() {
		return this.slug;
	}

	/** 1 to 7, for "Step 3 of 7". */
	public int number() {
		return ordinal() + 1;
	}

	public static int count() {
		return values().length;
	}

	public List<Question> questions() {
		return this.questions;
	}

	/** The page's introduction, empty where it has none. */
	public MessageSourceResolvable intro(String who) {
		return new DefaultMessageSourceResolvable(new String[] { "step." + this.slug + ".intro." + who }, null, "");
	}

	List<String> fields() {
		return this.fields;
	}

	Class<?> group() {
		return this.group;
	}

	Optional<Step> previous() {
		return (ordinal() > 0) ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
	}

	Optional<Step> next() {
		return (ordinal() < values().length - 1) ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	/** The validation groups of this step and every step before it. */
	Class<?>[] groupsSoFar() {
		return Arrays.stream(values()).limit(ordinal() + 1).map(Step::group).toArray(Class<?>[]::new);
	}

	/**
	 * The step that asks a field, e.g. {@code crisis.suicidalThoughts} or
	 * {@code criteria[0]}.
	 * @param field a form field's name
	 * @return the step, or empty where the field is no answer
	 */
	static Optional<Step> asking(String field) {
		String name = field.replaceAll("\\[.*$", "");
		return Arrays.stream(values()).filter((step) -> step.fields.contains(name)).findFirst();
	}

	static Optional<Step> fromSlug(String slug) {
		return Arrays.stream(values()).filter((step) -> step.slug.equals(slug)).findFirst();
	}

}
