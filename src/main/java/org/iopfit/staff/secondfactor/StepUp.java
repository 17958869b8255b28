package org.iopfit.staff.secondfactor;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Step-up: a change to an account, a password or a second factor (creating, disabling or
 * enabling an account, setting a password, resetting another's passkeys, making an
 * enrolment code, removing a passkey, making new recovery codes) needs a check of the
 * staff member's identity (a passkey, a recovery code, or, for an account with no passkey
 * where the rule allows that, the password) within the last five minutes. A session left
 * open on a desk is not enough to take over other accounts.
 * <p>
 * A stale change is not made: the browser goes to {@link #CONFIRM} and, once confirmed,
 * back to the page it came from with a notice to try again. The form it posted is not
 * replayed: keeping a POST body across a redirect (a new password among it) and sending
 * it on later would store a secret in the session and act on a request the person may no
 * longer mean.
 */
public class StepUp extends OncePerRequestFilter {

	/** How long a check of identity is fresh enough for a change. */
	public static final Duration FRESH_FOR = Duration.ofMinutes(5);

	/** Where a staff member confirms it is them before a change. */
	public static final String CONFIRM = "/staff/confirm";

	/**
	 * The session attribute that holds the moment of the last check: the password at
	 * sign-in, a passkey, a recovery code, or a confirmation here.
	 */
	public static final String CONFIRMED_AT = StepUp.class.getName() + ".CONFIRMED_AT";

	/** The session attribute that holds the page to go back to after confirming. */
	public static final String RETURN_TO = StepUp.class.getName() + ".RETURN_TO";

	private static final Pattern ACCOUNT = Pattern.compile("/staff/accounts/(\\d+)(/.*)?");

	private static final Pattern OWN_SECOND_FACTOR = Pattern
		.compile("/staff/security/(passkeys/[^/]+/remove|recovery-codes)");

	private final Clock clock;

	public StepUp(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Notes a check of identity just made in this session.
	 * @param session the session
	 * @param now the moment
	 */
	public static void confirmed(HttpSession session, Instant now) {
		session.setAttribute(CONFIRMED_AT, now);
	}

	/**
	 * Takes the page to go back to after confirming, if a change sent the staff member
	 * here.
	 * @param session the session, or {@code null}
	 * @return the page's path, or {@code null}
	 */
	public static String takeReturn(HttpSession session) {
		if (session == null || !(session.getAttribute(RETURN_TO) instanceof String path)) {
			return null;
		}
		session.removeAttribute(RETURN_TO);
		return path;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String back = "POST".equals(request.getMethod()) ? returnTo(path) : null;
		if (back == null || authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		HttpSession session = request.getSession(false);
		Instant at = (session != null && session.getAttribute(CONFIRMED_AT) instanceof Instant instant) ? instant
				: null;
		if (at != null && this.clock.instant().isBefore(at.plus(FRESH_FOR))) {
			chain.doFilter(request, response);
			return;
		}
		request.getSession().setAttribute(RETURN_TO, back);
		response.sendRedirect(request.getContextPath() + CONFIRM);
	}

	/**
	 * The page a change is made from, for the changes that need a fresh check; the only
	 * pages the confirmation leads back to, so it can never be sent elsewhere.
	 */
	static String returnTo(String path) {
		if ("/staff/accounts".equals(path)) {
			return "/staff/accounts/new";
		}
		Matcher account = ACCOUNT.matcher(path);
		if (account.matches()) {
			return "/staff/accounts/" + account.group(1);
		}
		if (OWN_SECOND_FACTOR.matcher(path).matches()) {
			return SecondFactorGate.SECURITY;
		}
		return null;
	}

}
