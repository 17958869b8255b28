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

}
