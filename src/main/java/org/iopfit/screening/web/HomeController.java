package org.iopfit.screening.web;

import jakarta.servlet.http.HttpServletRequest;

import org.iopfit.placement.Crisis;
import org.iopfit.placement.CrisisResource;
import org.iopfit.system.RenderedPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page, the "need help now?" page that every page links to, and the page for
 * families.
 */
@Controller
class HomeController {

	private final AnswersCookie answers;

	HomeController(AnswersCookie answers) {
		this.answers = answers;
	}

	/** The landing page; during a screening, its button returns to the questions. */
	@GetMapping("/")
	String home(HttpServletRequest request, Model model) {
		model.addAttribute("screeningInProgress", this.answers.present(request));
		RenderedPages.reusable(model);
		return "index";
	}

	@GetMapping("/help-now")
	String helpNow(HttpServletRequest request, Model model) {
		// Nothing is known about the danger here: 911 first.
		model.addAttribute("crisisResources", CrisisResource.orderFor(Crisis.NONE));
		model.addAttribute("screeningInProgress", this.answers.present(request));
		RenderedPages.reusable(model);
		return "help-now";
	}

	/**
	 * Help for families and friends: raising treatment, a refusal, support for
	 * themselves, an overdose, and what the provider may tell them.
	 */
	@GetMapping("/families")
	String families(Model model) {
		RenderedPages.reusable(model);
		return "families";
	}

}
