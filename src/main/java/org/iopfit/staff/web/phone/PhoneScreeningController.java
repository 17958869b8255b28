package org.iopfit.staff.web.phone;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

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
import org.iopfit.records.PhoneCall;
import org.iopfit.records.PhoneCalls;
import org.iopfit.records.ReferenceCode;
import org.iopfit.records.SavedScreening;
import org.iopfit.records.ScreeningRecords;
import org.iopfit.records.TypedText;
import org.iopfit.screening.Detour;
import org.iopfit.screening.ErrorLink;
import org.iopfit.screening.QuestionView;
import org.iopfit.staff.web.CallRow;
import org.iopfit.staff.web.Times;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Phone mode: staff screen a caller with the public questionnaire's own pages (the
 * question table, {@link AnswerReader}, {@link Draft}, the step order and the rules),
 * with the staff script around them. A call is a row with a random id from its first step
 * ({@link PhoneCalls}), every page's answers kept as they are posted, so two tabs are two
 * calls and a timeout or a restart loses nothing. A crisis answer, or the crisis control
 * on any page, saves the emergency record at once and opens the protocol; otherwise the
 * result is read aloud and the call saved once, whatever is sent twice.
 */
@Controller
class PhoneScreeningController {

	static final String START = "/staff/screenings/new";

	static final String CALLS = "/staff/calls";

	/**
	 * Fields a step's form sends besides its questions: the token, and the language
	 * button, which keeps the page's ticks while it switches.
	 */
	private static final Set<String> CONTROLS = Set.of("_csrf", "lang");

	private static final int MAX_REASON = 1000;

	private final PhoneCalls calls;

	private final ScreeningRecords records;

	private final PhoneScript script;

	private final MessageSource messages;

	private final Times times;

	PhoneScreeningController(PhoneCalls calls, ScreeningRecords records, PhoneScript script, MessageSource messages,
			Times times) {
		this.times = times;
		this.calls = calls;
		this.records = records;
		this.script = script;
		this.messages = messages;
	}

	@ModelAttribute("callTypes")
	CallType[] callTypes() {
		return CallType.values();
	}

	/**
	 * The start page: the worker's unfinished calls, and a new one under an id drawn now,
	 * so that posting this page twice starts one call.
	 */
	@GetMapping(START)
	ModelAndView start(Authentication user, Locale locale) {
		return startPage(PhoneCall.newId(), null, "", Map.of(), user, locale);
	}

	@PostMapping(CALLS)
	ModelAndView begin(@RequestParam(name = "call", required = false) String id,
			@RequestParam(name = "callType", required = false) String callType, Authentication user, Locale locale) {
		String callId = PhoneCall.isId(id) ? id : PhoneCall.newId();
		Optional<CallType> type = callType(callType);
		if (type.isEmpty()) {
			return startPage(callId, null, orEmpty(callType),
					Map.of("callType-" + CallType.SELF, "staff.phone.callType.error"), user, locale);
		}
		PhoneCall call = started(() -> this.calls.start(user.getName(), callId, type.get(),
				who(Draft.empty(), type.get()), null, Step.SAFETY.slug()), user, callId);
		return redirect(CallRow.address(call));
	}

	/** "Go on": the page the call was left on. */
	@GetMapping(CALLS + "/{id}")
	ModelAndView goOn(@PathVariable String id, Authentication user) {
		return this.calls.open(user.getName(), id)
			.map((call) -> redirect(CallRow.address(call)))
			.orElseGet(() -> ended(id, user));
	}

	@GetMapping(CALLS + "/{id}/who")
	ModelAndView who(@PathVariable String id, Authentication user, Locale locale) {
		return opened(id, user, (call) -> startPage(call.id(), call, call.callType().name(), Map.of(), user, locale));
	}

	@PostMapping(CALLS + "/{id}/who")
	ModelAndView chooseCallType(@PathVariable String id,
			@RequestParam(name = "callType", required = false) String callType, Authentication user, Locale locale) {
		Optional<PhoneCall> found = this.calls.get(user.getName(), id);
		if (found.isEmpty()) {
			return ended(id, user);
		}
		PhoneCall call = found.get();
		Optional<CallType> type = callType(callType);
		if (type.isEmpty()) {
			return startPage(call.id(), call, orEmpty(callType),
					Map.of("callType-" + CallType.SELF, "staff.phone.callType.error"), user, locale);
		}
		if (call.inCrisis()) {
			return redirect(CallRow.address(call));
		}
		this.calls.save(user.getName(), call, type.get(), who(call.draft(), type.get()), Step.SAFETY.slug());
		return redirect(stepAddress(call, Step.SAFETY.slug()));
	}

	@GetMapping(CALLS + "/{id}/discard")
	ModelAndView confirmDiscard(@PathVariable String id, Authentication user) {
		return opened(id, user,
				(call) -> new ModelAndView("staff/phone-discard").addObject("action", stepAddress(call, "discard"))
					.addObject("back", CallRow.address(call))
					.addObject("callTypeKey", "staff.phone.callType." + call.callType())
					.addObject("stepKey", "staff.calls.step." + call.step())
					.addObject("inCrisis", call.inCrisis()));
	}

	@PostMapping(CALLS + "/{id}/discard")
	ModelAndView discard(@PathVariable String id, Authentication user) {
		// Sent twice, the second finds nothing left to discard: the same end.
		this.calls.get(user.getName(), id).ifPresent((call) -> this.calls.discard(user.getName(), call));
		return redirect("/staff");
	}

	/**
	 * The crisis control on a page: the page's answers are kept with every earlier one,
	 * the emergency record is saved at once, then the protocol is shown.
	 */
	@PostMapping(CALLS + "/{id}/{slug}/crisis")
	ModelAndView crisisControl(@PathVariable String id, @PathVariable String slug,
			@RequestParam MultiValueMap<String, String> form, Authentication user) {
		Optional<PhoneCall> found = this.calls.get(user.getName(), id);
		if (found.isEmpty()) {
			return ended(id, user);
		}
		PhoneCall call = found.get();
		Draft answers = call.draft();
		Optional<Step> page = Step.fromSlug(slug).filter((step) -> step != Step.WHO);
		if (page.isPresent() && !call.inCrisis()) {
			// Whatever was ticked on the page and reads as an answer is kept; a page half
			// answered is still half the caller's answers.
			Draft before = answers.without(page.get());
			Reading reading = AnswerReader.read(PageForm.read(page.get(), form, CONTROLS),
					page.get().questions(before));
			answers = before.with(reading.answers());
		}
		return openCrisis(call, answers, user);
	}

	@GetMapping(CALLS + "/{id}/crisis")
	ModelAndView crisis(@PathVariable String id, Authentication user, Locale locale) {
		return opened(id, user, (call) -> {
			Optional<SavedScreening> emergency = this.records.savedFromCall(user.getName(), call.id());
			if (!call.inCrisis() || emergency.isEmpty()) {
				return redirect(CallRow.address(call));
			}
			return crisisPage(call, emergency.get(), new CallRecordForm(), Map.of(), locale);
		});
	}

	@PostMapping(CALLS + "/{id}/crisis")
	ModelAndView saveEmergency(@PathVariable String id, @ModelAttribute("call") CallRecordForm form,
			Authentication user, Locale locale) {
		return inCrisis(id, user, (call, emergency) -> {
			Map<String, String> errors = form.errors(Level.EMERGENCY);
			errors.remove("recordedLevel");
			errors.remove("overrideReason");
			if (!errors.isEmpty()) {
				return crisisPage(call, emergency, form, errors, locale);
			}
			form.setRecordedLevel("");
			this.calls.closeCrisis(user.getName(), call, emergency, form.toDetails(call.callType(), Level.EMERGENCY),
					form.crisisActions(), form.getLocation());
			return saved(emergency);
		});
	}

	/**
	 * "Back to the questions": the crisis was chosen by mistake. The emergency record
	 * stays, marked withdrawn with the reason; the call goes on.
	 */
	@PostMapping(CALLS + "/{id}/crisis/withdraw")
	ModelAndView withdraw(@PathVariable String id, @RequestParam(name = "reason", required = false) String reason,
			Authentication user, Locale locale) {
		return inCrisis(id, user, (call, emergency) -> {
			String typed = orEmpty(reason);
			String error = typed.isBlank() ? "staff.phone.crisis.withdraw.error.empty"
					: (!TypedText.isCleanText(typed)) ? "staff.phone.crisis.withdraw.error.characters"
							: (typed.strip().length() > MAX_REASON) ? "staff.phone.crisis.withdraw.error.long" : null;
			if (error != null) {
				ModelAndView page = crisisPage(call, emergency, new CallRecordForm(), Map.of("withdrawReason", error),
						locale);
				page.addObject("withdrawReason", typed);
				page.setStatus(HttpStatus.BAD_REQUEST);
				return page;
			}
			return redirect(CallRow.address(this.calls.withdrawCrisis(user.getName(), call, emergency, typed)));
		});
	}

	@GetMapping(CALLS + "/{id}/result")
	ModelAndView result(@PathVariable String id, Authentication user, Locale locale) {
		return opened(id, user, (call) -> stopBefore(call, null)
			.orElseGet(() -> resultPage(call, new CallRecordForm(), Map.of(), locale)));
	}

	@PostMapping(CALLS + "/{id}/result")
	ModelAndView save(@PathVariable String id, @ModelAttribute("call") CallRecordForm form, Authentication user,
			Locale locale) {
		Optional<PhoneCall> found = this.calls.get(user.getName(), id);
		if (found.isEmpty()) {
			// A second submit of a call already saved (a double click, Enter twice, Back
			// then Save) lands on its record.
			return ended(id, user);
		}
		PhoneCall call = found.get();
		Optional<ModelAndView> stop = stopBefore(call, null);
		if (stop.isPresent()) {
			return stop.get();
		}
		Recommendation recommendation = this.records.recommend(call.draft()).orElseThrow();
		Map<String, String> errors = form.errors(recommendation.level());
		errors.remove("action-" + CrisisAction.values()[0]);
		errors.remove("location");
		if (!errors.isEmpty()) {
			return resultPage(call, form, errors, locale);
		}
		try {
			return saved(
					this.calls.finish(user.getName(), call, form.toDetails(call.callType(), recommendation.level())));
		}
		catch (DataIntegrityViolationException ex) {
			// The same call saved by a request a moment earlier: the database's unique
			// call id refused this one. Its record is the answer.
			return this.records.savedFromCall(user.getName(), call.id()).map(this::saved).orElseThrow(() -> ex);
		}
	}

	@GetMapping(CALLS + "/{id}/{slug}")
	ModelAndView step(@PathVariable String id, @PathVariable String slug, Authentication user, Locale locale) {
		Optional<Step> step = Step.fromSlug(slug).filter((found) -> found != Step.WHO);
		if (step.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return opened(id, user, (call) -> stopBefore(call, step.get())
			.orElseGet(() -> stepPage(step.get(), call, call.draft(), List.of(), locale)));
	}

	@PostMapping(CALLS + "/{id}/{slug}")
	ModelAndView answer(@PathVariable String id, @PathVariable String slug,
			@RequestParam MultiValueMap<String, String> form, Authentication user, Locale locale) {
		Optional<Step> posted = Step.fromSlug(slug).filter((found) -> found != Step.WHO);
		if (posted.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Optional<PhoneCall> found = this.calls.get(user.getName(), id);
		if (found.isEmpty()) {
			return ended(id, user);
		}
		PhoneCall call = found.get();
		Optional<ModelAndView> stop = stopBefore(call, posted.get());
		if (stop.isPresent()) {
			return stop.get();
		}
		Step step = posted.get();
		// A question about a substance not chosen on an earlier page is not on this one.
		Draft before = call.draft().without(step);
		Reading reading = AnswerReader.read(PageForm.read(step, form, CONTROLS), step.questions(before));
		Draft answers = before.with(reading.answers());
		if (form.containsKey("lang") && !answers.anyCrisis()) {
			// The language button: the page again in the other language (switched by the
			// form's own lang field), with what was ticked kept and nothing asked yet.
			PhoneCall kept = this.calls.save(user.getName(), call, call.callType(), answers, step.slug());
			return redirect(stepAddress(kept, step.slug()));
		}
		if (!reading.isValid()) {
			// What was ticked is kept, so a language switch or a timeout now loses
			// nothing.
			PhoneCall kept = this.calls.save(user.getName(), call, call.callType(), answers, step.slug());
			ModelAndView page = stepPage(step, kept, answers, reading.problems(), locale);
			page.setStatus(reading.onlyUnanswered() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
			return page;
		}
		if (answers.anyCrisis()) {
			return openCrisis(call, answers, user);
		}
		String next = answers.firstIncompleteBefore(step)
			.map(Step::slug)
			.orElse(step.next().map(Step::slug).orElse(PhoneCall.RESULT));
		PhoneCall kept = this.calls.save(user.getName(), call, call.callType(), answers, next);
		return redirect(CallRow.address(kept));
	}

	private ModelAndView openCrisis(PhoneCall call, Draft answers, Authentication user) {
		try {
			this.calls.openCrisis(user.getName(), call, answers);
		}
		catch (DataIntegrityViolationException ex) {
			// The crisis control sent twice at once: the first request saved the record.
			if (this.records.savedFromCall(user.getName(), call.id()).isEmpty()) {
				throw ex;
			}
		}
		return redirect(stepAddress(call, PhoneCall.CRISIS));
	}

	private PhoneCall started(Supplier<Optional<PhoneCall>> start, Authentication user, String id) {
		try {
			return start.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (DataIntegrityViolationException ex) {
			// The start page posted twice at once: the first request started the call.
			return this.calls.get(user.getName(), id).orElseThrow(() -> ex);
		}
	}

	/** A page of a call its worker opens (audited), or where an ended one went. */
	private ModelAndView opened(String id, Authentication user, Function<PhoneCall, ModelAndView> page) {
		return this.calls.open(user.getName(), id).map(page).orElseGet(() -> ended(id, user));
	}

	/**
	 * A form of the crisis protocol, for a call whose emergency record is saved. Sent
	 * again after the protocol was closed or withdrawn, it goes to where the call is now.
	 */
	private ModelAndView inCrisis(String id, Authentication user,
			BiFunction<PhoneCall, SavedScreening, ModelAndView> form) {
		Optional<PhoneCall> found = this.calls.get(user.getName(), id);
		if (found.isEmpty()) {
			return ended(id, user);
		}
		PhoneCall call = found.get();
		Optional<SavedScreening> emergency = this.records.savedFromCall(user.getName(), call.id());
		if (!call.inCrisis() || emergency.isEmpty()) {
			return redirect(CallRow.address(call));
		}
		return form.apply(call, emergency.get());
	}

	/**
	 * A call that is not (or no longer) there: one this worker saved shows its record;
	 * any other is not found, whoever's it is.
	 */
	private ModelAndView ended(String id, Authentication user) {
		if (PhoneCall.isId(id)) {
			Optional<SavedScreening> saved = this.records.savedFromCall(user.getName(), id);
			if (saved.isPresent()) {
				return saved(saved.get());
			}
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/**
	 * Where staff must go instead of a page: the first page with a question not answered,
	 * or the crisis protocol while it is open.
	 */
	private Optional<ModelAndView> stopBefore(PhoneCall call, Step before) {
		if (call.inCrisis()) {
			return Optional.of(redirect(stepAddress(call, PhoneCall.CRISIS)));
		}
		return Detour.before(call.draft(), before)
			.map((detour) -> redirect(stepAddress(call, detour.isCrisis() ? Step.SAFETY.slug()
					: (detour.incomplete() == Step.WHO) ? "who" : detour.incomplete().slug())));
	}

	private ModelAndView startPage(String id, PhoneCall call, String callType, Map<String, String> errors,
			Authentication user, Locale locale) {
		return new ModelAndView("staff/phone-start").addObject("opening", this.script.opening(locale))
			.addObject("callType", callType)
			.addObject("callId", id)
			.addObject("action", (call != null) ? stepAddress(call, "who") : CALLS)
			.addObject("errors", errors)
			.addObject("inProgress", call != null)
			.addObject("discardUrl", (call != null) ? stepAddress(call, "discard") : null)
			.addObject("calls",
					(call != null) ? List.of() : CallRow.of(this.calls.unfinished(user.getName()), this.times))
			.addObject("confirming", (call != null) ? display(call.basedOnCode()) : null);
	}

	private ModelAndView stepPage(Step step, PhoneCall call, Draft answers, List<Problem> problems, Locale locale) {
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
			.addObject("action", stepAddress(call, step.slug()))
			.addObject("crisisAction", stepAddress(call, step.slug() + "/crisis"))
			.addObject("otherLanguage", "es".equals(locale.getLanguage()) ? "en" : "es")
			.addObject("discardUrl", stepAddress(call, "discard"))
			.addObject("backUrl", stepAddress(call, step.previous().map(Step::slug).orElse("who")))
			.addObject("callTypeKey", "staff.phone.callType." + call.callType())
			.addObject("confirming", display(call.basedOnCode()));
	}

	private ModelAndView crisisPage(PhoneCall call, SavedScreening emergency, CallRecordForm form,
			Map<String, String> errors, Locale locale) {
		Draft answers = call.draft();
		return callPage("staff/phone-crisis", call, form, errors)
			.addObject("say", this.script.crisisSay(answers.respondent(), locale))
			.addObject("steps", this.script.crisisSteps(answers.crisis(), locale))
			.addObject("crisisResources", CrisisResource.orderFor(answers.crisis()))
			.addObject("crisisAnswers",
					Step.SAFETY.questions()
						.stream()
						.filter((question) -> Boolean.TRUE.equals(answers.get(question).orElse(null)))
						.map((question) -> "q." + question.path() + ".short." + answers.respondent())
						.toList())
			.addObject("savedCode", emergency.code().display())
			.addObject("action", stepAddress(call, PhoneCall.CRISIS))
			.addObject("withdrawAction", stepAddress(call, PhoneCall.CRISIS + "/withdraw"))
			.addObject("withdrawReason", "")
			.addObject("actions", CrisisAction.values())
			.addObject("pageLevel", Level.EMERGENCY)
			.addObject("pageRule", Rule.R1);
	}

	private ModelAndView resultPage(PhoneCall call, CallRecordForm form, Map<String, String> errors, Locale locale) {
		Recommendation recommendation = this.records.recommend(call.draft()).orElseThrow();
		return callPage("staff/phone-result", call, form, errors).addObject("recommendation", recommendation)
			.addObject("result", this.script.result(call.draft(), recommendation, locale))
			.addObject("levels", List.of(Level.OUTPATIENT, Level.IOP, Level.INPATIENT))
			.addObject("action", stepAddress(call, PhoneCall.RESULT))
			.addObject("crisisAction", stepAddress(call, PhoneCall.RESULT + "/crisis"))
			.addObject("backUrl", stepAddress(call, Step.LIFE.slug()))
			.addObject("discardUrl", stepAddress(call, "discard"))
			.addObject("pageLevel", recommendation.level())
			.addObject("pageRule", recommendation.decidedBy());
	}

	private ModelAndView callPage(String view, PhoneCall call, CallRecordForm form, Map<String, String> errors) {
		return new ModelAndView(view).addObject("call", form)
			.addObject("errors", errors)
			.addObject("dispositions", Disposition.values())
			.addObject("callTypeKey", "staff.phone.callType." + call.callType())
			.addObject("confirming", display(call.basedOnCode()));
	}

	/** The answers with who is calling, for a call type. */
	private static Draft who(Draft answers, CallType type) {
		Reading who = AnswerReader.read(
				Map.of(Question.RESPONDENT.path(), List.of(RawValue.formField(type.respondent().name()))),
				Step.WHO.questions());
		return answers.without(Step.WHO).with(who.answers());
	}

	private static Optional<CallType> callType(String name) {
		return List.of(CallType.values()).stream().filter((value) -> value.name().equals(name)).findFirst();
	}

	private ModelAndView saved(SavedScreening screening) {
		return redirect("/staff/screenings/" + screening.code().value() + "?saved");
	}

	private static String stepAddress(PhoneCall call, String page) {
		return CALLS + "/" + call.id() + "/" + page;
	}

	private String display(String code) {
		return (code != null) ? new ReferenceCode(code).display() : null;
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	private static ModelAndView redirect(String url) {
		return new ModelAndView("redirect:" + url);
	}

}
