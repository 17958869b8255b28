package org.iopfit.staff.web.phone;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.iopfit.placement.CrisisResource;
import org.iopfit.placement.Level;
import org.iopfit.placement.Recommendation;
import org.iopfit.placement.Rule;
import org.iopfit.questions.AnswerReader;
import org.iopfit.questions.Draft;
import org.iopfit.questions.PageForm;
import org.iopfit.questions.Problem;
import org.iopfit.questions.Question;
import org.iopfit.questions.RawValue;
import org.iopfit.questions.Reading;
import org.iopfit.questions.Step;
import org.iopfit.records.CallType;
import org.iopfit.records.CrisisAction;
import org.iopfit.records.Disposition;
import org.iopfit.records.ReferenceCode;
import org.iopfit.records.SavedScreening;
import org.iopfit.records.ScreeningRecords;
import org.iopfit.screening.Detour;
import org.iopfit.screening.ErrorLink;
import org.iopfit.screening.QuestionView;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Phone mode: staff screen a caller with the public questionnaire's own pages (the
 * question table, {@link AnswerReader}, {@link Draft}, the step order and the rules),
 * with the staff script around them. The answers so far live in the staff member's
 * session ({@link PhoneDraft}), never in an address. The first page asks who is calling,
 * which answers the questionnaire's first question; a crisis answer leads to the crisis
 * protocol and is saved as an emergency; otherwise the result is read aloud and the call
 * record saved with it.
 */
@Controller
@RequestMapping(PhoneScreeningController.BASE)
class PhoneScreeningController {

	static final String BASE = "/staff/screenings/new";

	private static final Set<String> CONTROLS = Set.of("_csrf");

	private final ScreeningRecords records;

	private final PhoneScript script;

	private final MessageSource messages;

	PhoneScreeningController(ScreeningRecords records, PhoneScript script, MessageSource messages) {
		this.records = records;
		this.script = script;
		this.messages = messages;
	}

	@ModelAttribute("callTypes")
	CallType[] callTypes() {
		return CallType.values();
	}

	@GetMapping
	ModelAndView start(@RequestParam(name = "callType", required = false) String suggested, HttpSession session,
			Locale locale) {
		Optional<PhoneDraft> draft = draft(session);
		String callType = draft.map(PhoneDraft::callType)
			.map(Enum::name)
			.orElse((suggested != null && suggested.matches("[A-Z_]{1,20}")) ? suggested : "");
		return startPage(callType, Map.of(), draft, locale);
	}

	@PostMapping
	ModelAndView chooseCallType(@RequestParam(name = "callType", required = false) String callType, HttpSession session,
			Locale locale) {
		Optional<PhoneDraft> draft = draft(session);
		CallType type = List.of(CallType.values())
			.stream()
			.filter((value) -> value.name().equals(callType))
			.findFirst()
			.orElse(null);
		if (type == null) {
			ModelAndView page = startPage((callType != null) ? callType : "",
					Map.of("callType-" + CallType.SELF, "staff.phone.callType.error"), draft, locale);
			return page;
		}
		Reading who = AnswerReader.read(
				Map.of(Question.RESPONDENT.path(), List.of(RawValue.formField(type.respondent().name()))),
				Step.WHO.questions());
		Draft answers = draft.map(PhoneDraft::draft).orElse(Draft.empty()).without(Step.WHO).with(who.answers());
		session.setAttribute(PhoneDraft.ATTRIBUTE,
				PhoneDraft.of(answers, type, draft.map(PhoneDraft::basedOn).orElse(null)));
		return redirect(BASE + "/" + Step.SAFETY.slug());
	}

	@PostMapping("/cancel")
	ModelAndView cancel(HttpSession session) {
		session.removeAttribute(PhoneDraft.ATTRIBUTE);
		return redirect("/staff");
	}

	@GetMapping("/crisis")
	ModelAndView crisis(HttpSession session, Locale locale) {
		Optional<PhoneDraft> draft = draft(session);
		if (draft.isEmpty() || !draft.get().draft().anyCrisis()) {
			return redirect(BASE);
		}
		return crisisPage(draft.get(), new CallRecordForm(), Map.of(), locale);
	}

	@PostMapping("/crisis")
	ModelAndView saveEmergency(@ModelAttribute("call") CallRecordForm call, Authentication user, HttpSession session,
			Locale locale) {
		Optional<PhoneDraft> draft = draft(session);
		if (draft.isEmpty() || !draft.get().draft().anyCrisis()) {
			return redirect(BASE);
		}
		Map<String, String> errors = call.errors(Level.EMERGENCY);
		errors.remove("recordedLevel");
		errors.remove("overrideReason");
		if (!errors.isEmpty()) {
			return crisisPage(draft.get(), call, errors, locale);
		}
		call.setRecordedLevel("");
		Draft answers = onlyUpToSafety(draft.get().draft());
		SavedScreening saved = this.records.savePhone(user.getName(), answers,
				call.toDetails(draft.get().callType(), Level.EMERGENCY), call.crisisActions(), basedOn(draft.get()));
		session.removeAttribute(PhoneDraft.ATTRIBUTE);
		return redirect("/staff/screenings/" + saved.code().value() + "?saved");
	}

	@GetMapping("/result")
	ModelAndView result(HttpSession session, Locale locale) {
		Optional<PhoneDraft> draft = draft(session);
		Optional<ModelAndView> stop = stopBefore(draft, null);
		return stop.orElseGet(() -> resultPage(draft.get(), new CallRecordForm(), Map.of(), locale));
	}

	@PostMapping("/result")
	ModelAndView save(@ModelAttribute("call") CallRecordForm call, Authentication user, HttpSession session,
			Locale locale) {
		Optional<PhoneDraft> draft = draft(session);
		Optional<ModelAndView> stop = stopBefore(draft, null);
		if (stop.isPresent()) {
			return stop.get();
		}
		Recommendation recommendation = this.records.recommend(draft.get().draft()).orElseThrow();
		Map<String, String> errors = call.errors(recommendation.level());
		errors.remove("action-" + CrisisAction.values()[0]);
		if (!errors.isEmpty()) {
			return resultPage(draft.get(), call, errors, locale);
		}
		SavedScreening saved = this.records.savePhone(user.getName(), draft.get().draft(),
				call.toDetails(draft.get().callType(), recommendation.level()), Set.of(), basedOn(draft.get()));
		session.removeAttribute(PhoneDraft.ATTRIBUTE);
		return redirect("/staff/screenings/" + saved.code().value() + "?saved");
	}

	@GetMapping("/{slug}")
	ModelAndView step(@PathVariable String slug, HttpSession session, Locale locale) {
		Optional<Step> step = Step.fromSlug(slug).filter((found) -> found != Step.WHO);
		if (step.isEmpty()) {
			return redirect(BASE);
		}
		Optional<PhoneDraft> draft = draft(session);
		return stopBefore(draft, step.get())
			.orElseGet(() -> stepPage(step.get(), draft.get(), draft.get().draft(), List.of(), locale));
	}

	@PostMapping("/{slug}")
	ModelAndView answer(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form,
			HttpSession session, Locale locale) {
		Optional<Step> posted = Step.fromSlug(slug).filter((found) -> found != Step.WHO);
		if (posted.isEmpty()) {
			return redirect(BASE);
		}
		Optional<PhoneDraft> draft = draft(session);
		Optional<ModelAndView> stop = stopBefore(draft, posted.get());
		if (stop.isPresent()) {
			return stop.get();
		}
		Step step = posted.get();
		Reading reading = AnswerReader.read(PageForm.read(step, form, CONTROLS), step.questions());
		Draft answers = draft.get().draft().without(step).with(reading.answers());
		if (!reading.isValid()) {
			ModelAndView page = stepPage(step, draft.get(), answers, reading.problems(), locale);
			page.setStatus(reading.onlyUnanswered() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
			return page;
		}
		session.setAttribute(PhoneDraft.ATTRIBUTE, draft.get().with(answers));
		if (answers.anyCrisis()) {
			return redirect(BASE + "/crisis");
		}
		Optional<Step> earlier = answers.firstIncompleteBefore(step);
		if (earlier.isPresent()) {
			return redirect(BASE + "/" + earlier.get().slug());
		}
		return redirect(step.next().map((next) -> BASE + "/" + next.slug()).orElse(BASE + "/result"));
	}

	private Optional<PhoneDraft> draft(HttpSession session) {
		Object value = session.getAttribute(PhoneDraft.ATTRIBUTE);
		if (value instanceof PhoneDraft draft) {
			try {
				draft.draft();
				return Optional.of(draft);
			}
			catch (IllegalArgumentException ex) {
				// Answers of another version of the table: start again.
				session.removeAttribute(PhoneDraft.ATTRIBUTE);
			}
		}
		return Optional.empty();
	}

	/**
	 * Where staff must go instead of a page: the start without a call type, the first
	 * page with a question not answered, or the crisis protocol once a crisis answer is
	 * given.
	 */
	private Optional<ModelAndView> stopBefore(Optional<PhoneDraft> draft, Step before) {
		if (draft.isEmpty() || draft.get().callType() == null) {
			return Optional.of(redirect(BASE));
		}
		return Detour.before(draft.get().draft(), before)
			.map((detour) -> redirect(detour.isCrisis() ? BASE + "/crisis"
					: (detour.incomplete() == Step.WHO) ? BASE : BASE + "/" + detour.incomplete().slug()));
	}

	private ModelAndView startPage(String callType, Map<String, String> errors, Optional<PhoneDraft> draft,
			Locale locale) {
		return new ModelAndView("staff/phone-start").addObject("opening", this.script.opening(locale))
			.addObject("callType", callType)
			.addObject("errors", errors)
			.addObject("inProgress", draft.isPresent() && draft.get().callType() != null)
			.addObject("confirming", draft.map(PhoneDraft::basedOn).map(this::display).orElse(null));
	}

	private ModelAndView stepPage(Step step, PhoneDraft draft, Draft answers, List<Problem> problems, Locale locale) {
		Set<Question> inError = EnumSet.noneOf(Question.class);
		problems.forEach((problem) -> problem.about().ifPresent(inError::add));
		List<QuestionView> questions = this.script.questions(step, answers, inError, locale);
		List<ErrorLink> links = questions.stream()
			.filter((question) -> question.error() != null)
			.map(QuestionView::errorLink)
			.toList();
		boolean unknown = problems.stream().anyMatch((problem) -> problem.about().isEmpty());
		String who = answers.respondent().name();
		return new ModelAndView("staff/phone-step")
			.addObject("heading", msg("step." + step.slug() + ".heading." + who, locale))
			.addObject("progress", msg("staff.phone.step.progress", locale, step.number() - 1, Step.count() - 1))
			.addObject("script", this.script.step(step, locale))
			.addObject("questions", questions)
			.addObject("errorLinks", links)
			.addObject("unknown", unknown)
			.addObject("action", BASE + "/" + step.slug())
			.addObject("backUrl",
					step.previous()
						.filter((previous) -> previous != Step.WHO)
						.map((previous) -> BASE + "/" + previous.slug())
						.orElse(BASE))
			.addObject("callTypeKey", "staff.phone.callType." + draft.callType())
			.addObject("confirming", display(draft.basedOn()));
	}

	private ModelAndView crisisPage(PhoneDraft draft, CallRecordForm call, Map<String, String> errors, Locale locale) {
		Draft answers = draft.draft();
		return callPage("staff/phone-crisis", draft, call, errors)
			.addObject("say", this.script.crisisSay(answers.respondent(), locale))
			.addObject("steps", this.script.crisisSteps(answers.crisis(), locale))
			.addObject("crisisLines", CrisisResource.orderFor(answers.crisis()))
			.addObject("crisisAnswers",
					Step.SAFETY.questions()
						.stream()
						.filter((question) -> Boolean.TRUE.equals(answers.get(question).orElse(null)))
						.map((question) -> "q." + question.path() + ".short." + answers.respondent())
						.toList())
			.addObject("actions", CrisisAction.values())
			.addObject("pageLevel", Level.EMERGENCY)
			.addObject("pageRule", Rule.R1);
	}

	private ModelAndView resultPage(PhoneDraft draft, CallRecordForm call, Map<String, String> errors, Locale locale) {
		Recommendation recommendation = this.records.recommend(draft.draft()).orElseThrow();
		return callPage("staff/phone-result", draft, call, errors).addObject("recommendation", recommendation)
			.addObject("result", this.script.result(draft.draft(), recommendation, locale))
			.addObject("levels", List.of(Level.OUTPATIENT, Level.IOP, Level.INPATIENT))
			.addObject("pageLevel", recommendation.level())
			.addObject("pageRule", recommendation.decidedBy());
	}

	private ModelAndView callPage(String view, PhoneDraft draft, CallRecordForm call, Map<String, String> errors) {
		return new ModelAndView(view).addObject("call", call)
			.addObject("errors", errors)
			.addObject("dispositions", Disposition.values())
			.addObject("callTypeKey", "staff.phone.callType." + draft.callType())
			.addObject("confirming", display(draft.basedOn()));
	}

	private static Draft onlyUpToSafety(Draft answers) {
		Draft kept = answers;
		for (Step step : Step.all()) {
			if (step.compareTo(Step.SAFETY) > 0) {
				kept = kept.without(step);
			}
		}
		return kept;
	}

	private static ReferenceCode basedOn(PhoneDraft draft) {
		return (draft.basedOn() != null) ? new ReferenceCode(draft.basedOn()) : null;
	}

	private String display(String code) {
		return (code != null) ? new ReferenceCode(code).display() : null;
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static ModelAndView redirect(String url) {
		return new ModelAndView("redirect:" + url);
	}

}
