package org.iopfit.screening.web;

import java.util.List;

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
		return this.errors.isEmpty() && this.questions.stream()
			.allMatch((question) -> question.error() == null && (question.none() == null || !question.none().checked())
					&& question.options().stream().noneMatch(OptionView::checked));
	}

	/**
	 * One link of the error summary.
	 *
	 * @param href where it leads: the question's first input
	 * @param text the error
	 */
	record ErrorLink(String href, String text) {

	}

	/**
	 * One question, as a fieldset.
	 *
	 * @param name the form field
	 * @param id the HTML id stem
	 * @param legend the question
	 * @param hint its hint, or {@code null}
	 * @param error its error, or {@code null}
	 * @param describedBy the ids of its hint and error, or {@code null}
	 * @param inputType {@code radio} or {@code checkbox}
	 * @param options the answers to choose from
	 * @param none the "None of these" checkbox, or {@code null} where there is none
	 */
	record QuestionView(String name, String id, String legend, String hint, String error, String describedBy,
			String inputType, List<OptionView> options, OptionView none) {

		public String hintId() {
			return this.id + "-hint";
		}

		public String errorId() {
			return this.id + "-error";
		}

		public String cssClass() {
			return "checkbox".equals(this.inputType) ? "choices checkboxes" : "choices radios";
		}

	}

	/**
	 * One answer to choose.
	 *
	 * @param id the input's id
	 * @param value the value sent
	 * @param label its wording
	 * @param checked whether it is chosen
	 */
	record OptionView(String id, String value, String label, boolean checked) {

	}

}
