package org.iopfit.questions;

import java.util.List;

/**
 * What a read of raw values gave.
 *
 * @param answers the answers that were valid
 * @param problems a problem for every field that was not, in the order found
 */
public record Reading(Draft answers, List<Problem> problems) {

	public Reading {
		problems = List.copyOf(problems);
	}

	public boolean isValid() {
		return this.problems.isEmpty();
	}

	/**
	 * Whether every problem is a question left unanswered (a list of at least one choice
	 * left empty included), as a person leaves one, rather than a value no form sends.
	 */
	public boolean onlyUnanswered() {
		return this.problems.stream()
			.allMatch((problem) -> problem.code() == Problem.Code.MISSING || problem.code() == Problem.Code.EMPTY);
	}

}
