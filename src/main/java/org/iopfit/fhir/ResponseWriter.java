package org.iopfit.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

import org.iopfit.placement.Answers;
import org.iopfit.placement.Reason;
import org.iopfit.placement.Recommendation;
import org.iopfit.placement.Respondent;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;

import static org.iopfit.questions.Question.*;

/**
 * Writes a completed screening as a QuestionnaireResponse: every answer in its page's
 * group, then the suggestion's read-only items. Nothing about the person but the answers.
 */
final class ResponseWriter {

	private final ScreeningQuestionnaire questionnaire;

	private final Texts texts;

	ResponseWriter(ScreeningQuestionnaire questionnaire, Texts texts) {
		this.questionnaire = questionnaire;
		this.texts = texts;
	}

	QuestionnaireResponse write(Function<Question, Object> answers, Recommendation recommendation, Instant authored,
			String author) {
		return write(answers, recommendation, authored, author, null);
	}

	QuestionnaireResponse write(Function<Question, Object> answers, Recommendation recommendation, Instant authored,
			String author, FhirScreenings.Recorded recorded) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setQuestionnaire(FhirTerms.questionnaireCanonical(recommendation.rulesVersion()));
		response.setStatus(QuestionnaireResponseStatus.COMPLETED);
		response.setAuthored(Date.from(authored));
		if (author != null && !author.isBlank()) {
			response.setAuthor(new Reference().setDisplay(author));
		}
		for (Step step : Step.all()) {
			QuestionnaireResponseItemComponent group = response.addItem()
				.setLinkId(FhirTerms.groupOf(step))
				.setText(this.texts.english("step." + step.slug() + ".heading.SELF"));
			for (Question question : step.questions()) {
				Object value = answers.apply(question);
				if (value == null) {
					// Not asked (a v1.1 question, of a screening done before it or sent
					// without it): FHIR leaves out an item with no answer.
					continue;
				}
				QuestionnaireResponseItemComponent item = group.addItem()
					.setLinkId(question.path())
					.setText(this.texts.worded("q." + question.path() + ".legend"));
				answer(question, value, item);
			}
		}
		QuestionnaireResponseItemComponent suggestion = response.addItem()
			.setLinkId(FhirTerms.SUGGESTION)
			.setText(this.texts.english("fhir.suggestion.heading"));
		suggestion.addItem()
			.setLinkId(FhirTerms.SUGGESTION_LEVEL)
			.setText(this.texts.english("fhir.suggestion.level.name"))
			.addAnswer()
			.setValue(this.questionnaire.levelCoding(recommendation.level()));
		suggestion.addItem()
			.setLinkId(FhirTerms.SUGGESTION_RULE)
			.setText(this.texts.english("fhir.suggestion.decidedBy.name"))
			.addAnswer()
			.setValue(this.questionnaire.ruleCoding(recommendation.decidedBy()));
		suggestion.addItem()
			.setLinkId(FhirTerms.SUGGESTION_VERSION)
			.setText(this.texts.english("fhir.suggestion.rulesVersion.name"))
			.addAnswer()
			.setValue(new StringType(recommendation.rulesVersion()));
		Respondent respondent = (Respondent) answers.apply(Question.RESPONDENT);
		notes(suggestion, FhirTerms.SUGGESTION_REASONS, "fhir.suggestion.reasons.name", Reason.Kind.REASON,
				recommendation, respondent);
		notes(suggestion, FhirTerms.SUGGESTION_CAUTIONS, "fhir.suggestion.cautions.name", Reason.Kind.CAUTION,
				recommendation, respondent);
		if (recorded != null && recorded.level() != recommendation.level()) {
			suggestion.addItem()
				.setLinkId(FhirTerms.RECORDED_LEVEL)
				.setText(this.texts.english("fhir.suggestion.recordedLevel.name"))
				.addAnswer()
				.setValue(this.questionnaire.levelCoding(recorded.level()));
			if (recorded.reason() != null && !recorded.reason().isBlank()) {
				suggestion.addItem()
					.setLinkId(FhirTerms.OVERRIDE_REASON)
					.setText(this.texts.english("fhir.suggestion.overrideReason.name"))
					.addAnswer()
					.setValue(new StringType(recorded.reason()));
			}
		}
		return response;
	}

	/** The reasons or the cautions, as the person's result words them; none, no item. */
	private void notes(QuestionnaireResponseItemComponent suggestion, String linkId, String textKey, Reason.Kind kind,
			Recommendation recommendation, Respondent respondent) {
		// The count as text, as on the pages.
		Object[] count = { String.valueOf(recommendation.criteriaCount()) };
		List<String> texts = recommendation.reasons()
			.stream()
			.filter((reason) -> reason.kind() == kind)
			.map((reason) -> this.texts.english(recommendation.messageKey(reason, respondent), count))
			.toList();
		if (texts.isEmpty()) {
			return;
		}
		QuestionnaireResponseItemComponent item = suggestion.addItem()
			.setLinkId(linkId)
			.setText(this.texts.english(textKey));
		texts.forEach((text) -> item.addAnswer().setValue(new StringType(text)));
	}

	private void answer(Question question, Object value, QuestionnaireResponseItemComponent item) {
		if (value instanceof Boolean yes) {
			item.addAnswer().setValue(new BooleanType(yes));
		}
		else if (value instanceof Set<?> choices) {
			if (choices.isEmpty()) {
				item.addAnswer().setValue(withoutTranslation(this.questionnaire.noneCoding(question)));
			}
			// In the order the question lists them, as the pages show them.
			for (String choice : question.choices()) {
				if (choices.stream().anyMatch((chosen) -> ((Enum<?>) chosen).name().equals(choice))) {
					item.addAnswer().setValue(withoutTranslation(this.questionnaire.coding(question, choice)));
				}
			}
		}
		else {
			item.addAnswer()
				.setValue(withoutTranslation(this.questionnaire.coding(question, ((Enum<?>) value).name())));
		}
	}

	/** A coding in a response: its display, as the Questionnaire has it, in English. */
	private static Coding withoutTranslation(Coding coding) {
		return new Coding(coding.getSystem(), coding.getCode(), coding.getDisplay());
	}

	/**
	 * Each answer of a complete set, as the question table holds it; {@code null} for a
	 * v1.1 question not asked.
	 */
	static Object valueOf(Answers answers, Question question) {
		return switch (question) {
			case RESPONDENT -> answers.respondent();
			case SUICIDAL_THOUGHTS -> answers.crisis().suicidalThoughts();
			case OVERDOSE_OR_MEDICAL_EMERGENCY -> answers.crisis().overdoseOrMedicalEmergency();
			case SEVERE_WITHDRAWAL_NOW -> answers.crisis().severeWithdrawalNow();
			case SUBSTANCES -> answers.substances();
			case CRITERIA -> answers.criteria();
			case WITHDRAWAL_HISTORY -> answers.withdrawalHistory();
			case MEDICAL_MONITORING_NEEDED -> answers.medicalMonitoringNeeded();
			case MENTAL_HEALTH -> answers.mentalHealth();
			case SUPPORT -> answers.support();
			case STABLE_HOUSING -> answers.stableHousing();
			case SUBSTANCE_USE_AT_HOME -> answers.substanceUseAtHome();
			case CAN_ATTEND -> answers.canAttend();
			case NEEDS_FLEXIBILITY -> answers.needsFlexibility();
			case RECENT_INPATIENT_DISCHARGE -> answers.recentInpatientDischarge();
			case RELAPSED_AFTER_TREATMENT -> answers.relapsedAfterTreatment();
			case READINESS -> answers.background().readiness();
			case PAST_OVERDOSE -> answers.background().pastOverdose();
			case PREGNANT -> answers.background().pregnant();
			case AGE_GROUP -> answers.background().ageGroup();
			case OPIOID_MEDICATION_NOW -> answers.background().opioidMedicationNow();
		};
	}

}
