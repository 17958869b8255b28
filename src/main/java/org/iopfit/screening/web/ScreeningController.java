package org.iopfit.screening.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopfit.placement.Crisis;
import org.iopfit.placement.CrisisResource;
import org.iopfit.placement.Level;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Recommendation;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Rule;
import org.iopfit.questions.AnswerReader;
import org.iopfit.questions.Draft;
import org.iopfit.questions.PageForm;
import org.iopfit.questions.Problem;
import org.iopfit.questions.Reading;
import org.iopfit.questions.Step;
import org.iopfit.records.CallBacks;
import org.iopfit.records.ReferenceCode;
import org.iopfit.records.ScreeningRecords;
import org.iopfit.screening.Detour;
import org.iopfit.screening.ErrorLink;
import org.iopfit.system.security.CsrfRejection;
import org.iopfit.system.RenderedPages;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The questionnaire, one page per {@link Step}, in post/redirect/get: a page posts only
 * its own answers, they are kept in the {@link AnswersCookie} and the browser is sent on
 * to the next page's own address. So the address bar always shows the page shown, and the
 * browser's Back and reload fetch that page again with its answers, without asking to
 * resend a form. A page with an answer missing comes back the same way, by its own
 * address, with its error summary; one with a value no browser sends (unknown, repeated,
 * empty) comes back at once with 400. Either way every valid answer is kept.
 */
@Controller
@RequestMapping(ScreeningController.BASE)
class ScreeningController {

	static final String BASE = "/screening";

	/**
	 * The query parameter of a page opened to change an answer from check-your-answers.
	 */
	static final String RETURN = "return";

	/** The form field of the header's language switch on a questionnaire page. */
	static final String LANGUAGE = "lang";

	/** Form fields that are not answers. */
	private static final Set<String> CONTROLS = Set.of("_csrf", LANGUAGE, RETURN);

	private final PlacementRules rules;

	private final AnswersCookie cookie;

	private final ScreeningPages pages;

	private final ScreeningRecords records;

	private final CallBacks callBacks;

	ScreeningController(PlacementRules rules, AnswersCookie cookie, ScreeningPages pages, ScreeningRecords records,
			CallBacks callBacks) {
		this.rules = rules;
		this.cookie = cookie;
		this.pages = pages;
		this.records = records;
		this.callBacks = callBacks;
	}

	/** A page's own address; {@code changing} returns to check-your-answers after it. */
	static String stepUrl(Step step, boolean changing) {
		return withReturn((step == Step.WHO) ? BASE : actionOf(step, false), changing);
	}

	/** Where a page's form posts. */
	static String actionOf(Step step, boolean changing) {
		return withReturn(BASE + "/" + step.slug(), changing);
	}

	private static String withReturn(String url, boolean changing) {
		return changing ? url + "?" + RETURN + "=check" : url;
	}

	@GetMapping
	ModelAndView start(@RequestParam(name = RETURN, required = false) String back,
			@RequestParam(name = "notice", required = false) String notice, HttpServletRequest request, Locale locale) {
		return step(Step.WHO, back, notice, request, locale);
	}

	/**
	 * Any other address under {@code /screening/} (a wrong or old link, GET or POST):
	 * back to the questions. Each page's own address is mapped directly to
	 * {@link #step(Step, String, String, HttpServletRequest, Locale)} and
	 * {@link #answer(Step, MultiValueMap, HttpServletRequest, HttpServletResponse, Locale)}
	 * ({@link StepRoutes}).
	 */
	@RequestMapping(path = "/{slug}", method = { RequestMethod.GET, RequestMethod.POST })
	ModelAndView notAPage() {
		return seeOther(BASE + "/resume");
	}

	ModelAndView step(Step step, String back, String notice, HttpServletRequest request, Locale locale) {
		AnswersCookie.Saved saved = this.cookie.saved(request);
		Draft answers = saved.answers();
		List<Problem> unanswered = (saved.unansweredShown() == step) ? AnswerReader.unanswered(answers, step)
				: List.of();
		return stopBefore(answers, step).orElseGet(() -> showStep(step, answers, unanswered,
				"earlier".equals(notice) ? "screening.notice.earlier" : null, "check".equals(back), locale));
	}

	ModelAndView answer(Step step, MultiValueMap<String, String> form, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		boolean changing = "check".equals(form.getFirst(RETURN));
		Draft before = this.cookie.read(request).without(step);
		// A question about a substance not chosen on an earlier page is not on this one.
		Reading reading = AnswerReader.read(PageForm.read(step, form, CONTROLS), step.questions(before));
		// The page's answers are what it sends now: one left out is no longer answered.
		Draft answers = before.with(reading.answers());
		if (CsrfRejection.isRejected(request)) {
			return showStep(step, answers, List.of(), "screening.notice.resend", changing, locale);
		}
		if (form.containsKey(LANGUAGE)) {
			// The language switch: keep what is ticked so far, show the page again.
			this.cookie.write(request, response, answers);
			return seeOther(stepUrl(step, changing));
		}
		if (!reading.isValid() && reading.onlyUnanswered()) {
			// What a person does: Continue with a question left unanswered. The page
			// comes
			// back by its own address, so Back and reload never resend a form.
			this.cookie.write(request, response, new AnswersCookie.Saved(answers, step));
			return seeOther(stepUrl(step, changing));
		}
		if (!reading.isValid()) {
			// What no browser sends by itself: refused at once, the page with its errors.
			ModelAndView page = showStep(step, answers, reading.problems(), null, changing, locale);
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		this.cookie.write(request, response, answers);
		Optional<Step> earlier = answers.firstIncompleteBefore(step);
		if (earlier.isPresent()) {
			return seeOther(stepUrl(earlier.get(), false) + "?notice=earlier");
		}
		if (answers.anyCrisis()) {
			return seeOther(BASE + "/crisis");
		}
		if (changing || step.next().isEmpty()) {
			return seeOther(BASE + "/check");
		}
		return seeOther(stepUrl(step.next().get(), false));
	}

	@GetMapping("/check")
	ModelAndView check(HttpServletRequest request, Locale locale) {
		Draft answers = this.cookie.read(request);
		return stopBefore(answers, null).orElseGet(() -> page("screening/check", answers.respondent()).addObject("page",
				this.pages.checkPage(answers, locale)));
	}

	@GetMapping("/result")
	ModelAndView result(@RequestParam(name = "consent", required = false) String consent,
			@RequestParam(name = "callBack", required = false) String callBack, HttpServletRequest request,
			Locale locale) {
		Draft answers = this.cookie.read(request);
		// "Get a reference code" sent without consent, or "Ask us to call you" with a
		// problem, comes back here, by its own address.
		String codeError = ("missing".equals(consent) && this.cookie.code(request, answers).isEmpty())
				? "optin.code.error" : null;
		CallBackForm kept = (callBack != null) ? this.cookie.callBack(request).orElse(null) : null;
		CallBackForm form = (kept != null) ? kept : new CallBackForm();
		Map<String, String> errors = (kept != null) ? kept.errors() : Map.of();
		return stopBefore(answers, null)
			.orElseGet(() -> resultPage(request, answers, form, errors, codeError, null, locale));
	}

	/**
	 * "Get a reference code": with consent, the answers of the cookie (never of the form)
	 * and the result are saved with no identity, and the code is remembered in a sealed
	 * cookie, so the page that shows it is a GET. The same answers asked again keep their
	 * code.
	 */
	@PostMapping("/code")
	ModelAndView saveWithCode(@RequestParam(name = "consent", required = false) String consent,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Draft answers = this.cookie.read(request);
		Optional<ModelAndView> stop = stopBefore(answers, null);
		if (stop.isPresent()) {
			return stop.get();
		}
		if (CsrfRejection.isRejected(request)) {
			return resultPage(request, answers, new CallBackForm(), Map.of(), null, "screening.notice.resend", locale);
		}
		if (!"yes".equals(consent)) {
			// A GET of its own, so that Back and reload never send the form again.
			return seeOther(BASE + "/result?consent=missing");
		}
		ReferenceCode code;
		try {
			code = this.cookie.code(request, answers).orElseGet(() -> this.records.saveOnline(answers));
		}
		catch (DataAccessException | TransactionException ex) {
			// The database is away: the result stays, with a plain word and the number to
			// call.
			return unavailable(
					resultPage(request, answers, new CallBackForm(), Map.of(), null, "optin.unavailable", locale));
		}
		this.cookie.writeCode(request, response, code, answers);
		return seeOther(BASE + "/code");
	}

	@GetMapping("/code")
	ModelAndView code(HttpServletRequest request) {
		Draft answers = this.cookie.read(request);
		Optional<ReferenceCode> code = this.cookie.code(request, answers);
		if (code.isEmpty()) {
			return seeOther(BASE + "/result");
		}
		return page("screening/code", answers.respondent()).addObject("code", code.get().display())
			.addObject("retentionDays", this.records.retentionDays());
	}

	/** "Ask us to call you", on its own page (the result page holds the same form). */
	@GetMapping("/call-back")
	ModelAndView callBackForm(@RequestParam(name = "callBack", required = false) String callBack,
			HttpServletRequest request) {
		CallBackForm kept = (callBack != null) ? this.cookie.callBack(request).orElse(null) : null;
		return (kept != null) ? callBackPage(kept, kept.errors(), null)
				: callBackPage(new CallBackForm(), Map.of(), null);
	}

	@PostMapping("/call-back")
	ModelAndView callBack(CallBackForm form, @RequestParam(name = "from", required = false) String from,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		boolean fromResult = "result".equals(from);
		Draft answers = this.cookie.read(request);
		boolean resultShown = fromResult && stopBefore(answers, null).isEmpty();
		String notice = CsrfRejection.isRejected(request) ? "screening.notice.resend" : null;
		Map<String, String> errors = (notice != null) ? Map.of() : form.errors();
		if (notice != null) {
			return resultShown ? resultPage(request, answers, form, errors, null, notice, locale)
					: callBackPage(form, errors, notice);
		}
		if (!errors.isEmpty()) {
			// The errors are shown by a GET of their own (the form kept in a sealed
			// cookie),
			// so that Back from the next page never sends the form again.
			this.cookie.writeCallBack(request, response, form);
			return seeOther(resultShown ? BASE + "/result?callBack=check" : BASE + "/call-back?callBack=check");
		}
		try {
			this.callBacks.request(form.getFirstName(), form.getPhone(), form.getBestTime(), form.voicemailOk(),
					"es".equals(locale.getLanguage()) ? "es" : "en");
		}
		catch (DataAccessException | TransactionException ex) {
			// Nothing typed is lost: the form comes back filled in, with the number to
			// call.
			return unavailable(
					resultShown ? resultPage(request, answers, form, Map.of(), null, "optin.unavailable", locale)
							: callBackPage(form, Map.of(), "optin.unavailable"));
		}
		this.cookie.clearCallBack(request, response);
		return seeOther(BASE + "/call-back/sent");
	}

	@GetMapping("/call-back/sent")
	ModelAndView callBackSent() {
		return new ModelAndView("screening/call-back-sent").addObject("retentionDays", this.records.retentionDays());
	}

	private static ModelAndView unavailable(ModelAndView page) {
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

	private ModelAndView callBackPage(CallBackForm form, Map<String, String> errors, String notice) {
		return new ModelAndView("screening/call-back").addObject("callBack", form)
			.addObject("callBackErrors", errors)
			.addObject("errors", links(errors, null))
			.addObject("notice", notice)
			.addObject("retentionDays", this.records.retentionDays());
	}

	private ModelAndView resultPage(HttpServletRequest request, Draft answers, CallBackForm callBack,
			Map<String, String> callBackErrors, String codeError, String notice, Locale locale) {
		Recommendation recommendation = this.rules.recommend(answers.toAnswers());
		Respondent respondent = answers.respondent();
		ModelAndView page = page("screening/result", respondent).addObject("recommendation", recommendation)
			.addObject("reasons", this.pages.notes(recommendation, recommendation.explanations(), respondent, locale))
			.addObject("cautions", this.pages.notes(recommendation, recommendation.cautions(), respondent, locale))
			.addObject("someoneElse", respondent == Respondent.SOMEONE_ELSE)
			.addObject("admissionsLanguage", this.pages.admissionsLanguage(locale))
			.addObject("otherLevels",
					List.of(Level.OUTPATIENT, Level.IOP, Level.INPATIENT)
						.stream()
						.filter((level) -> level != recommendation.level())
						.toList())
			.addObject("pageLevel", recommendation.level())
			.addObject("pageRule", recommendation.decidedBy())
			.addObject("code", this.cookie.code(request, answers).map(ReferenceCode::display).orElse(null))
			.addObject("codeError", codeError)
			.addObject("callBack", callBack)
			.addObject("callBackErrors", callBackErrors)
			.addObject("errors", links(callBackErrors, codeError))
			.addObject("notice", notice)
			.addObject("retentionDays", this.records.retentionDays());
		return page;
	}

	/** The error summary's links: the code's consent first, then the call-back form's. */
	private List<ErrorLink> links(Map<String, String> callBackErrors, String codeError) {
		List<ErrorLink> links = new java.util.ArrayList<>();
		if (codeError != null) {
			links.add(new ErrorLink("#code-consent", this.pages.message(codeError)));
		}
		callBackErrors.forEach((id, key) -> links.add(new ErrorLink("#" + id, this.pages.message(key))));
		return links;
	}

	@GetMapping("/crisis")
	ModelAndView crisis(HttpServletRequest request, Locale locale) {
		Draft answers = this.cookie.read(request);
		if (!answers.anyCrisis()) {
			return seeOther(BASE + "/resume");
		}
		// The line that fits the answers first, then the advice for each crisis answer.
		Crisis crisis = answers.crisis();
		return page("screening/crisis", answers.respondent())
			.addObject("crisisResources", CrisisResource.orderFor(crisis))
			.addObject("crisisAdvice", this.pages.crisisAdvice(crisis, answers.respondent(), locale))
			.addObject("pageLevel", Level.EMERGENCY)
			.addObject("pageRule", Rule.R1);
	}

	/** Back to where a screening in progress stands: "Return to your questions". */
	@GetMapping("/resume")
	ModelAndView resume(HttpServletRequest request) {
		return stopBefore(this.cookie.read(request), null).orElseGet(() -> seeOther(BASE + "/check"));
	}

	/**
	 * "Start again" and "Clear my answers": nothing of the answers stays in the browser.
	 */
	@PostMapping("/clear")
	ModelAndView clear(HttpServletRequest request, HttpServletResponse response) {
		this.cookie.clear(request, response);
		return seeOther(BASE);
	}

	/**
	 * Where a visitor must go instead of a page: the first page before it that lacks an
	 * answer, or the crisis page once a crisis answer is given.
	 * @param before the page asked for, or {@code null} for one that needs every answer
	 */
	private Optional<ModelAndView> stopBefore(Draft answers, Step before) {
		return Detour.before(answers, before)
			.map((detour) -> seeOther(detour.isCrisis() ? BASE + "/crisis" : stepUrl(detour.incomplete(), false)));
	}

	private ModelAndView showStep(Step step, Draft answers, List<Problem> problems, String notice, boolean changing,
			Locale locale) {
		StepPage page = this.pages.stepPage(step, answers, problems, notice, changing, locale);
		ModelAndView view = page("screening/step", answers.respondent()).addObject("page", page);
		return page.showsNoAnswer() ? RenderedPages.reusable(view) : view;
	}

	private static ModelAndView page(String view, Respondent respondent) {
		return new ModelAndView(view).addObject("who", respondent.name());
	}

	private static ModelAndView seeOther(String url) {
		RedirectView redirect = new RedirectView(url, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		return new ModelAndView(redirect);
	}

}
