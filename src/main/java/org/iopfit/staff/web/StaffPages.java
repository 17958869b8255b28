package org.iopfit.staff.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every staff page's layout needs: who is signed in (for the menu), and the address
 * the language switch reloads.
 */
@ControllerAdvice(basePackageClasses = StaffPages.class)
class StaffPages {

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

	@ModelAttribute("languagePath")
	String languagePath(HttpServletRequest request) {
		// A failed sign-in is shown at a POST-only address: switch on the sign-in page.
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/staff/login-failed") ? "/staff/login" : path;
	}

}
