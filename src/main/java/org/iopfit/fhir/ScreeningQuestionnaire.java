package org.iopfit.fhir;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

import org.iopfit.placement.Level;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Rule;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;
import org.iopfit.system.Languages;

/**
 * Builds the Questionnaire and its CodeSystems from the question table and the message
 * bundles. One item per question, grouped by page as the screening asks them; its linkId
 * is the question's property path in the JSON API.
 */
final class ScreeningQuestionnaire {

	static final String OPTION_EXCLUSIVE = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";

	private final Texts texts;

	ScreeningQuestionnaire(Texts texts) {
		this.texts = texts;
	}

	Questionnaire questionnaire() {
		Questionnaire questionnaire = new Questionnaire();
		questionnaire.setId(FhirTerms.QUESTIONNAIRE_ID);
		questionnaire.setUrl(FhirTerms.QUESTIONNAIRE_URL);
		questionnaire.setVersion(PlacementRules.VERSION);
		questionnaire.setName("IopFitScreening");
		this.texts.set(questionnaire.getTitleElement(), "fhir.questionnaire.title");
		questionnaire.setStatus(PublicationStatus.ACTIVE);
		questionnaire.setLanguage(Languages.ENGLISH.getLanguage());
		questionnaire.setDescription(this.texts.english("fhir.questionnaire.description"));
		for (Step step : Step.all()) {
			QuestionnaireItemComponent group = questionnaire.addItem()
				.setLinkId(FhirTerms.groupOf(step))
				.setType(QuestionnaireItemType.GROUP)
				.setRequired(true);
			this.texts.set(group.getTextElement(), "step." + step.slug() + ".heading.SELF");
			step.questions().forEach((question) -> group.addItem(item(question)));
		}
		questionnaire.addItem(suggestion());
		return questionnaire;
	}

	private QuestionnaireItemComponent item(Question question) {
		// The questions of policy v1.1 are optional, so that a response written for v1 is
		// still complete.
		QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(question.path())
			.setRequired(!question.isOptional())
			.setRepeats(question.isMultiple());
		question.askedWith()
			.ifPresent((substance) -> item.addEnableWhen()
				.setQuestion(Question.SUBSTANCES.path())
				.setOperator(Questionnaire.QuestionnaireItemOperator.EQUAL)
				.setAnswer(coding(Question.SUBSTANCES, substance.name())));
		this.texts.set(item.getTextElement(), this.texts.questionKey(question.path(), "legend"));
		if (question.kind() == Question.Kind.YES_NO) {
			item.setType(QuestionnaireItemType.BOOLEAN);
		}
		else {
			item.setType(QuestionnaireItemType.CHOICE);
			codings(question).forEach((coding) -> item.addAnswerOption().setValue(coding));
			if (question.hasNoneOption()) {
				item.addAnswerOption()
					.setValue(noneCoding(question))
					.addExtension(OPTION_EXCLUSIVE, new BooleanType(true));
			}
		}
		if (question.hasHint()) {
			QuestionnaireItemComponent hint = item.addItem()
				.setLinkId(question.path() + ".hint")
				.setType(QuestionnaireItemType.DISPLAY);
			this.texts.set(hint.getTextElement(), this.texts.questionKey(question.path(), "hint"));
		}
		return item;
	}

	private QuestionnaireItemComponent suggestion() {
		QuestionnaireItemComponent group = new QuestionnaireItemComponent().setLinkId(FhirTerms.SUGGESTION)
			.setType(QuestionnaireItemType.GROUP)
			.setReadOnly(true);
		this.texts.set(group.getTextElement(), "fhir.suggestion.heading");
		QuestionnaireItemComponent level = group.addItem()
			.setLinkId(FhirTerms.SUGGESTION_LEVEL)
			.setType(QuestionnaireItemType.CHOICE)
			.setReadOnly(true);
		this.texts.set(level.getTextElement(), "fhir.suggestion.level.name");
		for (Level value : Level.values()) {
			level.addAnswerOption().setValue(levelCoding(value));
		}
		QuestionnaireItemComponent rule = group.addItem()
			.setLinkId(FhirTerms.SUGGESTION_RULE)
			.setType(QuestionnaireItemType.CHOICE)
			.setReadOnly(true);
		this.texts.set(rule.getTextElement(), "fhir.suggestion.decidedBy.name");
		for (Rule value : Rule.values()) {
			rule.addAnswerOption().setValue(ruleCoding(value));
		}
		QuestionnaireItemComponent version = group.addItem()
			.setLinkId(FhirTerms.SUGGESTION_VERSION)
			.setType(QuestionnaireItemType.STRING)
			.setReadOnly(true);
		this.texts.set(version.getTextElement(), "fhir.suggestion.rulesVersion.name");
		// The reasons and cautions as worded for the person's result: they explain the
		// level, and a receiving clinician reads them, as the person did.
		this.texts.set(readOnlyText(group, FhirTerms.SUGGESTION_REASONS, true).getTextElement(),
				"fhir.suggestion.reasons.name");
		this.texts.set(readOnlyText(group, FhirTerms.SUGGESTION_CAUTIONS, true).getTextElement(),
				"fhir.suggestion.cautions.name");
		// What staff recorded when it differs from the rules: its own item beside the
		// suggestion, so neither hides the other.
		QuestionnaireItemComponent recorded = group.addItem()
			.setLinkId(FhirTerms.RECORDED_LEVEL)
			.setType(QuestionnaireItemType.CHOICE)
			.setReadOnly(true);
		this.texts.set(recorded.getTextElement(), "fhir.suggestion.recordedLevel.name");
		for (Level value : Level.values()) {
			recorded.addAnswerOption().setValue(levelCoding(value));
		}
		this.texts.set(readOnlyText(group, FhirTerms.OVERRIDE_REASON, false).getTextElement(),
				"fhir.suggestion.overrideReason.name");
		QuestionnaireItemComponent notice = group.addItem()
			.setLinkId(FhirTerms.SUGGESTION_NOTICE)
			.setType(QuestionnaireItemType.DISPLAY);
		this.texts.set(notice.getTextElement(), "result.notDiagnosis.SELF");
		return group;
	}

	private static QuestionnaireItemComponent readOnlyText(QuestionnaireItemComponent group, String linkId,
			boolean repeats) {
		return group.addItem()
			.setLinkId(linkId)
			.setType(QuestionnaireItemType.STRING)
			.setRepeats(repeats)
			.setReadOnly(true);
	}

	/** The codings of a question's choices, in the order shown, with their wording. */
	List<Coding> codings(Question question) {
		return question.choices().stream().map((choice) -> coding(question, choice)).toList();
	}

	Coding coding(Question question, String choice) {
		String system = FhirTerms.codeSystemUrl(FhirTerms.codeSystemId(question).orElseThrow());
		return coding(system, choice, this.texts.choiceKey(question.path(), choice));
	}

	Coding noneCoding(Question question) {
		String system = FhirTerms.codeSystemUrl(FhirTerms.codeSystemId(question).orElseThrow());
		return coding(system, FhirTerms.NONE, "screening.none");
	}

	Coding levelCoding(Level level) {
		return coding(FhirTerms.codeSystemUrl(FhirTerms.LEVEL_ID), level.name(), "level." + level + ".name");
	}

	Coding ruleCoding(Rule rule) {
		return coding(FhirTerms.codeSystemUrl(FhirTerms.RULE_ID), rule.name(), "fhir.rule." + rule + ".name");
	}

	private Coding coding(String system, String code, String key) {
		Coding coding = new Coding(system, code, null);
		this.texts.set(coding.getDisplayElement(), key);
		return coding;
	}

	/** Every CodeSystem by id, in the order of the questions, then levels and rules. */
	Map<String, CodeSystem> codeSystems() {
		Map<String, CodeSystem> codeSystems = new LinkedHashMap<>();
		for (Question question : Question.all()) {
			FhirTerms.codeSystemId(question).ifPresent((id) -> {
				List<Coding> codings = new java.util.ArrayList<>(codings(question));
				if (question.hasNoneOption()) {
					codings.add(noneCoding(question));
				}
				codeSystems.put(id, codeSystem(id, this.texts.questionKey(question.path(), "short"), codings));
			});
		}
		codeSystems.put(FhirTerms.LEVEL_ID, codeSystem(FhirTerms.LEVEL_ID, "fhir.codeSystem.level.title",
				List.of(Level.values()).stream().map(this::levelCoding).toList()));
		codeSystems.put(FhirTerms.RULE_ID, codeSystem(FhirTerms.RULE_ID, "fhir.codeSystem.rule.title",
				List.of(Rule.values()).stream().map(this::ruleCoding).toList()));
		return codeSystems;
	}

	private CodeSystem codeSystem(String id, String titleKey, List<Coding> codings) {
		CodeSystem codeSystem = new CodeSystem();
		codeSystem.setId(id);
		codeSystem.setUrl(FhirTerms.codeSystemUrl(id));
		codeSystem.setVersion(PlacementRules.VERSION);
		codeSystem.setName(name(id));
		this.texts.set(codeSystem.getTitleElement(), titleKey);
		codeSystem.setStatus(PublicationStatus.ACTIVE);
		codeSystem.setLanguage(Languages.ENGLISH.getLanguage());
		codeSystem.setCaseSensitive(true);
		codeSystem.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
		for (Coding coding : codings) {
			CodeSystem.ConceptDefinitionComponent concept = codeSystem.addConcept()
				.setCode(coding.getCode())
				.setDisplay(coding.getDisplay());
			coding.getDisplayElement()
				.getExtensionsByUrl(Texts.TRANSLATION)
				.forEach((translation) -> concept.addDesignation()
					.setLanguage(translation.getExtensionString("lang"))
					.setValue(translation.getExtensionString("content")));
		}
		codeSystem.setCount(codings.size());
		return codeSystem;
	}

	/**
	 * A computer-friendly name: {@code iop-fit-can-attend} becomes
	 * {@code IopFitCanAttend}.
	 */
	private static String name(String id) {
		StringBuilder name = new StringBuilder();
		for (String part : id.split("-")) {
			name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return name.toString();
	}

}
