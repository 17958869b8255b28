package org.iopfit.staff.web.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.iopfit.placement.Recommendation;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Step;
import org.iopfit.screening.QuestionView;

/**
 * Every sentence staff read aloud in one screening, put together from the phone script as
 * phone mode shows it page by page.
 */
final class ReadAloud {

	private ReadAloud() {
	}

	/**
	 * Every sentence staff read aloud in one screening with these answers: the opening,
	 * each page's lead-in and questions, and the result (or the crisis script).
	 * @param script the phone script
	 * @param answers the answers
	 * @param recommendation the suggestion, or {@code null} for an emergency
	 * @param locale the language
	 * @return the sentences in the order read
	 */
	static List<String> of(PhoneScript script, Draft answers, Recommendation recommendation, Locale locale) {
		List<String> read = new ArrayList<>(script.opening(locale));
		for (Step step : Step.all()) {
			if (step == Step.WHO) {
				continue;
			}
			read.add(script.step(step, locale).say());
			script.questions(step, answers, Set.of(), locale).stream().map(QuestionView::legend).forEach(read::add);
			if (step == Step.SAFETY && answers.anyCrisis()) {
				read.add(script.crisisSay(answers.respondent(), locale));
				return read;
			}
		}
		PhoneScript.ResultScript result = script.result(answers, recommendation, locale);
		read.add(result.intro());
		read.add(result.level());
		read.add(result.whyHeading());
		read.add(result.why());
		read.add(result.nextHeading());
		read.addAll(result.next());
		read.add(result.clinician());
		return read;
	}

}
