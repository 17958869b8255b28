package org.iopfit.staff.web.phone;

import java.util.List;

/**
 * One question of the phone screening, as the shared question fragment
 * ({@code fragments/forms :: question}) shows it.
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
record PhoneQuestion(String name, String id, String legend, String hint, String error, String describedBy,
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
	 * One answer to choose.
	 *
	 * @param id the input's id
	 * @param value the value sent
	 * @param label its wording
	 * @param checked whether it is chosen
	 */
	record Option(String id, String value, String label, boolean checked) {
	}

	/**
	 * A link of the error summary.
	 *
	 * @param href where it leads
	 * @param text the error
	 */
	record ErrorLink(String href, String text) {
	}

}
