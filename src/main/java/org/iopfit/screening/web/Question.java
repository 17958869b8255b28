package org.iopfit.screening.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

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

	/**
	 * The wording of one answer: for this respondent, else for anyone, else a plain yes
	 * or no. Resolved in one look-up with no failed look-up in between, which would cost
	 * an exception each time.
	 * @param option the answer's value
	 * @param who {@code SELF} or {@code SOMEONE_ELSE}
	 * @return the message codes to try, in order
	 */
	public MessageSourceResolvable label(Object option, String who) {
		return new DefaultMessageSourceResolvable(
				new String[] { key() + "." + option + "." + who, key() + "." + option, "answer." + option });
	}

	/**
	 * An optional text of this question, e.g. its hint: empty where there is none.
	 * @param part the part, e.g. {@code hint}
	 * @param who {@code SELF} or {@code SOMEONE_ELSE}
	 * @return the message code to try, with an empty default
	 */
	public MessageSourceResolvable optional(String part, String who) {
		return new DefaultMessageSourceResolvable(new String[] { key() + "." + part + "." + who }, null, "");
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
