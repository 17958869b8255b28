package org.iopfit.questions;

import java.util.Optional;

/**
 * One bad field of a set of answers, as the pages and the API both report it.
 *
 * @param field the property path, e.g. {@code crisis.suicidalThoughts}, or an item of a
 * list, e.g. {@code criteria[2]}
 * @param question the question it belongs to, or {@code null} for a field that is no
 * question of the screening
 * @param code what is wrong
 */
public record Problem(String field, Question question, Code code) {

	static Problem of(Question question, Code code) {
		return new Problem(question.path(), question, code);
	}

	/** The question it belongs to; empty for a field that is no question. */
	public Optional<Question> about() {
		return Optional.ofNullable(this.question);
	}

	/** What is wrong and what to send instead, in plain English, for the API. */
	public String message() {
		return switch (this.code) {
			case MISSING -> "is missing. Send " + this.question.expected() + ".";
			case INVALID -> "has the wrong type or value. Send " + this.question.expected() + ".";
			case INVALID_ITEM -> "is not one of " + String.join(", ", this.question.choices()) + ".";
			case REPEATED -> this.question.isMultiple() ? "lists the same choice more than once. Send each choice once."
					: "is sent more than once. Send one value: " + this.question.expected() + ".";
			case EMPTY -> "is empty. Send " + this.question.expected() + ".";
			case UNKNOWN -> "is not a question of this screening. Remove it.";
			case NOT_AN_OBJECT -> "must be an object with the answers inside it.";
		};
	}

	/** What is wrong with a field. */
	public enum Code {

		/** No value. */
		MISSING,

		/** A value that is none of the question's values, or of the wrong type. */
		INVALID,

		/** An item of a list that is none of the question's choices. */
		INVALID_ITEM,

		/** The same choice twice in a list, or two values for a one-value question. */
		REPEATED,

		/** An empty list where at least one choice is needed. */
		EMPTY,

		/** A field that is no question of the screening, or not of this page. */
		UNKNOWN,

		/** A group of answers (the API's {@code crisis}) that is not an object. */
		NOT_AN_OBJECT

	}

}
