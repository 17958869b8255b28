package org.iopfit.system.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.util.UrlPathHelper;

/**
 * A questionnaire page posted with a missing or stale CSRF token (a tab restored after
 * the browser lost its cookies) loses nothing: it is handed on to the questionnaire with
 * {@link #ATTRIBUTE} set, which shows the page again with its answers and asks to press
 * Continue once more, instead of saving them. Every other refusal is a plain 403.
 */
public final class CsrfRejection implements AccessDeniedHandler {

	/** The request attribute that marks a page handed on after a CSRF refusal. */
	public static final String ATTRIBUTE = CsrfRejection.class.getName();

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		String path = PATHS.getPathWithinApplication(request);
		boolean questionnairePage = path.startsWith("/screening/") && !path.equals("/screening/clear");
		if (denied instanceof CsrfException && HttpMethod.POST.matches(request.getMethod()) && questionnairePage) {
			request.setAttribute(ATTRIBUTE, Boolean.TRUE);
			request.getRequestDispatcher(path).forward(request, response);
			return;
		}
		this.forbidden.handle(request, response, denied);
	}

	/** Whether a request is a page handed on after a CSRF refusal. */
	public static boolean isRejected(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) != null;
	}

}
