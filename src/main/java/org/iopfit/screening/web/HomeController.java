package org.iopfit.screening.web;

import java.util.List;

import org.iopfit.placement.CrisisResource;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page and the "need help now?" page that every page links to.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "index";
	}

	@GetMapping("/help-now")
	String helpNow(Model model) {
		model.addAttribute("crisisResources", List.of(CrisisResource.values()));
		return "help-now";
	}

}
