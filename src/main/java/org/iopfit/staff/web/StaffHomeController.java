package org.iopfit.staff.web;

import org.iopfit.records.PhoneCalls;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's start page, with the worker's unfinished calls: after an idle timeout or
 * a break, "Go on" opens the page each was left on.
 */
@Controller
class StaffHomeController {

	private final PhoneCalls calls;

	StaffHomeController(PhoneCalls calls) {
		this.calls = calls;
	}

	@GetMapping("/staff")
	ModelAndView home(Authentication user) {
		return new ModelAndView("staff/home").addObject("calls", CallRow.of(this.calls.unfinished(user.getName())));
	}

}
