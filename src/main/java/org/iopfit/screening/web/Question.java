package org.iopfit.screening.web;

import java.util.Arrays;
import java.util.List;

/**
 * One question of a page: the form field it fills, how it is asked and its possible
 * answers. Its wording is in the message bundles under {@code q.<field>.*}.
 *
 * @param field the form field, also the API's property name
 * @param kind how it is asked
 * @param options the possible values, in the order shown
 */
record Question(String field, Kind kind, List<String> options) {

	static Question yesNo(String field) {
		return new Question(field, Kind.YES_NO, List.of("true", "false"));
	}

	static Question oneOf(String field, Class<? extends Enum<?>> choices) {
		return new Question(field, Kind.ONE_OF, names(choices));
	}

	static Question anyOf(String field, Class<? extends Enum<?>> choices) {
		return new Question(field, Kind.ANY_OF, names(choices));
	}

	/**
	 * The HTML id stem: the field name with its dots replaced, e.g.
	 * {@code crisis-suicidalThoughts}.
	 */
	public String id() {
		return this.field.replace('.', '-');
	}

	/** The id of the first input, where the error summary's link lands. */
	public String firstInputId() {
		return id() + "-" + this.options.get(0);
	}

	/** The message key stem, e.g. {@code q.crisis.suicidalThoughts}. */
	public String key() {
		return "q." + this.field;
	}

	private static List<String> names(Class<? extends Enum<?>> choices) {
		return Arrays.stream(choices.getEnumConstants()).map(Enum::name).toList();
	}

	enum Kind {

		/** Yes or no, as two radios. */
		YES_NO,

		/** One of several, as radios. */
		ONE_OF,

		/** Any number of several, as checkboxes; none ticked is an answer too. */
		ANY_OF

	}

}
