package org.iopfit.screening.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iopfit.placement.Crisis;
import org.iopfit.placement.Level;
import org.iopfit.placement.Reason;
import org.iopfit.placement.Recommendation;
import org.iopfit.placement.Respondent;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Problem;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;
import org.iopfit.screening.ErrorLink;
import org.iopfit.screening.QuestionView;
import org.iopfit.screening.QuestionWording;
import org.iopfit.system.ProviderProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words the questionnaire's pages from the question table, the rules' results and the
 * bundles, so templates only read. Every message key of a question is built here, and
 * only here ({@code q.<path>.legend|hint|short.<who>}, {@code q.<path>.<value>[.<who>]},
 * {@code error.<path>.<who>}, {@code step.<slug>.*}).
 */
@Component
class ScreeningPages {

	private final MessageSource messages;

	private final QuestionWording wording;

	private final ProviderProperties provider;

	ScreeningPages(MessageSource messages, QuestionWording wording, ProviderProperties provider) {
		this.messages = messages;
		this.wording = wording;
		this.provider = provider;
	}

	/**
	 * On a page in a language other than English, whether the admissions line answers in
	 * it, and if not, a line that does: a Spanish speaker must not find out on the call.
	 * @param locale the page's language
	 * @return the sentence, or {@code null} on an English page
	 */
	String admissionsLanguage(Locale locale) {
		if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
			return null;
		}
		String key = this.provider.answersIn(locale) ? "result.call.language.served" : "result.call.language.notServed";
		return this.messages.getMessage(key, new Object[] { locale.getDisplayLanguage(locale) }, locale);
	}

	/**
	 * A page of questions.
	 * @param step the page
	 * @param answers the answers to show as chosen
	 * @param problems what is wrong with the page as posted, empty for none
	 * @param notice the key of a sentence about the page as a whole, or {@code null}
	 * @param changing whether an answer is being changed from check-your-answers
	 * @param locale the language
	 * @return the page
	 */
	StepPage stepPage(Step step, Draft answers, List<Problem> problems, String notice, boolean changing,
			Locale locale) {
		String who = answers.respondent().name();
		Map<Question, String> errors = errors(step, problems, who, locale);
		List<QuestionView> questions = step.questions(answers)
			.stream()
			.map((question) -> this.wording.view(question, answers.selected(question), answers.has(question),
					errors.get(question), who, locale))
			.toList();
		List<ErrorLink> links = questions.stream()
			.filter((question) -> question.error() != null)
			.map(QuestionView::errorLink)
			.toList();
		boolean unknownFields = problems.stream().anyMatch((problem) -> problem.about().isEmpty());
		if (notice == null && unknownFields) {
			notice = "screening.notice.unexpected";
		}
		// A page that asks one question has that question as its heading.
		boolean questionIsHeading = questions.size() == 1;
		String heading = questionIsHeading ? questions.get(0).legend()
				: msg("step." + step.slug() + ".heading." + who, locale);
		String title = (links.isEmpty() ? "" : msg("screening.errors.prefix", locale) + " ") + heading + " – "
				+ msg("app.name", locale);
		return new StepPage(title,
				msg("screening.progress", locale, String.valueOf(step.number()), String.valueOf(Step.count())), heading,
				step.hasIntro() ? msg("step." + step.slug() + ".intro." + who, locale) : null,
				(notice != null) ? msg(notice, locale) : null, links, questions,
				ScreeningController.actionOf(step, changing),
				step.previous().map((previous) -> ScreeningController.stepUrl(previous, false)).orElse("/"), changing,
				questionIsHeading);
	}

	/** Check your answers, for complete answers. */
	CheckPage checkPage(Draft answers, Locale locale) {
		String who = answers.respondent().name();
		List<CheckPage.Section> sections = new ArrayList<>();
		for (Step step : Step.all()) {
			List<CheckPage.Row> rows = step.questions(answers).stream().map((question) -> {
				List<String> chosen = question.choices()
					.stream()
					.filter(answers.selected(question)::contains)
					.map((value) -> label(question, value, who, locale))
					.toList();
				return new CheckPage.Row(msg(question.path(), "short", who, locale),
						chosen.isEmpty() ? List.of(msg("check.none", locale)) : chosen);
			}).toList();
			sections.add(new CheckPage.Section(msg("step." + step.slug() + ".heading." + who, locale),
					ScreeningController.stepUrl(step, true), rows));
		}
		return new CheckPage(sections);
	}

	/**
	 * The wording of a result's reasons or cautions.
	 * @param recommendation the result
	 * @param notes some of its reasons or cautions
	 * @param respondent who answers
	 * @param locale the language
	 * @return each one's text, in order
	 */
	List<String> notes(Recommendation recommendation, List<Reason> notes, Respondent respondent, Locale locale) {
		// As text: a number argument would make MessageFormat look up a number format
		// for every message (the count is at most 11, so nothing needs grouping).
		Object[] count = { String.valueOf(recommendation.criteriaCount()) };
		return notes.stream()
			.map((reason) -> this.messages.getMessage(recommendation.messageKey(reason, respondent), count, locale))
			.toList();
	}

	/** What to do for each crisis answer given, the most urgent first. */
	List<String> crisisAdvice(Crisis crisis, Respondent respondent, Locale locale) {
		return crisis.advice()
			.stream()
			.map((advice) -> msg(advice.messageKey(respondent, Level.EMERGENCY), locale))
			.toList();
	}

	private Map<Question, String> errors(Step step, List<Problem> problems, String who, Locale locale) {
		Map<Question, String> errors = new LinkedHashMap<>();
		for (Problem problem : problems) {
			problem.about().filter((question) -> question.step() == step).ifPresent((question) -> {
				String key = (problem.code() == Problem.Code.REPEATED) ? "screening.errors.repeated"
						: "error." + question.path() + "." + who;
				errors.putIfAbsent(question, msg(key, locale));
			});
		}
		return errors;
	}

	/** A message in the visitor's language. */
	String message(String key) {
		return this.messages.getMessage(key, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	private String label(Question question, String value, String who, Locale locale) {
		return this.wording.label(question, value, who, locale);
	}

	private String msg(String path, String part, String who, Locale locale) {
		return msg("q." + path + "." + part + "." + who, locale);
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
