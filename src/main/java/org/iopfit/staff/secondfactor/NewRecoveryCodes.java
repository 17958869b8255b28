package org.iopfit.staff.secondfactor;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Recovery codes just made, kept in the staff member's own session between the request
 * that registered their first passkey and the page that shows them, which takes them out:
 * they are shown once, and only to the session that made them.
 */
public final class NewRecoveryCodes {

	private static final String ATTRIBUTE = NewRecoveryCodes.class.getName();

	private NewRecoveryCodes() {
	}

	/**
	 * Keeps new codes in the current request's session.
	 * @param codes the codes
	 */
	public static void keep(List<String> codes) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest().getSession().setAttribute(ATTRIBUTE, new ArrayList<>(codes));
		}
	}

	/**
	 * Takes the codes out of the session, so they can be shown this once.
	 * @param request the request
	 * @return the codes, empty when there are none to show
	 */
	@SuppressWarnings("unchecked")
	public static List<String> take(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof List<?> codes)) {
			return List.of();
		}
		session.removeAttribute(ATTRIBUTE);
		return List.copyOf((List<String>) codes);
	}

}
