package org.iopfit.screening;

import java.util.List;

/**
 * One question as the shared question fragment ({@code fragments/forms :: question})
 * shows it, as a fieldset: the public steps and phone mode show a question alike, so they
 * share this one view, made by {@link QuestionWording#view}.
 *
 * @param name the form field
 * @param id the HTML id stem
 * @param legend the question, worded for who answers
 * @param hint its hint, or {@code null}
 * @param error its error, or {@code null}
 * @param describedBy the ids of its hint and error, or {@code null}
 * @param inputType {@code radio} or {@code checkbox}
 * @param options the answers to choose from
 * @param none the "None of these" checkbox, or {@code null}
 */
public record QuestionView(String name, String id, String legend, String hint, String error, String describedBy,
		String inputType, List<Option> options, Option none) {

	public String hintId() {
		return this.id + "-hint";
	}

	public String errorId() {
		return this.id + "-error";
	}

	public String cssClass() {
		return "checkbox".equals(this.inputType) ? "choices checkboxes" : "choices radios";
	}

	/**
	 * Whether anything is chosen, "None of these" included.
	 * @return {@code true} if an answer is ticked
	 */
	public boolean anyChecked() {
		return (this.none != null && this.none.checked()) || this.options.stream().anyMatch(Option::checked);
	}

	/**
	 * The error summary's link to this question's first input.
	 * @return the link, for a question with an error
	 */
	public ErrorLink errorLink() {
		return new ErrorLink("#" + this.options.get(0).id(), this.error);
	}

	/**
	 * One answer to choose.
	 *
	 * @param id the input's id
	 * @param value the value sent
	 * @param label its wording
	 * @param checked whether it is chosen
	 */
	public record Option(String id, String value, String label, boolean checked) {
	}

}
