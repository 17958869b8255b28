package org.iopfit.questions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The pages of the questionnaire, one topic each, in the order they are asked. Which
 * questions a page asks is said by {@link Question}.
 */
public enum Step {

	WHO("who", false), SAFETY("safety", true), SIGNS("signs", false), HEALTH("health", false),
	MENTAL_HEALTH("mental-health", false), SUPPORT("support", false), LIFE("life", false);

	private static final List<Step> ALL = List.of(values());

	private final String slug;

	private final boolean hasIntro;

	Step(String slug, boolean hasIntro) {
		this.slug = slug;
		this.hasIntro = hasIntro;
	}

	/** The last part of the page's address, e.g. {@code mental-health}. */
	public String slug() {
		return this.slug;
	}

	/** Whether the page has an introduction ({@code step.<slug>.intro.<who>}). */
	public boolean hasIntro() {
		return this.hasIntro;
	}

	/** 1 to 7, for "Step 3 of 7". */
	public int number() {
		return ordinal() + 1;
	}

	public static int count() {
		return ALL.size();
	}

	public static List<Step> all() {
		return ALL;
	}

	/**
	 * Every question of this page, in the order shown, also those asked only after some
	 * answer (see {@link #questions(Draft)}).
	 */
	public List<Question> questions() {
		return Question.on(this);
	}

	/**
	 * The questions this page asks given the answers so far, in the order shown: without
	 * one about a substance not chosen.
	 * @param answers the answers so far
	 * @return the questions asked
	 */
	public List<Question> questions(Draft answers) {
		List<Question> all = Question.on(this);
		return all.stream().allMatch((question) -> question.isAskedGiven(answers)) ? all
				: all.stream().filter((question) -> question.isAskedGiven(answers)).toList();
	}

	public Optional<Step> previous() {
		return (ordinal() > 0) ? Optional.of(ALL.get(ordinal() - 1)) : Optional.empty();
	}

	public Optional<Step> next() {
		return (ordinal() < ALL.size() - 1) ? Optional.of(ALL.get(ordinal() + 1)) : Optional.empty();
	}

	public static Optional<Step> fromSlug(String slug) {
		return Arrays.stream(values()).filter((step) -> step.slug.equals(slug)).findFirst();
	}

}
