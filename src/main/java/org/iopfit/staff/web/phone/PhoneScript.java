package org.iopfit.staff.web.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.iopfit.placement.Crisis;
import org.iopfit.placement.Recommendation;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Rule;
import org.iopfit.placement.Substance;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;
import org.iopfit.screening.QuestionView;
import org.iopfit.screening.QuestionWording;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The staff's script around the question table: the opening, what to ask, listen for and
 * say on each page, the crisis protocol and the result to read aloud. The questions
 * themselves are the public questionnaire's, worded by {@link QuestionWording} for who
 * answers ("you" for a caller about themselves, "they" otherwise).
 */
@Component
class PhoneScript {

	static final List<String> OPENING = List.of("1", "2", "3", "4", "5");

	private final MessageSource messages;

	private final QuestionWording wording;

	PhoneScript(MessageSource messages, QuestionWording wording) {
		this.messages = messages;
		this.wording = wording;
	}

	/** The opening, line by line, read before any question. */
	List<String> opening(Locale locale) {
		return OPENING.stream().map((line) -> msg("staff.phone.opening." + line, locale)).toList();
	}

	/** What to ask, listen for and say on a page. */
	StepScript step(Step step, Locale locale) {
		String stem = "staff.phone.step." + step.slug() + ".";
		return new StepScript(msg(stem + "ask", locale), msg(stem + "listen", locale), msg(stem + "say", locale));
	}

	/**
	 * A page's questions, worded for who answers.
	 * @param step the page
	 * @param answers the answers so far (shown as chosen)
	 * @param errors the questions with a problem
	 * @param locale the language
	 * @return the questions
	 */
	List<QuestionView> questions(Step step, Draft answers, Set<Question> errors, Locale locale) {
		String who = answers.respondent().name();
		return step.questions()
			.stream()
			.map((question) -> this.wording.view(question, answers.selected(question), answers.has(question),
					errors.contains(question) ? this.wording.error(question, who, locale) : null, who, locale))
			.toList();
	}

	/** What to say in a crisis, for who answers. */
	String crisisSay(Respondent respondent, Locale locale) {
		return msg("staff.phone.crisis.say." + respondent, locale);
	}

	/** The protocol's steps that fit the crisis answers, in order. */
	List<String> crisisSteps(Crisis crisis, Locale locale) {
		List<String> steps = new ArrayList<>();
		steps.add(msg("staff.phone.crisis.step.stay", locale));
		steps.add(msg("staff.phone.crisis.step.address", locale));
		if (crisis.suicidalThoughts()) {
			steps.add(msg("staff.phone.crisis.step.988", locale));
		}
		if (crisis.overdoseOrMedicalEmergency() || crisis.severeWithdrawalNow()) {
			steps.add(msg("staff.phone.crisis.step.911", locale));
		}
		steps.add(msg("staff.phone.crisis.step.supervisor", locale));
		return steps;
	}

	/**
	 * The result to read aloud.
	 * @param answers complete answers
	 * @param recommendation the rules' suggestion for them
	 * @param locale the language
	 * @return the script
	 */
	ResultScript result(Draft answers, Recommendation recommendation, Locale locale) {
		Respondent who = answers.respondent();
		Object[] count = { String.valueOf(recommendation.criteriaCount()) };
		List<String> notes = recommendation.reasons()
			.stream()
			.map((reason) -> this.messages.getMessage(recommendation.messageKey(reason, who), count, locale))
			.toList();
		// The deciding rule's reason is read aloud; the others are on screen to talk
		// about.
		String why = notes.get(0);
		List<String> next = new ArrayList<>();
		if (recommendation.decidedBy() == Rule.R2) {
			next.add(msg("staff.phone.result.next.detox", locale));
		}
		next.add(msg("staff.phone.result.next.assessment", locale));
		next.add(msg("staff.phone.result.next.insurance", locale));
		boolean opioids = answers.get(Question.SUBSTANCES)
			.map((substances) -> ((Set<?>) substances).contains(Substance.OPIOIDS))
			.orElse(false);
		if (opioids) {
			next.add(msg("staff.phone.result.next.opioids", locale));
		}
		return new ResultScript(msg("staff.phone.result.intro." + who, locale),
				msg("level." + recommendation.level() + ".name", locale), msg("staff.phone.result.why", locale), why,
				notes.subList(1, notes.size()), msg("staff.phone.result.next", locale), next,
				msg("result.notDiagnosis." + who, locale));
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * A page's script.
	 *
	 * @param ask what to ask
	 * @param listen what to listen for
	 * @param say what to say, aloud
	 */
	record StepScript(String ask, String listen, String say) {
	}

	/**
	 * The result, to read aloud.
	 *
	 * @param intro the lead-in
	 * @param level the suggested level's name
	 * @param whyHeading "here is why"
	 * @param why the deciding rule's reason, read aloud
	 * @param alsoOnScreen the other reasons and the cautions, shown to talk about as
	 * needed
	 * @param nextHeading "what happens next"
	 * @param next the next steps
	 * @param clinician that this is no diagnosis and a clinician decides
	 */
	record ResultScript(String intro, String level, String whyHeading, String why, List<String> alsoOnScreen,
			String nextHeading, List<String> next, String clinician) {
	}

}
