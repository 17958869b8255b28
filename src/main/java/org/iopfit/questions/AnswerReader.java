package org.iopfit.questions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives raw values their meaning, the same for a page's form and for the API's JSON:
 * every value checked against the question table, and every bad field reported at once.
 */
public final class AnswerReader {

	private AnswerReader() {
	}

	/**
	 * Reads the answers to some questions.
	 * @param fields the values by field name; a name present with no values is an empty
	 * list, a name absent is a missing answer
	 * @param asked the questions expected, every other field name is unknown
	 * @return the answers that are valid, and a problem for every field that is not
	 */
	public static Reading read(Map<String, List<RawValue>> fields, Collection<Question> asked) {
		return read(fields, asked, false);
	}

	/**
	 * Reads the answers of a whole screening sent at once (the JSON API, a FHIR
	 * QuestionnaireResponse): every question, but one of policy v1.1
	 * ({@link Question#isOptional()}) may be left out, so that clients written for v1
	 * keep working. One about a substance not chosen is passed over.
	 * @param fields the values by field name, as for {@link #read(Map, Collection)}
	 * @return the answers that are valid, and a problem for every field that is not
	 */
	public static Reading readScreening(Map<String, List<RawValue>> fields) {
		return read(fields, Question.all(), true);
	}

	private static Reading read(Map<String, List<RawValue>> fields, Collection<Question> asked,
			boolean optionalMayBeAbsent) {
		List<Problem> problems = new ArrayList<>();
		Draft.Builder answers = Draft.builder();
		for (String name : fields.keySet()) {
			boolean known = Question.byPath(name).filter(asked::contains).isPresent();
			if (!known) {
				problems.add(new Problem(name, null, Problem.Code.UNKNOWN));
			}
		}
		for (Question question : asked) {
			List<RawValue> values = fields.get(question.path());
			if (values == null && optionalMayBeAbsent && question.isOptional()) {
				continue;
			}
			Object value = (values != null) ? read(question, values, problems) : missing(question, problems);
			if (value != null) {
				answers.put(question, value);
			}
		}
		return new Reading(answers.build(), problems);
	}

	/**
	 * The questions of a page that have no answer yet, as problems.
	 * @param answers the answers so far
	 * @param step the page
	 * @return a missing answer for each question the page asks and is not answered
	 */
	public static List<Problem> unanswered(Draft answers, Step step) {
		return step.questions(answers)
			.stream()
			.filter((question) -> !answers.has(question))
			.map((question) -> Problem.of(question, Problem.Code.MISSING))
			.toList();
	}

	private static Object missing(Question question, List<Problem> problems) {
		problems.add(Problem.of(question, Problem.Code.MISSING));
		return null;
	}

	private static Object read(Question question, List<RawValue> values, List<Problem> problems) {
		if (question.isMultiple()) {
			return readChoices(question, values, problems);
		}
		if (values.isEmpty()) {
			return missing(question, problems);
		}
		if (values.size() > 1) {
			problems.add(Problem.of(question, Problem.Code.REPEATED));
			return null;
		}
		Object value = question.single(values.get(0));
		if (value == null) {
			problems.add(Problem.of(question, Problem.Code.INVALID));
		}
		return value;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" }) // the table holds one enum type per
													// question
	private static Set<?> readChoices(Question question, List<RawValue> values, List<Problem> problems) {
		if (values.size() == 1 && values.get(0).type() == RawValue.Type.NOT_A_LIST) {
			problems.add(Problem.of(question, Problem.Code.INVALID));
			return null;
		}
		List<Enum> choices = new ArrayList<>();
		boolean valid = true;
		boolean repeated = false;
		for (int i = 0; i < values.size(); i++) {
			Object choice = question.single(values.get(i));
			if (choice == null) {
				problems.add(new Problem(question.path() + "[" + i + "]", question, Problem.Code.INVALID_ITEM));
				valid = false;
			}
			else if (choices.contains(choice)) {
				repeated = true;
			}
			else {
				choices.add((Enum) choice);
			}
		}
		if (repeated) {
			problems.add(Problem.of(question, Problem.Code.REPEATED));
		}
		if (!valid || repeated) {
			return null;
		}
		if (choices.isEmpty() && question.kind() == Question.Kind.AT_LEAST_ONE_OF) {
			problems.add(Problem.of(question, Problem.Code.EMPTY));
			return null;
		}
		if (choices.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(EnumSet.copyOf((Collection) choices));
	}

}
