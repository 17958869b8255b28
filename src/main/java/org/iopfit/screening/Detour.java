package org.iopfit.screening;

import java.util.Optional;

import org.iopfit.questions.Draft;
import org.iopfit.questions.Step;

/**
 * Where a screening must go instead of the page asked for: the first page before it with
 * a question not answered, or the crisis page once a crisis answer is given. The public
 * steps and phone mode keep this one order; each turns it into its own address.
 *
 * @param incomplete the page to go back to, or {@code null} for the crisis page
 */
public record Detour(Step incomplete) {

	private static final Detour CRISIS = new Detour(null);

	/**
	 * The detour, if any, before a page.
	 * @param answers the answers so far
	 * @param before the page asked for, or {@code null} for one that needs every answer
	 * @return where to go instead, or empty to show the page
	 */
	public static Optional<Detour> before(Draft answers, Step before) {
		Optional<Step> incomplete = answers.firstIncompleteBefore(before);
		if (incomplete.isPresent()) {
			return Optional.of(new Detour(incomplete.get()));
		}
		if (answers.anyCrisis() && (before == null || before.compareTo(Step.SAFETY) > 0)) {
			return Optional.of(CRISIS);
		}
		return Optional.empty();
	}

	/**
	 * Whether the detour leads to the crisis page.
	 * @return {@code true} for the crisis page, {@code false} for an incomplete page
	 */
	public boolean isCrisis() {
		return this.incomplete == null;
	}

}
