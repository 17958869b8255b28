package org.iopfit.screening.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.iopfit.placement.CrisisResource;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page and the "need help now?" page that every page links to.
 */
@Controller
class HomeController {

	private final AnswersCookie answers;

	HomeController(AnswersCookie answers) {
		this.answers = answers;
	}

	@GetMapping("/")
	String home() {
		return "index";
	}

	@GetMapping("/help-now")
	String helpNow(HttpServletRequest request, Model model) {
		model.addAttribute("crisisResources", List.of(CrisisResource.values()));
		model.addAttribute("screeningInProgress", this.answers.present(request));
		return "help-now";
	}

}
