package org.iopfit.screening.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iopfit.placement.AgeGroup;
import org.iopfit.placement.Answers;
import org.iopfit.placement.Readiness;
import org.iopfit.placement.Substance;
import org.iopfit.questions.PageForm;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;

/**
 * A complete set of answers as the values of each question, the way a page's form sends
 * them ({@code true}, {@code false}, enum names), for tests that walk the pages or build
 * the API's body from the same answers.
 */
final class FormAnswers {

	private FormAnswers() {
	}

	/**
	 * The values of every question asked: a question of policy v1.1 the answers lack is
	 * answered as a person with nothing to tell answers it (ready, no, 26 or over), which
	 * gives no advice, so the result is that of the answers; opioid medication only with
	 * opioids.
	 */
	static Map<Question, List<String>> of(Answers answers) {
		Map<Question, List<String>> values = new LinkedHashMap<>();
		for (Question question : Question.all()) {
			if (question != Question.OPIOID_MEDICATION_NOW || answers.uses(Substance.OPIOIDS)) {
				values.put(question, valuesOf(question, answers));
			}
		}
		return values;
	}

	/**
	 * The fields of one page, as its form posts them: no sign ticked is "None of these"
	 * ticked.
	 */
	static Map<String, List<String>> page(Step step, Map<Question, List<String>> answers) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		step.questions().forEach((question) -> {
			List<String> values = answers.get(question);
			if (values == null) {
				// Not asked of these answers.
			}
			else if (values.isEmpty() && question.hasNoneOption()) {
				fields.put(PageForm.NONE, List.of(question.path()));
			}
			else {
				fields.put(question.path(), values);
			}
		});
		return fields;
	}

	private static List<String> valuesOf(Question question, Answers a) {
		return switch (question) {
			case RESPONDENT -> List.of(a.respondent().name());
			case SUICIDAL_THOUGHTS -> List.of(String.valueOf(a.crisis().suicidalThoughts()));
			case OVERDOSE_OR_MEDICAL_EMERGENCY -> List.of(String.valueOf(a.crisis().overdoseOrMedicalEmergency()));
			case SEVERE_WITHDRAWAL_NOW -> List.of(String.valueOf(a.crisis().severeWithdrawalNow()));
			case CRITERIA -> names(a.criteria());
			case SUBSTANCES -> names(a.substances());
			case WITHDRAWAL_HISTORY -> List.of(a.withdrawalHistory().name());
			case MEDICAL_MONITORING_NEEDED -> List.of(String.valueOf(a.medicalMonitoringNeeded()));
			case MENTAL_HEALTH -> List.of(a.mentalHealth().name());
			case SUPPORT -> List.of(a.support().name());
			case STABLE_HOUSING -> List.of(String.valueOf(a.stableHousing()));
			case SUBSTANCE_USE_AT_HOME -> List.of(String.valueOf(a.substanceUseAtHome()));
			case CAN_ATTEND -> List.of(a.canAttend().name());
			case NEEDS_FLEXIBILITY -> List.of(String.valueOf(a.needsFlexibility()));
			case RECENT_INPATIENT_DISCHARGE -> List.of(String.valueOf(a.recentInpatientDischarge()));
			case RELAPSED_AFTER_TREATMENT -> List.of(String.valueOf(a.relapsedAfterTreatment()));
			case READINESS -> List.of(or(a.background().readiness(), Readiness.READY).toString());
			case PAST_OVERDOSE -> List.of(or(a.background().pastOverdose(), false).toString());
			case PREGNANT -> List.of(or(a.background().pregnant(), false).toString());
			case AGE_GROUP -> List.of(or(a.background().ageGroup(), AgeGroup.AGE_26_OR_OVER).toString());
			case OPIOID_MEDICATION_NOW -> List.of(or(a.background().opioidMedicationNow(), false).toString());
		};
	}

	private static <T> T or(T value, T otherwise) {
		return (value != null) ? value : otherwise;
	}

	private static List<String> names(Set<? extends Enum<?>> choices) {
		return choices.stream().sorted().map(Enum::name).toList();
	}

}
