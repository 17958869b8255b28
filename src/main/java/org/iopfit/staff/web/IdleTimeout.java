package org.iopfit.staff.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopfit.system.security.TransportProperties;

import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A staff page asked for with a session that has ended while idle goes to the sign-in
 * page, which says why ({@code ?timeout}), ahead of the CSRF check that would otherwise
 * refuse a form posted with the old session's token.
 *
 * <p>
 * A session also ends when an account is locked, disabled or given a new password, and
 * then its id names nothing, as an idle one's does. To tell them apart, each request with
 * a session notes its time in a cookie of the browser's session ({@code staff-active}): a
 * session that ended with its last request longer ago than the idle limit ended while
 * idle; any other goes to the plain sign-in page, as before. The cookie only chooses a
 * message, so a browser that changes it gains nothing.
 *
 * <p>
 * A phone call's page ({@code /staff/calls/{id}/...}) is where the worker comes back to
 * after signing in again: the call is in the database, so nothing is lost but the page.
 * Spring Security keeps only GET requests to go back to, and posts nothing again (a body
 * with answers must not wait in a session for whoever signs in next); so for this one
 * pattern, and for a POST too, the GET of the same path is remembered. It is kept in a
 * short-lived cookie, not in a new session, so requests with made-up session ids cannot
 * fill the session table, and it is only ever a path of that pattern, so it cannot send
 * anyone elsewhere. Every other page, and every other POST, goes to the start page as
 * before.
 */
class IdleTimeout extends OncePerRequestFilter {

	/** The name of the cookie that holds the call page to go back to. */
	static final String RETURN_COOKIE = "staff-return";

	/** The name of the cookie that holds the time of the last request with a session. */
	static final String ACTIVE_COOKIE = "staff-active";

	/**
	 * A call's pages: its id, then at most a few plain path segments. The first group is
	 * the page to go back to: a form's action below a page (its crisis control, the
	 * protocol's withdrawal) has no page of its own to show.
	 */
	static final Pattern CALL_PAGE = Pattern
		.compile("(/staff/calls/[A-Za-z0-9-]{1,64}(?:/[A-Za-z0-9-]{1,40})?)(?:/[A-Za-z0-9-]{1,40}){0,2}");

	// Pages that work without a session, and signing out, which needs none.
	private static final Set<String> WITHOUT_SESSION = Set.of("/staff/login", "/staff/login-failed", "/staff/logout");

	// Long enough to sign in with a passkey or a recovery code, not long enough to send
	// the next person at this computer to a call they never had.
	private static final Duration RETURN_FOR = Duration.ofMinutes(15);

	private final TransportProperties transport;

	private final Clock clock;

	private final Duration idleLimit;

	IdleTimeout(TransportProperties transport, Clock clock, Duration idleLimit) {
		this.transport = transport;
		this.clock = clock;
		this.idleLimit = idleLimit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getServletPath();
		if (!path.startsWith("/staff")) {
			chain.doFilter(request, response);
			return;
		}
		// A sign-in is a request too: it makes the session.
		boolean signIn = "POST".equals(request.getMethod()) && "/staff/login".equals(path);
		if (request.getRequestedSessionId() == null && !signIn) {
			chain.doFilter(request, response);
			return;
		}
		if (signIn || request.isRequestedSessionIdValid()) {
			response.addHeader("Set-Cookie", cookie(request, ACTIVE_COOKIE,
					Long.toString(this.clock.instant().getEpochSecond()), Duration.ofSeconds(-1))
				.toString());
			chain.doFilter(request, response);
			return;
		}
		if (WITHOUT_SESSION.contains(path) || !endedIdle(request)) {
			chain.doFilter(request, response);
			return;
		}
		String method = request.getMethod();
		Matcher callPage = CALL_PAGE.matcher(path);
		if (callPage.matches() && ("GET".equals(method) || "POST".equals(method))) {
			response.addHeader("Set-Cookie", cookie(request, RETURN_COOKIE, callPage.group(1), RETURN_FOR).toString());
		}
		response.sendRedirect(request.getContextPath() + "/staff/login?timeout");
	}

	/**
	 * The call page to go back to after signing in again, if any, and forgets it.
	 * @param request the request of the first page after signing in
	 * @param response its response
	 * @param transport how cookies are named
	 * @return the path, always a call page
	 */
	static Optional<String> takeReturn(HttpServletRequest request, HttpServletResponse response,
			TransportProperties transport) {
		String name = transport.cookieName(RETURN_COOKIE);
		Optional<String> path = Arrays.stream(Optional.ofNullable(request.getCookies()).orElse(new Cookie[0]))
			.filter((cookie) -> name.equals(cookie.getName()))
			.map(Cookie::getValue)
			.filter((value) -> CALL_PAGE.matcher(value).matches())
			.findFirst();
		path.ifPresent((value) -> response.addHeader("Set-Cookie",
				cookie(transport, request, RETURN_COOKIE, "", Duration.ZERO).toString()));
		return path;
	}

	private boolean endedIdle(HttpServletRequest request) {
		String name = this.transport.cookieName(ACTIVE_COOKIE);
		return Arrays.stream(Optional.ofNullable(request.getCookies()).orElse(new Cookie[0]))
			.filter((cookie) -> name.equals(cookie.getName()))
			.map(Cookie::getValue)
			.filter((value) -> value.matches("[0-9]{1,12}"))
			.map((value) -> Instant.ofEpochSecond(Long.parseLong(value)))
			.anyMatch((last) -> !this.clock.instant().isBefore(last.plus(this.idleLimit)));
	}

	private ResponseCookie cookie(HttpServletRequest request, String name, String value, Duration maxAge) {
		return cookie(this.transport, request, name, value, maxAge);
	}

	/** A cookie of this filter's; a negative age for one that ends with the browser. */
	private static ResponseCookie cookie(TransportProperties transport, HttpServletRequest request, String name,
			String value, Duration maxAge) {
		return ResponseCookie.from(transport.cookieName(name), value)
			.path("/")
			.httpOnly(true)
			.secure(transport.secureCookies(request))
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
	}

}
