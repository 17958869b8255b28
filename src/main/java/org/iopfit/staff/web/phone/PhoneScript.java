package org.iopfit.staff.web.phone;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.iopfit.placement.Crisis;
import org.iopfit.placement.Recommendation;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Rule;
import org.iopfit.placement.Substance;
import org.iopfit.placement.WithdrawalHistory;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;
import org.iopfit.screening.QuestionView;
import org.iopfit.screening.QuestionWording;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The staff's script around the question table: the opening, what to ask, listen for and
 * say on each page, the crisis protocol and the result to read aloud with the safety
 * advice that fits the answers. The questions themselves are the public questionnaire's,
 * worded by {@link QuestionWording} for who answers ("you" for a caller about themselves,
 * "they" otherwise), with the phone's own words where the public ones are made for a
 * reader ticking boxes. {@link #readAloud} says what is read on each page; a whole call
 * is kept within 650 words (about four and a half minutes), the signs within 150.
 */
@Component
class PhoneScript {

	/**
	 * Questions a caller answers in their own words (an age, "yes", "not sure", "not
	 * yet"): staff tick the choice that fits, so the choices are not read.
	 */
	private static final Set<Question> IN_OWN_WORDS = EnumSet.of(Question.AGE_GROUP, Question.CAN_ATTEND,
			Question.READINESS);

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
	 * A page's questions, worded for who answers and for the phone. The form is the
	 * public page's, with the same fields and values; where the public words are made for
	 * a reader ticking boxes, the phone has its own, kept short because they are read
	 * aloud: the signs are questions ("Have you used more than you meant to?", not "I
	 * used more..."), the substances and the signs lose "check all that apply" (staff
	 * tick), and the long choices of the worst withdrawal and of mental health are read
	 * in a few words (the examples that tell them apart are in the page's listen-for
	 * line).
	 * @param step the page
	 * @param answers the answers so far (shown as chosen)
	 * @param errors the questions with a problem
	 * @param locale the language
	 * @return the questions
	 */
	List<QuestionView> questions(Step step, Draft answers, Set<Question> errors, Locale locale) {
		String who = answers.respondent().name();
		// A question about a substance not chosen on an earlier page is not asked.
		return step.questions(answers.without(step))
			.stream()
			.map((question) -> forThePhone(question,
					this.wording.view(question, answers.selected(question), answers.has(question),
							errors.contains(question) ? this.wording.error(question, who, locale) : null, who, locale),
					who, locale))
			.toList();
	}

	/**
	 * What staff read aloud on a page, in order: its lead-in, then each question and its
	 * choices. Yes/no choices are not read (the question asks for a yes or a no), nor
	 * "None of these" (ticked when every sign was a no), nor those of a question answered
	 * in one's own words (an age, whether they can attend, how ready they feel); every
	 * other choice is, since the caller chooses among them. A hint is not read: it is
	 * there for staff, to use when a caller is unsure (what the phone must say, such as
	 * leaving out prescribed medicine, is in its question). {@code ReadAloudLengthTest}
	 * counts these words.
	 * @param step the page
	 * @param answers the answers so far
	 * @param locale the language
	 * @return the lines, in the order read
	 */
	List<String> readAloud(Step step, Draft answers, Locale locale) {
		List<String> read = new ArrayList<>();
		read.add(step(step, locale).say());
		List<QuestionView> views = questions(step, answers, Set.of(), locale);
		List<Question> asked = step.questions(answers.without(step));
		for (int i = 0; i < views.size(); i++) {
			read.add(views.get(i).legend());
			if (asked.get(i).kind() != Question.Kind.YES_NO && !IN_OWN_WORDS.contains(asked.get(i))) {
				views.get(i).options().stream().map(QuestionView.Option::label).forEach(read::add);
			}
		}
		return read;
	}

	private QuestionView forThePhone(Question question, QuestionView view, String who, Locale locale) {
		return switch (question) {
			// The signs' public hint (tick None of these; leave out prescribed medicine)
			// is
			// for a reader ticking boxes: on the phone their legend says what to leave
			// out.
			case CRITERIA -> rephrased(view, msg("staff.phone.signs.legend." + who, locale),
					"staff.phone.sign.%s." + who, false, locale);
			case SUBSTANCES -> rephrased(view, msg("staff.phone.substances.legend." + who, locale),
					"staff.phone.choice.substances.%s", true, locale);
			case WITHDRAWAL_HISTORY -> rephrased(view, msg("staff.phone.withdrawalHistory.legend." + who, locale),
					"staff.phone.choice.withdrawalHistory.%s", true, locale);
			case MENTAL_HEALTH ->
				rephrased(view, view.legend(), "staff.phone.choice." + question.path() + ".%s", true, locale);
			case SUPPORT, READINESS ->
				rephrased(view, msg("staff.phone." + question.path() + ".legend." + who, locale), null, true, locale);
			default -> view;
		};
	}

	/**
	 * The view with other words: its legend, and its choices' labels from a key pattern
	 * ({@code %s} the value), or the same labels for {@code null}; with or without its
	 * hint.
	 */
	private QuestionView rephrased(QuestionView view, String legend, String labels, boolean keepHint, Locale locale) {
		List<QuestionView.Option> options = (labels != null) ? view.options()
			.stream()
			.map((option) -> new QuestionView.Option(option.id(), option.value(),
					msg(String.format(Locale.ROOT, labels, option.value()), locale), option.checked()))
			.toList() : view.options();
		String hint = keepHint ? view.hint() : null;
		String describedBy = keepHint ? view.describedBy() : ((view.error() != null) ? view.errorId() : null);
		return new QuestionView(view.name(), view.id(), legend, hint, view.error(), describedBy, view.inputType(),
				options, view.none());
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
	 * The result to read aloud: the suggestion, the safety advice that fits the answers,
	 * what happens next and that a clinician decides.
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
		// The reasons are written to be read, not heard (the longest, for a family
		// caller in Spanish, runs to 75 words), and read aloud they pushed a call past
		// 650 words: the deciding one is on screen first, to explain if asked, the others
		// after it; what is read is the suggestion, the safety advice and the next steps.
		String why = notes.get(0);
		List<String> next = new ArrayList<>();
		if (recommendation.decidedBy() == Rule.R2) {
			next.add(msg("staff.phone.result.next.detox", locale));
		}
		next.add(msg("staff.phone.result.next.assessment", locale));
		next.add(msg("staff.phone.result.next.insurance", locale));
		return new ResultScript(msg("staff.phone.result.intro." + who, locale),
				msg("level." + recommendation.level() + ".name", locale), msg("staff.phone.result.why", locale), why,
				notes.subList(1, notes.size()), msg("staff.phone.advice.heading", locale),
				safetyAdvice(answers, locale), msg("staff.phone.result.next", locale), next,
				msg("staff.phone.result.clinician." + who, locale));
	}

	/**
	 * The safety advice that fits the answers, worded for who answers: read aloud with
	 * the result, as part of the script, since it can save a life whatever level of care
	 * is suggested. Stopping alcohol or sedatives at once can bring dangerous withdrawal,
	 * and so can stopping after any withdrawal before; after opioids, naloxone, the lost
	 * tolerance after a stay or a break, and the medicines that treat opioid use
	 * disorder; without opioids but with stimulants, sedatives or other drugs, the
	 * fentanyl that street drugs and pills often hold.
	 * @param answers the answers
	 * @param locale the language
	 * @return the advice, in the order read; empty when none applies
	 */
	List<String> safetyAdvice(Draft answers, Locale locale) {
		String who = answers.respondent().name();
		Set<?> substances = answers.get(Question.SUBSTANCES).map((chosen) -> (Set<?>) chosen).orElse(Set.of());
		boolean withdrawalBefore = answers.get(Question.WITHDRAWAL_HISTORY)
			.map((worst) -> worst != WithdrawalHistory.NONE)
			.orElse(false);
		List<String> advice = new ArrayList<>();
		if (substances.contains(Substance.ALCOHOL) || substances.contains(Substance.BENZODIAZEPINES)
				|| withdrawalBefore) {
			advice.add(msg("staff.phone.advice.withdrawal." + who, locale));
		}
		if (substances.contains(Substance.OPIOIDS)) {
			advice.add(msg("staff.phone.advice.naloxone." + who, locale));
			advice.add(msg("staff.phone.advice.tolerance." + who, locale));
			advice.add(msg("staff.phone.advice.medication." + who, locale));
		}
		// As on the result (the rules' FENTANYL_IN_SUPPLY): street stimulants, pills and
		// other drugs often hold fentanyl, so naloxone matters without opioids too.
		else if (substances.contains(Substance.STIMULANTS) || substances.contains(Substance.BENZODIAZEPINES)
				|| substances.contains(Substance.OTHER)) {
			advice.add(msg("staff.phone.advice.fentanyl." + who, locale));
		}
		return advice;
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
	 * @param whyHeading "why the rules suggest this"
	 * @param why the deciding rule's reason, on screen to explain if asked
	 * @param alsoOnScreen the other reasons and the cautions, shown to talk about as
	 * needed
	 * @param adviceHeading "to stay safe"
	 * @param advice the safety advice that fits the answers, read aloud
	 * @param nextHeading "what happens next"
	 * @param next the next steps
	 * @param clinician that this is no diagnosis and a clinician decides
	 */
	record ResultScript(String intro, String level, String whyHeading, String why, List<String> alsoOnScreen,
			String adviceHeading, List<String> advice, String nextHeading, List<String> next, String clinician) {
	}

}
