package org.iopfit.fhir;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.iopfit.placement.AgeGroup;
import org.iopfit.placement.Answers;
import org.iopfit.placement.Background;
import org.iopfit.placement.Crisis;
import org.iopfit.placement.Criterion;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Readiness;
import org.iopfit.placement.Recommendation;
import org.iopfit.placement.Rule;
import org.iopfit.questions.AnswerReader;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Question;
import org.iopfit.questions.RawValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iopfit.fhir.FhirTestResources.SCREENINGS;

/**
 * Completed screenings written as QuestionnaireResponses (the staff export's format) are
 * valid against the Questionnaire, and read back to the same answers; a response that is
 * not valid gets an OperationOutcome naming each bad item.
 */
class QuestionnaireResponseTest {

	private static final PlacementRules RULES = new PlacementRules();

	private static final Instant AUTHORED = Instant.parse("2026-11-28T19:30:00Z");

	@Test
	void writtenResponsesAreValidAgainstTheQuestionnaireForEveryRule() {
		Map<Rule, Answers> oneForEachRule = new LinkedHashMap<>();
		for (Answers answers : RandomAnswers.draw(13, 3000)) {
			oneForEachRule.putIfAbsent(RULES.recommend(answers).decidedBy(), answers);
		}
		assertThat(oneForEachRule.keySet()).containsExactlyInAnyOrder(Rule.values());
		List<Answers> cases = new java.util.ArrayList<>(oneForEachRule.values());
		cases.addAll(RandomAnswers.draw(17, 30));
		for (Answers answers : cases) {
			QuestionnaireResponse response = SCREENINGS.toResource(answers, RULES.recommend(answers), AUTHORED,
					"Dana Staff");

			assertThat(FhirTestResources.validation().errors(response)).as(answers.toString()).isEmpty();
		}
	}

	@Test
	void theValidatorChecksAResponseAgainstTheQuestionnaire() {
		// Keeps the test above honest: the validator finds the Questionnaire and uses it.
		Answers answers = RandomAnswers.draw(1, 1).get(0);
		QuestionnaireResponse response = SCREENINGS.toResource(answers, RULES.recommend(answers), AUTHORED, null);
		question(response, Question.SUPPORT).getAnswerFirstRep().getValueCoding().setCode("PLENTY");
		question(response, Question.STABLE_HOUSING).setLinkId("stableHome");

		List<String> errors = FhirTestResources.validation().errors(response);

		assertThat(errors).anyMatch((error) -> error.contains("PLENTY"));
		assertThat(errors).anyMatch((error) -> error.contains("stableHome"));
	}

	@Test
	void aResponseHoldsTheAnswersTheSuggestionAndTheAuthorButNoOneElse() {
		Answers answers = RandomAnswers.draw(5, 1).get(0);
		Recommendation recommendation = RULES.recommend(answers);

		QuestionnaireResponse response = SCREENINGS.toResource(answers, recommendation, AUTHORED, "Dana Staff");

		assertThat(response.getQuestionnaire())
			.isEqualTo("https://iopfit.org/fhir/Questionnaire/iop-fit-screening|1.1");
		assertThat(response.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		assertThat(response.getAuthored().toInstant()).isEqualTo(AUTHORED);
		assertThat(response.getAuthor().getDisplay()).isEqualTo("Dana Staff");
		assertThat(response.hasSubject()).isFalse();
		assertThat(response.hasSource()).isFalse();
		QuestionnaireResponseItemComponent suggestion = response.getItem().get(response.getItem().size() - 1);
		assertThat(suggestion.getLinkId()).isEqualTo("suggestion");
		assertThat(suggestion.getItem().get(0).getAnswerFirstRep().getValueCoding().getCode())
			.isEqualTo(recommendation.level().name());
		assertThat(suggestion.getItem().get(1).getAnswerFirstRep().getValueCoding().getCode())
			.isEqualTo(recommendation.decidedBy().name());
		assertThat(suggestion.getItem().get(2).getAnswerFirstRep().getValueStringType().getValue()).isEqualTo("1.1");
		assertThat(SCREENINGS.toResource(answers, recommendation, AUTHORED, null).hasAuthor()).isFalse();
	}

	@Test
	void noSignsAreWrittenAsNoneOfTheseAndReadBackAsNone() {
		Answers none = withCriteria(RandomAnswers.draw(3, 1).get(0), Set.of());

		QuestionnaireResponse response = SCREENINGS.toResource(none, RULES.recommend(none), AUTHORED, null);

		assertThat(question(response, Question.CRITERIA).getAnswer()).hasSize(1);
		assertThat(question(response, Question.CRITERIA).getAnswerFirstRep().getValueCoding().getCode())
			.isEqualTo("NONE");
		assertThat(SCREENINGS.read(json(response)).criteria()).isEmpty();
	}

	@Test
	void aResponseForTheFirstQuestionnaireWithoutTheV11ItemsIsStillRead() {
		// withCriteria keeps only the answers of v1.
		Answers v1 = withCriteria(RandomAnswers.draw(11, 1).get(0), EnumSet.of(Criterion.CRAVING));
		QuestionnaireResponse response = SCREENINGS.toResource(v1, RULES.recommend(v1), AUTHORED, null);
		response.setQuestionnaire(FhirTerms.QUESTIONNAIRE_URL + "|1");

		assertThat(response.getItem()).flatExtracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getItem)
			.extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
			.doesNotContain("readiness", "pastOverdose", "pregnant", "ageGroup", "opioidMedicationNow");
		assertThat(SCREENINGS.read(json(response))).isEqualTo(v1);
	}

	@Test
	void theV11AnswersAreWrittenAndReadBack() {
		Answers answers = withCriteria(RandomAnswers.draw(11, 1).get(0), EnumSet.of(Criterion.CRAVING))
			.with(new Background(Readiness.NOT_READY, true, true, AgeGroup.UNDER_18, null));
		QuestionnaireResponse response = SCREENINGS.toResource(answers, RULES.recommend(answers), AUTHORED, null);

		assertThat(question(response, Question.READINESS).getAnswerFirstRep().getValueCoding().getCode())
			.isEqualTo("NOT_READY");
		assertThat(question(response, Question.PREGNANT).getAnswerFirstRep().getValueBooleanType().booleanValue())
			.isTrue();
		assertThat(question(response, Question.AGE_GROUP).getAnswerFirstRep().getValueCoding().getCode())
			.isEqualTo("UNDER_18");
		assertThat(FhirTestResources.validation().errors(response)).isEmpty();
		assertThat(SCREENINGS.read(json(response))).isEqualTo(answers);
	}

	@Test
	void everyAnswerSetComesBackTheSameAndGetsTheSameSuggestion() {
		for (Answers answers : RandomAnswers.draw(42, 1000)) {
			Recommendation recommendation = RULES.recommend(answers);

			Answers read = SCREENINGS.read(SCREENINGS.questionnaireResponse(answers, recommendation, AUTHORED, null));

			assertThat(read).isEqualTo(answers);
			assertThat(RULES.recommend(read)).isEqualTo(recommendation);
		}
	}

	@Test
	void aCompleteDraftIsWrittenAsItsAnswers() {
		Map<String, List<RawValue>> fields = new LinkedHashMap<>();
		Answers answers = RandomAnswers.draw(9, 1).get(0);
		for (Question question : Question.all()) {
			Object value = ResponseWriter.valueOf(answers, question);
			if (value == null) {
				continue;
			}
			fields.put(question.path(), (value instanceof Set<?> set)
					? set.stream().map((choice) -> RawValue.text(((Enum<?>) choice).name())).toList() : List
						.of(RawValue.formField((value instanceof Enum<?> choice) ? choice.name() : value.toString())));
		}
		Draft draft = AnswerReader.readScreening(fields).answers();
		Recommendation recommendation = RULES.recommend(answers);

		assertThat(SCREENINGS.questionnaireResponse(draft, recommendation, AUTHORED, "A"))
			.isEqualTo(SCREENINGS.questionnaireResponse(answers, recommendation, AUTHORED, "A"));
		assertThatThrownBy(() -> SCREENINGS.questionnaireResponse(Draft.empty(), recommendation, AUTHORED, "A"))
			.isInstanceOf(IllegalStateException.class);
	}

	static List<BadCase> badResponses() {
		return List.of(
				new BadCase("an unknown linkId",
						(r) -> group(r, "step-life").addItem()
							.setLinkId("favouriteColour")
							.addAnswer()
							.setValue(new StringType("blue")),
						"structure", "QuestionnaireResponse.item[6].item[4]", "favouriteColour"),
				new BadCase("a coding of another system",
						(r) -> question(r, Question.SUPPORT).getAnswerFirstRep()
							.setValue(new Coding("http://snomed.info/sct", "STRONG", null)),
						"code-invalid", "QuestionnaireResponse.item[5].item[0].answer", "support"),
				new BadCase("a code that is no choice",
						(r) -> question(r, Question.CRITERIA).addAnswer()
							.setValue(new Coding(system(Question.CRITERIA), "SNORING", null)),
						"code-invalid", "QuestionnaireResponse.item[2].item[1].answer[", "criteria"),
				new BadCase("a coding for a yes/no",
						(r) -> question(r, Question.STABLE_HOUSING).getAnswerFirstRep()
							.setValue(new Coding(system(Question.SUPPORT), "STRONG", null)),
						"value", "QuestionnaireResponse.item[5].item[1].answer", "stableHousing"),
				new BadCase("a required item left out", (r) -> group(r, "step-safety").getItem().remove(1), "required",
						"QuestionnaireResponse.item.where(linkId='step-safety').item.where(linkId='crisis.overdoseOrMedicalEmergency')",
						"crisis.overdoseOrMedicalEmergency"),
				new BadCase("a required item not answered", (r) -> question(r, Question.CAN_ATTEND).getAnswer().clear(),
						"required", "QuestionnaireResponse.item[6].item[0]", "canAttend"),
				new BadCase("two answers to a one-answer question",
						(r) -> question(r, Question.NEEDS_FLEXIBILITY).addAnswer().setValue(new BooleanType(true)),
						"structure", "QuestionnaireResponse.item[6].item[1].answer", "needsFlexibility"),
				new BadCase("none of these with a sign",
						(r) -> question(r, Question.CRITERIA).addAnswer()
							.setValue(new Coding(system(Question.CRITERIA), "NONE", null)),
						"value", "QuestionnaireResponse.item[2].item[1]", "criteria"),
				new BadCase("a question in another page's group",
						(r) -> group(r, "step-who").addItem(question(r, Question.SUPPORT).copy()), "structure",
						"QuestionnaireResponse.item[0].item[1]", "support"),
				new BadCase("a group given twice", (r) -> r.addItem(group(r, "step-life").copy()), "structure",
						"QuestionnaireResponse.item[8]", "step-life"),
				new BadCase("another Questionnaire",
						(r) -> r.setQuestionnaire("http://example.org/Questionnaire/phq-9"), "value",
						"QuestionnaireResponse.questionnaire", "iop-fit-screening|1"),
				new BadCase("another version of the Questionnaire",
						(r) -> r.setQuestionnaire(FhirTerms.QUESTIONNAIRE_URL + "|0"), "value",
						"QuestionnaireResponse.questionnaire", "iop-fit-screening|1"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badResponses")
	void aBadResponseGetsAnOperationOutcomeNamingTheItem(BadCase bad) {
		Answers answers = withCriteria(RandomAnswers.draw(7, 1).get(0), EnumSet.of(Criterion.CRAVING));
		QuestionnaireResponse response = SCREENINGS.toResource(answers, RULES.recommend(answers), AUTHORED, null);
		bad.change().accept(response);

		OperationOutcome outcome = outcomeOf(json(response));

		assertThat(outcome.getIssue()).hasSize(1);
		OperationOutcome.OperationOutcomeIssueComponent issue = outcome.getIssueFirstRep();
		assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
		assertThat(issue.getCode().toCode()).isEqualTo(bad.code());
		assertThat(issue.getExpression().get(0).getValue()).startsWith(bad.expression());
		assertThat(issue.getDetails().getText()).contains(bad.named());
		assertThat(FhirTestResources.validation().errors(outcome)).isEmpty();
	}

	@Test
	void everyBadItemIsNamedAtOnce() {
		Answers answers = RandomAnswers.draw(8, 1).get(0);
		QuestionnaireResponse response = SCREENINGS.toResource(answers, RULES.recommend(answers), AUTHORED, null);
		question(response, Question.RESPONDENT).getAnswer().clear();
		question(response, Question.SUBSTANCES).getAnswerFirstRep().getValueCoding().setCode("COFFEE");
		group(response, "step-safety").getItem().clear();

		OperationOutcome outcome = outcomeOf(json(response));

		assertThat(outcome.getIssue()).extracting((issue) -> issue.getDetails().getText())
			.anyMatch((text) -> text.startsWith("Item 'respondent' is required"))
			.anyMatch((text) -> text.startsWith("Answer 0 of item 'substances' is not"))
			.anyMatch((text) -> text.startsWith("Item 'crisis.suicidalThoughts' is required"))
			.anyMatch((text) -> text.startsWith("Item 'crisis.severeWithdrawalNow' is required"))
			.hasSize(5);
	}

	@Test
	void aBodyThatIsNoQuestionnaireResponseGetsAnOperationOutcome() {
		for (String body : List.of("", "{", "not json", "[]", "{}", "{\"resourceType\":\"Patient\"}",
				"{\"resourceType\":\"Nonsense\"}", "{\"resourceType\":\"QuestionnaireResponse\",\"status\":42}",
				"{\"resourceType\":\"QuestionnaireResponse\",\"secret\":\"x\"}", "[".repeat(5000),
				"{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\"}")) {
			OperationOutcome outcome = outcomeOf(body);

			assertThat(outcome.getIssue()).as(body).isNotEmpty();
		}
		assertThat(outcomeOf("{\"resourceType\":\"Patient\"}").getIssueFirstRep().getDetails().getText())
			.startsWith("The body is a Patient");
	}

	@Test
	void aPropertyGivenTwiceIsRefusedNotReadAsTheLastOne() {
		Answers answers = withCriteria(RandomAnswers.draw(6, 1).get(0), Set.of());
		String json = json(SCREENINGS.toResource(answers, RULES.recommend(answers), AUTHORED, null));
		String twice = json.replaceFirst("\"valueBoolean\": (true|false)",
				"\"valueBoolean\": true, \"valueBoolean\": false");
		assertThat(twice).isNotEqualTo(json);

		assertThat(outcomeOf(twice).getIssueFirstRep().getDetails().getText())
			.isEqualTo("The property \"valueBoolean\" is given more than once in one object. Give each property once.");
	}

	@Test
	void anItemWithoutALinkIdIsNamedAsSuch() {
		Answers answers = RandomAnswers.draw(6, 1).get(0);
		QuestionnaireResponse response = SCREENINGS.toResource(answers, RULES.recommend(answers), AUTHORED, null);
		response.addItem().addAnswer().setValue(new BooleanType(true));

		assertThat(outcomeOf(json(response)).getIssueFirstRep().getDetails().getText())
			.isEqualTo("An item has no linkId. Give each item its linkId.");
	}

	@Test
	void theSuggestionSentIsIgnoredTheRulesDecideAgain() {
		Answers answers = RandomAnswers.draw(2, 1).get(0);
		QuestionnaireResponse response = SCREENINGS.toResource(answers, RULES.recommend(answers), AUTHORED, null);
		group(response, "suggestion").getItemFirstRep().getAnswerFirstRep().getValueCoding().setCode("NOTHING");

		assertThat(SCREENINGS.read(json(response))).isEqualTo(answers);
	}

	record BadCase(String name, Consumer<QuestionnaireResponse> change, String code, String expression, String named) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static OperationOutcome outcomeOf(String body) {
		try {
			SCREENINGS.read(body);
		}
		catch (InvalidQuestionnaireResponseException ex) {
			return Fhir.parser().parseResource(OperationOutcome.class, ex.operationOutcome());
		}
		throw new AssertionError("Read without an issue");
	}

	static String json(QuestionnaireResponse response) {
		return Fhir.writer().encodeResourceToString(response);
	}

	static QuestionnaireResponseItemComponent group(QuestionnaireResponse response, String linkId) {
		return response.getItem().stream().filter((item) -> item.getLinkId().equals(linkId)).findFirst().orElseThrow();
	}

	static QuestionnaireResponseItemComponent question(QuestionnaireResponse response, Question question) {
		return group(response, FhirTerms.groupOf(question)).getItem()
			.stream()
			.filter((item) -> item.getLinkId().equals(question.path()))
			.findFirst()
			.orElseThrow();
	}

	static String system(Question question) {
		return FhirTerms.codeSystemUrl(FhirTerms.codeSystemId(question).orElseThrow());
	}

	static Answers withCriteria(Answers a, Set<Criterion> criteria) {
		return new Answers(a.respondent(), Crisis.NONE, criteria, a.substances(), a.withdrawalHistory(),
				a.medicalMonitoringNeeded(), a.mentalHealth(), a.support(), a.stableHousing(), a.substanceUseAtHome(),
				a.canAttend(), a.needsFlexibility(), a.recentInpatientDischarge(), a.relapsedAfterTreatment());
	}

}
