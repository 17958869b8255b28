package org.iopfit.screening.web;

import java.util.List;

/**
 * Check your answers: one section per page of the questionnaire, each with one change
 * link.
 *
 * @param sections the sections, in the order asked
 */
record CheckPage(List<Section> sections) {

	/**
	 * The answers of one page.
	 *
	 * @param heading the page's topic
	 * @param changeUrl the page, to change its answers and come back
	 * @param rows each question with its answer
	 */
	record Section(String heading, String changeUrl, List<Row> rows) {

	}

	/**
	 * A question and what was answered.
	 *
	 * @param question the question, short
	 * @param answers the answers' wording, one or several
	 */
	record Row(String question, List<String> answers) {

	}

}
