package org.iopfit.staff.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every staff page's layout needs: who is signed in (for the menu), when the session
 * ends if idle (for the warning), and the address the language switch reloads.
 */
@ControllerAdvice(basePackageClasses = StaffPages.class)
class StaffPages {

	private final Times times;

	private final Clock clock;

	StaffPages(Times times, Clock clock) {
		this.times = times;
		this.clock = clock;
	}

	@ModelAttribute("staffUser")
	StaffUser staffUser(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		boolean admin = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		return new StaffUser(authentication.getName(), admin);
	}

	@ModelAttribute("idle")
	IdleNotice idle(Authentication authentication, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (staffUser(authentication) == null || session == null || session.getMaxInactiveInterval() <= 0) {
			return null;
		}
		int seconds = session.getMaxInactiveInterval();
		return new IdleNotice(seconds, Math.max(0, seconds - IdleNotice.WARN_BEFORE_SECONDS),
				this.times.time(this.clock.instant().plusSeconds(seconds)), Math.max(1, seconds / 60));
	}

	@ModelAttribute("languagePath")
	String languagePath(HttpServletRequest request) {
		// A failed sign-in is shown at a POST-only address: switch on the sign-in page.
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/staff/login-failed") ? "/staff/login" : path;
	}

}
