package org.iopfit.screening.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.iopfit.placement.Crisis;
import org.iopfit.placement.CrisisResource;
import org.iopfit.placement.Level;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Recommendation;
import org.iopfit.placement.Rule;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The questionnaire. No server session and nothing in the address: every page posts all
 * the answers given so far, which are validated again on every post. So a screening
 * survives a server restart, and an anonymous visitor leaves nothing behind.
 * <p>
 * The pages answer a post by showing the next page rather than redirecting (the house's
 * post/redirect/get), since a redirect could only carry the answers in the address.
 */
@Controller
@RequestMapping("/screening")
class ScreeningController {

	/** A submit button's name; its value says what to do. */
	static final String ACTION = "action";

	/**
	 * The language switch's field: present, it only re-renders the page in that language.
	 */
	static final String LANGUAGE = "lang";

	private final PlacementRules rules;

	private final SmartValidator validator;

	private final MessageSource messages;

	ScreeningController(PlacementRules rules, SmartValidator validator, MessageSource messages) {
		this.rules = rules;
		this.validator = validator;
		this.messages = messages;
	}

	/** The only form fields bound: the answers, and whether one is being changed. */
	private static final String[] BOUND_FIELDS = Stream
		.concat(Stream.of("changing"), Stream.of(Step.values()).flatMap((step) -> step.fields().stream()))
		.toArray(String[]::new);

	@InitBinder("form")
	void allowOnlyAnswers(WebDataBinder binder) {
		binder.setAllowedFields(BOUND_FIELDS);
	}

	@GetMapping
	String start(Model model) {
		return showStep(Step.WHO, new ScreeningForm(), Map.of(), null, model);
	}

	/**
	 * A page's address opened directly (a bookmark, a shared link, a reload after the
	 * answers are gone) starts again: the answers were never in the address to come back
	 * to.
	 */
	@GetMapping("/{slug}")
	String restart() {
		return "redirect:/screening";
	}

	@PostMapping("/{slug}")
	String answer(@PathVariable String slug, @ModelAttribute("form") ScreeningForm form, BindingResult binding,
			@RequestParam(name = ACTION, required = false) String action,
			@RequestParam(name = LANGUAGE, required = false) String language, Locale locale, Model model) {
		Optional<Step> asked = Step.fromSlug(slug);
		if (asked.isEmpty()) {
			return checkOrFirstUnanswered(form, binding, locale, model);
		}
		Step step = asked.get();
		if (language != null && action == null) {
			return showStep(step, form, Map.of(), null, model);
		}
		if ("back".equals(action)) {
			if (form.isChanging()) {
				return showCheck(form, model);
			}
			return step.previous()
				.map((previous) -> showStep(previous, form, Map.of(), null, model))
				.orElse("redirect:/");
		}
		Optional<String> unanswered = firstUnanswered(form, binding, step, locale, model);
		if (unanswered.isPresent()) {
			return unanswered.get();
		}
		if (form.getCrisis().any()) {
			return showCrisis(form, model);
		}
		if (form.isChanging() || step.next().isEmpty()) {
			return checkOrFirstUnanswered(form, binding, locale, model);
		}
		return showStep(step.next().get(), form, Map.of(), null, model);
	}

	@PostMapping("/check")
	String check(@ModelAttribute("form") ScreeningForm form, BindingResult binding,
			@RequestParam(name = "change", required = false) String change, Locale locale, Model model) {
		Optional<String> unanswered = firstUnanswered(form, binding, Step.LIFE, locale, model);
		if (unanswered.isPresent()) {
			return unanswered.get();
		}
		Optional<Step> changed = (change != null) ? Step.fromSlug(change) : Optional.empty();
		if (changed.isPresent()) {
			form.setChanging(true);
			return showStep(changed.get(), form, Map.of(), null, model);
		}
		return showCheck(form, model);
	}

	@PostMapping("/result")
	String result(@ModelAttribute("form") ScreeningForm form, BindingResult binding, Locale locale, Model model) {
		Optional<String> unanswered = firstUnanswered(form, binding, Step.LIFE, locale, model);
		if (unanswered.isPresent()) {
			return unanswered.get();
		}
		Recommendation recommendation = this.rules.recommend(form.toAnswers());
		if (recommendation.isEmergency()) {
			return showCrisis(form, model);
		}
		model.addAttribute("recommendation", recommendation);
		model.addAttribute("otherLevels",
				List.of(Level.OUTPATIENT, Level.IOP, Level.INPATIENT)
					.stream()
					.filter((level) -> level != recommendation.level())
					.toList());
		answers(model, form, null);
		pageData(model, recommendation.level(), recommendation.decidedBy());
		return "screening/result";
	}

	@PostMapping("/crisis")
	String crisis(@ModelAttribute("form") ScreeningForm form, BindingResult binding,
			@RequestParam(name = ACTION, required = false) String action, Model model) {
		if ("back".equals(action)) {
			return showStep(Step.SAFETY, form, Map.of(), null, model);
		}
		return showCrisis(form, model);
	}

	/**
	 * Validates every page up to {@code last}; where one lacks an answer, that page, with
	 * its errors. An earlier page than the one posted means the post was tampered with or
	 * a step was skipped: that page says so in plain words.
	 */
	private Optional<String> firstUnanswered(ScreeningForm form, BindingResult binding, Step last, Locale locale,
			Model model) {
		this.validator.validate(form, binding, (Object[]) last.groupsSoFar());
		Step first = null;
		for (FieldError error : binding.getFieldErrors()) {
			Step step = Step.asking(error.getField()).orElse(null);
			if (step != null && step.compareTo(last) <= 0 && (first == null || step.compareTo(first) < 0)) {
				first = step;
			}
		}
		if (first == null) {
			return Optional.empty();
		}
		Map<String, String> errors = new LinkedHashMap<>();
		for (Question question : first.questions()) {
			boolean wrong = binding.getFieldErrors()
				.stream()
				.anyMatch((error) -> error.getField().replaceAll("\\[.*$", "").equals(question.field()));
			if (wrong) {
				errors.put(question.field(),
						this.messages.getMessage("error." + question.field() + "." + form.getWho(), null, locale));
			}
		}
		String notice = (first.compareTo(last) < 0) ? "screening.notice.earlier" : null;
		return Optional.of(showStep(first, form, errors, notice, model));
	}

	/** Check your answers, or the first page that still lacks one. */
	private String checkOrFirstUnanswered(ScreeningForm form, BindingResult binding, Locale locale, Model model) {
		return firstUnanswered(form, binding, Step.LIFE, locale, model).orElseGet(() -> showCheck(form, model));
	}

	private String showStep(Step step, ScreeningForm form, Map<String, String> errors, String notice, Model model) {
		answers(model, form, step);
		model.addAttribute("step", step);
		model.addAttribute("steps", Step.count());
		model.addAttribute("errors", errors);
		model.addAttribute("notice", notice);
		return "screening/step";
	}

	private String showCheck(ScreeningForm form, Model model) {
		form.setChanging(false);
		answers(model, form, null);
		model.addAttribute("allSteps", List.of(Step.values()));
		return "screening/check";
	}

	private String showCrisis(ScreeningForm form, Model model) {
		answers(model, form, null);
		crisisHelp(model, form.getCrisis());
		pageData(model, Level.EMERGENCY, Rule.R1);
		return "screening/crisis";
	}

	/**
	 * The crisis page's lines, the one that fits the answers first, and the advice for
	 * each crisis answer given, the most urgent first. (Issue 7: the texts branch adds
	 * this; the crisis page reads {@code crisisResources} and {@code crisisAdvice}.)
	 */
	private static void crisisHelp(Model model, ScreeningForm.CrisisForm answers) {
		Crisis crisis = new Crisis(Boolean.TRUE.equals(answers.getSuicidalThoughts()),
				Boolean.TRUE.equals(answers.getOverdoseOrMedicalEmergency()),
				Boolean.TRUE.equals(answers.getSevereWithdrawalNow()));
		model.addAttribute("crisisResources", CrisisResource.orderFor(crisis));
		model.addAttribute("crisisAdvice", crisis.advice());
	}

	/**
	 * The answers for a page: the form, and the hidden fields of every page but the one
	 * shown.
	 */
	private static void answers(Model model, ScreeningForm form, Step shown) {
		model.addAttribute("form", form);
		model.addAttribute("hidden", form.hiddenFields(shown));
	}

	/** What staff tools and tests read off the page's main element. */
	private static void pageData(Model model, Level level, Rule rule) {
		model.addAttribute("pageLevel", level);
		model.addAttribute("pageRule", rule);
	}

}
