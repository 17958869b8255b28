package org.iopfit.api;

import java.util.List;

/**
 * A request whose answers are missing, unknown or of the wrong type, with every bad
 * field.
 */
class InvalidAnswersException extends RuntimeException {

	private final List<FieldProblem> problems;

	InvalidAnswersException(List<FieldProblem> problems) {
		super(problems.size() + " bad answer(s)", null, false, false);
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

}
