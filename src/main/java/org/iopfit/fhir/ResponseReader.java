package org.iopfit.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

import org.iopfit.placement.Answers;
import org.iopfit.placement.PlacementRules;
import org.iopfit.questions.AnswerReader;
import org.iopfit.questions.Problem;
import org.iopfit.questions.Question;
import org.iopfit.questions.RawValue;
import org.iopfit.questions.Reading;
import org.iopfit.questions.Step;

/**
 * Reads a QuestionnaireResponse for the screening into answers. The items become raw
 * values by their linkIds (the API's property paths) and {@link AnswerReader} checks
 * them, as it checks the JSON API's body and the pages' forms: the rules of a valid
 * answer are written once. What only FHIR has (the Questionnaire named, the groups, the
 * codings' systems, "None of these") is checked here.
 */
final class ResponseReader {

	private static final String ROOT = "QuestionnaireResponse";

	private static final JsonFactory STRICT = JsonFactory.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	/** Jackson's message for a property given twice. */
	private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.{1,100})\"");

	/** The raw values by property path. */
	private final Map<String, List<RawValue>> fields = new LinkedHashMap<>();

	/** Where each item was found, by property path (FHIRPath). */
	private final Map<String, String> locations = new HashMap<>();

	/** Questions whose issue is already reported. */
	private final Set<Question> reported = new HashSet<>();

	private final Outcomes outcomes = new Outcomes();

	private ResponseReader() {
	}

	/**
	 * Reads a request body.
	 * @param json the body, FHIR JSON
	 * @return the complete answers
	 * @throws InvalidQuestionnaireResponseException naming every bad item
	 */
	static Answers read(String json) {
		rejectDuplicateProperties(json);
		IBaseResource resource;
		try {
			resource = Fhir.parser().parseResource(json);
		}
		catch (RuntimeException ex) {
			// DataFormatException for anything that is not FHIR JSON; whatever else the
			// parser throws on a body is the client's error all the same.
			throw Outcomes.rejection(IssueType.STRUCTURE, null,
					"The body is not valid FHIR JSON. Send a QuestionnaireResponse for " + FhirTerms.QUESTIONNAIRE_URL
							+ ".");
		}
		if (!(resource instanceof QuestionnaireResponse response)) {
			throw Outcomes.rejection(IssueType.STRUCTURE, null, "The body is a " + resource.fhirType()
					+ ". Send a QuestionnaireResponse for " + FhirTerms.QUESTIONNAIRE_URL + ".");
		}
		return new ResponseReader().answers(response);
	}

	/**
	 * Refuses a property given twice in an object, which HAPI's parser would silently
	 * read as the last one: {@code "valueBoolean": true, "valueBoolean": false} must not
	 * mean no. The JSON API refuses them too.
	 */
	private static void rejectDuplicateProperties(String json) {
		try (JsonParser parser = STRICT.createParser(ObjectReadContext.empty(), json)) {
			while (parser.nextToken() != null) {
				// Reading every token is the check.
			}
		}
		catch (JacksonException ex) {
			// StreamReadException for a duplicate; too deep or too long is a constraint.
			Matcher duplicate = DUPLICATE.matcher(String.valueOf(ex.getOriginalMessage()));
			if (duplicate.find()) {
				throw Outcomes.rejection(IssueType.STRUCTURE, null, "The property \"" + duplicate.group(1)
						+ "\" is given more than once in one object. Give each property once.");
			}
			// Any other fault of the JSON is the FHIR parser's to report.
		}
	}

	private Answers answers(QuestionnaireResponse response) {
		String questionnaire = response.getQuestionnaire();
		if (!FhirTerms.QUESTIONNAIRE_URL.equals(questionnaire)
				&& !FhirTerms.questionnaireCanonical().equals(questionnaire)
				&& !FhirTerms.questionnaireCanonical(FhirTerms.V1).equals(questionnaire)) {
			throw Outcomes.rejection(IssueType.VALUE, ROOT + ".questionnaire",
					"The QuestionnaireResponse is not for this screening. Set questionnaire to "
							+ FhirTerms.questionnaireCanonical() + ".");
		}
		Set<String> groups = new HashSet<>();
		List<QuestionnaireResponseItemComponent> items = response.getItem();
		for (int i = 0; i < items.size(); i++) {
			QuestionnaireResponseItemComponent group = items.get(i);
			String location = ROOT + ".item[" + i + "]";
			String linkId = group.getLinkId();
			Optional<Step> step = FhirTerms.stepOf(linkId);
			if (FhirTerms.SUGGESTION.equals(linkId)) {
				// Read-only: what the rules gave before. They decide again.
				continue;
			}
			if (step.isEmpty()) {
				unknown(linkId, location, null);
			}
			else if (!groups.add(linkId)) {
				this.outcomes.add(IssueType.STRUCTURE, location,
						"Item '" + linkId + "' is given more than once. Give each group once.");
			}
			else {
				if (group.hasAnswer()) {
					this.outcomes.add(IssueType.STRUCTURE, location + ".answer",
							"Item '" + linkId + "' is a group: its questions are answered, not the group itself.");
				}
				readGroup(step.get(), group, location);
			}
		}
		Reading reading = AnswerReader.readScreening(this.fields);
		for (Problem problem : reading.problems()) {
			Question question = problem.about().orElseThrow();
			if (!this.reported.contains(question)) {
				issue(problem, question);
			}
		}
		if (!this.outcomes.isEmpty()) {
			throw this.outcomes.toException();
		}
		return reading.answers().toAnswers();
	}

	private void readGroup(Step step, QuestionnaireResponseItemComponent group, String groupLocation) {
		List<QuestionnaireResponseItemComponent> items = group.getItem();
		for (int i = 0; i < items.size(); i++) {
			QuestionnaireResponseItemComponent item = items.get(i);
			String location = groupLocation + ".item[" + i + "]";
			Optional<Question> question = Question.byPath(String.valueOf(item.getLinkId()));
			if (question.isEmpty() || question.get().step() != step) {
				unknown(item.getLinkId(), location, question.map(FhirTerms::groupOf).orElse(null));
			}
			else if (this.locations.containsKey(question.get().path())) {
				this.reported.add(question.get());
				this.outcomes.add(IssueType.STRUCTURE, location,
						"Item '" + item.getLinkId() + "' is given more than once. Give each question once.");
			}
			else {
				this.locations.put(question.get().path(), location);
				readItem(question.get(), item, location);
			}
		}
	}

	private void readItem(Question question, QuestionnaireResponseItemComponent item, String location) {
		if (item.hasItem()) {
			this.outcomes.add(IssueType.STRUCTURE, location + ".item",
					"Item '" + question.path() + "' has no items inside it. Remove them.");
		}
		List<QuestionnaireResponseItemAnswerComponent> answers = item.getAnswer();
		if (answers.isEmpty()) {
			// Not answered: FHIR leaves out the answer, the reader calls it missing.
			return;
		}
		List<RawValue> values = new ArrayList<>();
		for (int i = 0; i < answers.size(); i++) {
			QuestionnaireResponseItemAnswerComponent answer = answers.get(i);
			if (answer.hasItem()) {
				this.outcomes.add(IssueType.STRUCTURE, location + ".answer[" + i + "].item",
						"Answer " + i + " of item '" + question.path() + "' has no items inside it. Remove them.");
			}
			values.add(raw(question, answer.getValue()));
		}
		if (question.hasNoneOption() && values.contains(RawValue.text(FhirTerms.NONE))) {
			if (values.size() > 1) {
				this.reported.add(question);
				this.outcomes.add(IssueType.VALUE, location, "Item '" + question.path() + "' has " + FhirTerms.NONE
						+ " (none of these) with other answers. Send " + FhirTerms.NONE + " alone, or leave it out.");
				return;
			}
			values.clear();
		}
		this.fields.put(question.path(), values);
	}

	private static RawValue raw(Question question, Type value) {
		if (value instanceof BooleanType yes && yes.hasValue()) {
			return RawValue.bool(yes.booleanValue());
		}
		if (value instanceof Coding coding && coding.hasCode()
				&& FhirTerms.codeSystemId(question)
					.map(FhirTerms::codeSystemUrl)
					.orElse("")
					.equals(coding.getSystem())) {
			return RawValue.text(coding.getCode());
		}
		return RawValue.other();
	}

	private void unknown(String linkId, String location, String belongsIn) {
		if (linkId == null || linkId.isBlank()) {
			this.outcomes.add(IssueType.STRUCTURE, location, "An item has no linkId. Give each item its linkId.");
			return;
		}
		String text = (belongsIn != null) ? "Item '" + linkId + "' belongs in group '" + belongsIn + "', not here."
				: "Item '" + linkId + "' is not an item of " + FhirTerms.questionnaireCanonical() + ". Remove it.";
		this.outcomes.add(IssueType.STRUCTURE, location, text);
	}

	private void issue(Problem problem, Question question) {
		String linkId = question.path();
		String location = this.locations.getOrDefault(linkId,
				ROOT + ".item.where(linkId='" + FhirTerms.groupOf(question) + "').item.where(linkId='" + linkId + "')");
		String item = "Item '" + linkId + "'";
		switch (problem.code()) {
			case MISSING, EMPTY -> this.outcomes.add(IssueType.REQUIRED, location,
					item + " is required. Answer it with " + expected(question) + ".");
			case INVALID -> this.outcomes.add(invalid(question), location + ".answer",
					item + " has an answer that is not " + expected(question) + ".");
			case INVALID_ITEM -> {
				String index = problem.field()
					.substring(problem.field().indexOf('[') + 1, problem.field().length() - 1);
				this.outcomes.add(invalid(question), location + ".answer[" + index + "]",
						"Answer " + index + " of item '" + linkId + "' is not " + expected(question) + ".");
			}
			case REPEATED -> this.outcomes.add(IssueType.STRUCTURE, location + ".answer",
					question.isMultiple() ? item + " has the same code more than once. Give each code once."
							: item + " has more than one answer. Give one: " + expected(question) + ".");
			case UNKNOWN, NOT_AN_OBJECT -> unknown(linkId, location, null);
		}
	}

	private static IssueType invalid(Question question) {
		return (question.kind() == Question.Kind.YES_NO) ? IssueType.VALUE : IssueType.CODEINVALID;
	}

	/** What a valid answer looks like, in plain words. */
	static String expected(Question question) {
		if (question.kind() == Question.Kind.YES_NO) {
			return "a valueBoolean";
		}
		String system = FhirTerms.codeSystemUrl(FhirTerms.codeSystemId(question).orElseThrow());
		String codes = String.join(", ", question.choices());
		return switch (question.kind()) {
			case ONE_OF -> "one valueCoding of " + system + " (" + codes + ")";
			case ANY_OF -> "valueCodings of " + system + " (" + codes + "), each once, or " + FhirTerms.NONE + " alone";
			default -> "one or more valueCodings of " + system + " (" + codes + "), each once";
		};
	}

}
