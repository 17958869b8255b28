package org.iopfit.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The staff console's CSRF tokens: in the session once someone has signed in with it
 * (even with the password only, before the passkey), so a token taken from another client
 * (with its token cookie) is worthless beside this client's session cookie. Before that,
 * the sign-in page's token stays in a cookie, as the public pages' do: no session is made
 * for it (anonymous traffic must not fill the session table), and the token is replaced
 * at sign-in.
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CsrfTokenRepository cookies;

	SessionCsrfTokens(CsrfTokenRepository cookies) {
		this.cookies = cookies;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.cookies.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (signedIn(request)) {
			this.sessions.saveToken(token, request, response);
		}
		else {
			this.cookies.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return signedIn(request) ? this.sessions.loadToken(request) : this.cookies.loadToken(request);
	}

	private static boolean signedIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null
				&& session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
	}

}
