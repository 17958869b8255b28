package org.iopfit.staff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopfit.system.TransportProperties;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's start page.
 */
@Controller
class StaffHomeController {

	private final TransportProperties transport;

	StaffHomeController(TransportProperties transport) {
		this.transport = transport;
	}

	/**
	 * The start page, where every sign-in ends (after the password, the passkey or the
	 * recovery code): a worker whose session ended on a call's page goes back to it.
	 */
	@GetMapping("/staff")
	String home(HttpServletRequest request, HttpServletResponse response) {
		return IdleTimeout.takeReturn(request, response, this.transport)
			.map((path) -> "redirect:" + path)
			.orElse("staff/home");
	}

}
