package org.iopfit.questions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A questionnaire page's form, as a browser posts it, read into raw answers: the same for
 * the public pages and staff's phone mode. The page's controls (a CSRF token, a language
 * switch) are left out; "None of these" ({@value #NONE}, valued with the question's path)
 * is an empty list, and with choices ticked as well it is no answer, so the page asks
 * again.
 */
public final class PageForm {

	/** The checkbox "None of these": its value is the path of the question it answers. */
	public static final String NONE = "none";

	private PageForm() {
	}

	/**
	 * Reads one page's fields.
	 * @param step the page
	 * @param form the posted fields, each with its values in order
	 * @param controls fields of the page that are not answers
	 * @return the answers as raw values by path, for {@link AnswerReader}
	 */
	public static Map<String, List<RawValue>> read(Step step, Map<String, List<String>> form, Set<String> controls) {
		Map<String, List<RawValue>> fields = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			if (!NONE.equals(name) && !controls.contains(name)) {
				fields.put(name, values.stream().map(RawValue::formField).toList());
			}
		});
		List<String> none = form.getOrDefault(NONE, List.of());
		List<Question> offered = step.questions().stream().filter(Question::hasNoneOption).toList();
		if (!offered.stream().map(Question::path).toList().containsAll(none) || none.size() > offered.size()) {
			// "None of these" for a question this page does not offer it for, or twice:
			// refused like any unknown field.
			fields.put(NONE, none.stream().map(RawValue::formField).toList());
		}
		for (Question question : offered) {
			if (none.contains(question.path())) {
				if (fields.remove(question.path()) == null) {
					fields.put(question.path(), List.of());
				}
			}
		}
		return fields;
	}

}
