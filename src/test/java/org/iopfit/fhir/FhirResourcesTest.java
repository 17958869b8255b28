package org.iopfit.fhir;

import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.junit.jupiter.api.Test;

import org.iopfit.placement.Level;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Rule;
import org.iopfit.questions.Question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iopfit.fhir.FhirTestResources.CODE_SYSTEMS;
import static org.iopfit.fhir.FhirTestResources.QUESTIONNAIRE;
import static org.iopfit.fhir.FhirTestResources.SCREENINGS;

/**
 * The Questionnaire and CodeSystems an EHR or form filler gets: valid FHIR R4, and the
 * question table item for item.
 */
class FhirResourcesTest {

	@Test
	void theQuestionnaireIsValidFhir() {
		assertThat(FhirTestResources.validation().errors(QUESTIONNAIRE)).isEmpty();
	}

	@Test
	void everyCodeSystemIsValidFhir() {
		assertThat(CODE_SYSTEMS.keySet()).containsExactly("iop-fit-respondent", "iop-fit-substances",
				"iop-fit-criteria", "iop-fit-withdrawal-history", "iop-fit-mental-health", "iop-fit-support",
				"iop-fit-age-group", "iop-fit-can-attend", "iop-fit-readiness", "iop-fit-level", "iop-fit-rule");
		for (CodeSystem codeSystem : CODE_SYSTEMS.values()) {
			assertThat(FhirTestResources.validation().errors(codeSystem)).as(codeSystem.getId()).isEmpty();
		}
	}

	@Test
	void theValidatorFindsAnErrorInABrokenQuestionnaire() {
		// Keeps the tests above honest: the validator does check.
		Questionnaire broken = QUESTIONNAIRE.copy();
		broken.getItemFirstRep().getItemFirstRep().setLinkId(Question.SUPPORT.path());

		assertThat(FhirTestResources.validation().errors(broken)).anyMatch((error) -> error.contains("que-2"));
	}

	@Test
	void oneItemPerQuestionInTheTablesOrderWithItsPathAsLinkId() {
		List<QuestionnaireItemComponent> items = questionItems();

		assertThat(items).extracting(QuestionnaireItemComponent::getLinkId)
			.containsExactlyElementsOf(Question.all().stream().map(Question::path).toList());
		for (int i = 0; i < items.size(); i++) {
			Question question = Question.all().get(i);
			QuestionnaireItemComponent item = items.get(i);
			// The questions of policy v1.1 may be left out, as v1 clients leave them.
			assertThat(item.getRequired()).as(question.path()).isEqualTo(!question.isOptional());
			assertThat(item.getRepeats()).as(question.path()).isEqualTo(question.isMultiple());
			assertThat(item.getType()).as(question.path())
				.isEqualTo((question.kind() == Question.Kind.YES_NO) ? QuestionnaireItemType.BOOLEAN
						: QuestionnaireItemType.CHOICE);
			List<String> codes = item.getAnswerOption()
				.stream()
				.map((option) -> option.getValueCoding().getCode())
				.toList();
			List<String> expected = new ArrayList<>(
					(question.kind() == Question.Kind.YES_NO) ? List.of() : question.choices());
			if (question.hasNoneOption()) {
				expected.add("NONE");
			}
			assertThat(codes).as(question.path()).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void theV11QuestionsAreOptionalAndOpioidMedicationIsEnabledOnlyByOpioids() {
		assertThat(questionItems()).filteredOn((item) -> !item.getRequired())
			.extracting(QuestionnaireItemComponent::getLinkId)
			.containsExactlyInAnyOrder("pastOverdose", "opioidMedicationNow", "pregnant", "ageGroup", "readiness");
		assertThat(questionItems()).filteredOn(QuestionnaireItemComponent::hasEnableWhen)
			.extracting(QuestionnaireItemComponent::getLinkId)
			.containsExactly("opioidMedicationNow");
		Questionnaire.QuestionnaireItemEnableWhenComponent when = item(Question.OPIOID_MEDICATION_NOW.path())
			.getEnableWhenFirstRep();
		assertThat(when.getQuestion()).isEqualTo("substances");
		assertThat(when.getOperator()).isEqualTo(Questionnaire.QuestionnaireItemOperator.EQUAL);
		assertThat(when.getAnswerCoding().getCode()).isEqualTo("OPIOIDS");
		assertThat(when.getAnswerCoding().getSystem()).endsWith("/CodeSystem/iop-fit-substances");
		assertThat(item(Question.PREGNANT.path()).getText()).isEqualTo("Are you pregnant, or could you be?");
	}

	@Test
	void questionsAreWordedForThePersonScreenedAsThePagesWordThem() {
		QuestionnaireItemComponent substances = item(Question.SUBSTANCES.path());

		assertThat(substances.getText()).isEqualTo("What do you use? Check all that apply.");
		assertThat(spanish(substances.getTextElement())).isEqualTo("¿Qué consume? Marque todo lo que corresponda.");
		assertThat(item(Question.CRITERIA.path()).getAnswerOption().get(0).getValueCoding().getDisplay())
			.isEqualTo("I used more, or for longer, than I meant to");
		assertThat(item(Question.CRITERIA.path()).getAnswerOption().get(11).getValueCoding().getDisplay())
			.isEqualTo("None of these");
		assertThat(item(Question.CRITERIA.path()).getAnswerOption()
			.get(11)
			.hasExtension(ScreeningQuestionnaire.OPTION_EXCLUSIVE)).isTrue();
	}

	@Test
	void everyTextAndEveryChoiceHasItsSpanishTranslation() {
		List<Element> texts = new ArrayList<>();
		texts.add(QUESTIONNAIRE.getTitleElement());
		everyItem(QUESTIONNAIRE.getItem(), (item) -> {
			texts.add(item.getTextElement());
			item.getAnswerOption().forEach((option) -> texts.add(option.getValueCoding().getDisplayElement()));
		});

		assertThat(texts).hasSizeGreaterThan(70);
		for (Element text : texts) {
			assertThat(spanish(text)).as(text.primitiveValue()).isNotBlank();
		}
		assertThat(spanish(item(Question.SUPPORT.path()).getAnswerOption().get(0).getValueCoding().getDisplayElement()))
			.isEqualTo("Sí, mucho apoyo");
	}

	@Test
	void theVersionIsTheRulesVersionAndTheSuggestionIsReadOnly() {
		assertThat(QUESTIONNAIRE.getVersion()).isEqualTo(PlacementRules.VERSION);
		assertThat(QUESTIONNAIRE.getUrl()).isEqualTo("https://iopfit.org/fhir/Questionnaire/iop-fit-screening");
		QuestionnaireItemComponent suggestion = QUESTIONNAIRE.getItem().get(QUESTIONNAIRE.getItem().size() - 1);
		assertThat(suggestion.getItem()).extracting(QuestionnaireItemComponent::getLinkId)
			.containsExactly("suggestion.level", "suggestion.decidedBy", "suggestion.rulesVersion",
					"suggestion.reasons", "suggestion.cautions", "suggestion.recordedLevel",
					"suggestion.overrideReason", "suggestion.notice");
		assertThat(suggestion.getItem().subList(0, 7)).allMatch(QuestionnaireItemComponent::getReadOnly)
			.noneMatch(QuestionnaireItemComponent::getRequired);
		assertThat(suggestion.getItem().get(0).getAnswerOption())
			.extracting((option) -> option.getValueCoding().getCode())
			.containsExactly("OUTPATIENT", "IOP", "INPATIENT", "EMERGENCY");
		assertThat(suggestion.getItem().get(1).getAnswerOption()).hasSize(Rule.values().length);
		assertThat(suggestion.getItem().get(5).getAnswerOption())
			.extracting((option) -> option.getValueCoding().getCode())
			.containsExactly("OUTPATIENT", "IOP", "INPATIENT", "EMERGENCY");
		assertThat(suggestion.getItem().get(7).getText()).contains("not a diagnosis");
	}

	@Test
	void theLevelsOfCareCodeSystemNamesEachLevelInBothLanguages() {
		CodeSystem levels = CODE_SYSTEMS.get("iop-fit-level");

		assertThat(levels.getUrl()).isEqualTo("https://iopfit.org/fhir/CodeSystem/iop-fit-level");
		assertThat(levels.getConcept()).hasSize(Level.values().length);
		assertThat(levels.getConcept().get(1).getDisplay()).isEqualTo("An Intensive Outpatient Program (IOP)");
		assertThat(levels.getConcept().get(1).getDesignationFirstRep().getLanguage()).isEqualTo("es");
		assertThat(levels.getConcept().get(1).getDesignationFirstRep().getValue())
			.isEqualTo("Un Programa Ambulatorio Intensivo (IOP, por sus siglas en inglés)");
	}

	@Test
	void theJsonServedIsTheQuestionnaireAndTheCodeSystemsBuilt() {
		Questionnaire served = Fhir.parser().parseResource(Questionnaire.class, SCREENINGS.questionnaire());

		assertThat(json(served)).isEqualTo(json(QUESTIONNAIRE));
		assertThat(served.getItem()).hasSize(QUESTIONNAIRE.getItem().size());
		for (String id : FhirTerms.codeSystemIds()) {
			CodeSystem codeSystem = Fhir.parser()
				.parseResource(CodeSystem.class, SCREENINGS.codeSystem(id).orElseThrow());
			assertThat(json(codeSystem)).as(id).isEqualTo(json(CODE_SYSTEMS.get(id)));
		}
		assertThat(SCREENINGS.codeSystem("iop-fit-nothing")).isEmpty();
	}

	@Test
	void everyAnswerOptionIsAConceptOfItsCodeSystem() {
		everyItem(QUESTIONNAIRE.getItem(), (item) -> item.getAnswerOption().forEach((option) -> {
			Coding coding = option.getValueCoding();
			String id = coding.getSystem().substring(coding.getSystem().lastIndexOf('/') + 1);
			assertThat(CODE_SYSTEMS.get(id).getConcept())
				.anyMatch((concept) -> concept.getCode().equals(coding.getCode())
						&& concept.getDisplay().equals(coding.getDisplay()));
		}));
	}

	private static String json(org.hl7.fhir.instance.model.api.IBaseResource resource) {
		return Fhir.writer().encodeResourceToString(resource);
	}

	static String spanish(Element element) {
		return element.getExtensionsByUrl(Texts.TRANSLATION)
			.stream()
			.filter((translation) -> "es".equals(translation.getExtensionString("lang")))
			.map((translation) -> translation.getExtensionString("content"))
			.findFirst()
			.orElse(null);
	}

	static List<QuestionnaireItemComponent> questionItems() {
		List<QuestionnaireItemComponent> items = new ArrayList<>();
		everyItem(QUESTIONNAIRE.getItem(), (item) -> {
			if (Question.byPath(item.getLinkId()).isPresent()) {
				items.add(item);
			}
		});
		return items;
	}

	static QuestionnaireItemComponent item(String linkId) {
		return questionItems().stream().filter((item) -> item.getLinkId().equals(linkId)).findFirst().orElseThrow();
	}

	private static void everyItem(List<QuestionnaireItemComponent> items,
			java.util.function.Consumer<QuestionnaireItemComponent> action) {
		for (QuestionnaireItemComponent item : items) {
			action.accept(item);
			everyItem(item.getItem(), action);
		}
	}

}
