package org.iopfit.staff.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the posted form; a failed attempt is
 * forwarded here and shown with one message for every reason, so it never tells whether
 * the username exists or the account is locked.
 */
@Controller
class StaffLoginController {

	private final Duration idleLimit;

	// The session store's own idle limit (Spring Session takes spring.session.timeout,
	// else the servlet container's).
	StaffLoginController(@Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration idleLimit) {
		this.idleLimit = idleLimit;
	}

	@GetMapping("/staff/login")
	String login(@RequestParam(required = false) String logout, @RequestParam(required = false) String expired,
			@RequestParam(required = false) String timeout, Model model) {
		model.addAttribute("username", "");
		model.addAttribute("errors", Map.of());
		model.addAttribute("noErrors", Map.of());
		model.addAttribute("notice",
				(logout != null) ? "staff.login.signedOut" : (expired != null) ? "staff.login.expired" : null);
		model.addAttribute("timeoutMinutes",
				(timeout != null && logout == null && expired == null) ? this.idleLimit.toMinutes() : null);
		return "staff/login";
	}

	@PostMapping("/staff/login-failed")
	String failed(@RequestParam(defaultValue = "") String username, Model model) {
		model.addAttribute("timeoutMinutes", null);
		model.addAttribute("username", username);
		model.addAttribute("errors", Map.of("username", "staff.login.failed"));
		model.addAttribute("noErrors", Map.of());
		model.addAttribute("notice", null);
		return "staff/login";
	}

}
