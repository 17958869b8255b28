package org.iopfit.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.iopfit.placement.Answers;
import org.iopfit.questions.AnswerReader;
import org.iopfit.questions.Problem;
import org.iopfit.questions.Question;
import org.iopfit.questions.RawValue;
import org.iopfit.questions.Reading;

/**
 * A JSON body's answers, read by the question table: the body's properties become raw
 * values by their paths ({@code crisis.suicidalThoughts}), and {@link AnswerReader} gives
 * them the same meaning as a page's form fields.
 */
final class JsonAnswers {

	private JsonAnswers() {
	}

	/**
	 * Reads the answers of a request body.
	 * @param body the parsed JSON body
	 * @return the complete answers
	 * @throws InvalidAnswersException naming every missing, unknown or wrong field
	 */
	static Answers read(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidAnswersException(
					List.of(new FieldProblem("", "The body must be a JSON object with the answers.")));
		}
		Map<String, List<RawValue>> fields = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		boolean crisisReadable = true;
		for (Map.Entry<String, JsonNode> property : body.properties()) {
			String name = property.getKey();
			JsonNode value = property.getValue();
			if (name.contains(".")) {
				// A path is not a property: "crisis.suicidalThoughts" belongs inside
				// crisis.
				problems.add(new Problem(name, null, Problem.Code.UNKNOWN));
			}
			else if (!Question.CRISIS.equals(name)) {
				put(fields, name, value);
			}
			else if (value.isObject()) {
				value.properties().forEach((inner) -> {
					if (inner.getKey().contains(".")) {
						problems.add(new Problem(name + "." + inner.getKey(), null, Problem.Code.UNKNOWN));
					}
					else {
						put(fields, name + "." + inner.getKey(), inner.getValue());
					}
				});
			}
			else if (!value.isNull()) {
				problems.add(new Problem(name, null, Problem.Code.NOT_AN_OBJECT));
				crisisReadable = false;
			}
		}
		Reading reading = AnswerReader.readScreening(fields);
		for (Problem problem : reading.problems()) {
			boolean inCrisis = problem.about().flatMap(Question::parent).isPresent();
			if (crisisReadable || !inCrisis) {
				problems.add(problem);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidAnswersException(
					problems.stream().map((problem) -> new FieldProblem(problem.field(), problem.message())).toList());
		}
		return reading.answers().toAnswers();
	}

	/** A property's value; {@code null} counts as missing. */
	private static void put(Map<String, List<RawValue>> fields, String path, JsonNode value) {
		if (value.isNull()) {
			return;
		}
		boolean list = Question.byPath(path).map(Question::isMultiple).orElse(false);
		if (list && value.isArray()) {
			List<RawValue> items = new ArrayList<>();
			value.values().forEach((item) -> items.add(raw(item)));
			fields.put(path, items);
		}
		else {
			fields.put(path, List.of(list ? RawValue.notAList() : raw(value)));
		}
	}

	private static RawValue raw(JsonNode value) {
		if (value.isString()) {
			return RawValue.text(value.stringValue());
		}
		if (value.isBoolean()) {
			return RawValue.bool(value.booleanValue());
		}
		return RawValue.other();
	}

}
