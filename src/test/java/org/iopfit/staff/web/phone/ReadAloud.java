package org.iopfit.staff.web.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.iopfit.placement.Recommendation;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Step;

/**
 * Every sentence staff read aloud in one screening, put together from the phone script as
 * phone mode shows it page by page.
 */
final class ReadAloud {

	private ReadAloud() {
	}

	/**
	 * Every sentence staff read aloud in one screening with these answers: the opening,
	 * each page as {@link PhoneScript#readAloud} gives it (lead-in, questions, hints and
	 * the choices the caller chooses among), and the result with its safety advice (or
	 * the crisis script).
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
			read.addAll(script.readAloud(step, answers, locale));
			if (step == Step.SAFETY && answers.anyCrisis()) {
				read.add(script.crisisSay(answers.respondent(), locale));
				return read;
			}
		}
		read.addAll(result(script, answers, recommendation, locale));
		return read;
	}

	/**
	 * What is read on the result page, in the order the page shows it.
	 * @param script the phone script
	 * @param answers complete answers
	 * @param recommendation their suggestion
	 * @param locale the language
	 * @return the sentences read
	 */
	static List<String> result(PhoneScript script, Draft answers, Recommendation recommendation, Locale locale) {
		PhoneScript.ResultScript result = script.result(answers, recommendation, locale);
		List<String> read = new ArrayList<>();
		read.add(result.intro());
		read.add(result.level());
		if (!result.advice().isEmpty()) {
			read.add(result.adviceHeading());
			read.addAll(result.advice());
		}
		read.add(result.nextHeading());
		read.addAll(result.next());
		read.add(result.clinician());
		return read;
	}

}
