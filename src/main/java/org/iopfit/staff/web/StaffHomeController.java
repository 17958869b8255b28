package org.iopfit.staff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopfit.records.PhoneCalls;
import org.iopfit.system.security.TransportProperties;

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

	private final Times times;

	private final TransportProperties transport;

	StaffHomeController(PhoneCalls calls, Times times, TransportProperties transport) {
		this.calls = calls;
		this.times = times;
		this.transport = transport;
	}

	/**
	 * The start page, where every sign-in ends (after the password, the passkey or the
	 * recovery code): a worker whose session ended on a call's page goes back to it.
	 */
	@GetMapping("/staff")
	ModelAndView home(Authentication user, HttpServletRequest request, HttpServletResponse response) {
		return IdleTimeout.takeReturn(request, response, this.transport)
			.map((path) -> new ModelAndView("redirect:" + path))
			.orElseGet(() -> new ModelAndView("staff/home").addObject("calls",
					CallRow.of(this.calls.unfinished(user.getName()), this.times)));
	}

}
