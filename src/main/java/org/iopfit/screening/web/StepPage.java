package org.iopfit.screening.web;

import java.util.List;

import org.iopfit.screening.ErrorLink;
import org.iopfit.screening.QuestionView;

/**
 * Everything a questionnaire page shows, worded and ready: the template only reads it.
 *
 * @param title the document's title
 * @param progress e.g. "Step 3 of 7"
 * @param heading the page's heading
 * @param intro the page's introduction, or {@code null}
 * @param notice a sentence about the page as a whole (e.g. press Continue again), or
 * {@code null}
 * @param errors the error summary's links, empty without errors
 * @param questions the questions, in order
 * @param action where the form posts
 * @param backUrl the page before, or {@code null} on the first
 * @param changing whether an answer is being changed from check-your-answers
 * @param questionIsHeading whether the page asks one question, whose legend is then the
 * page's heading
 */
record StepPage(String title, String progress, String heading, String intro, String notice, List<ErrorLink> errors,
		List<QuestionView> questions, String action, String backUrl, boolean changing, boolean questionIsHeading) {

	/**
	 * Whether the page shows nothing a person answered: no choice ticked, no error. Such
	 * a page is the same for everyone who reaches it with the same wording, and may be
	 * sent again as it is.
	 */
	boolean showsNoAnswer() {
		return this.errors.isEmpty()
				&& this.questions.stream().allMatch((question) -> question.error() == null && !question.anyChecked());
	}

}
