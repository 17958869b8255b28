package org.iopfit.system.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What every filter chain shares, the public pages' and the staff console's: a strict
 * Content-Security-Policy (no inline script or style, nothing from another site), no
 * framing, no referrer, no browser feature beyond passkeys on staff pages, no window or
 * resource shared with another site, and CSRF tokens in a cookie (so a form needs no
 * session).
 */
public final class SecurityBaseline {

	private static final String PERMISSIONS_POLICY = "Permissions-Policy";

	/** The Content-Security-Policy of every page. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'none'; object-src 'none'";

	/**
	 * The browser features no page uses, denied to the page and anything it could embed:
	 * a health screening has no business with the camera, the microphone or the visitor's
	 * whereabouts, and a script that got in still could not reach them.
	 */
	static final String DENIED_FEATURES = "accelerometer=(), ambient-light-sensor=(), autoplay=(), battery=(), "
			+ "bluetooth=(), browsing-topics=(), camera=(), display-capture=(), document-domain=(), "
			+ "encrypted-media=(), fullscreen=(), gamepad=(), geolocation=(), gyroscope=(), hid=(), "
			+ "idle-detection=(), interest-cohort=(), local-fonts=(), magnetometer=(), microphone=(), midi=(), "
			+ "payment=(), picture-in-picture=(), screen-wake-lock=(), serial=(), usb=(), "
			+ "web-share=(), xr-spatial-tracking=()";

	/** The Permissions-Policy of public pages: no passkeys either, nobody signs in. */
	public static final String PUBLIC_PERMISSIONS_POLICY = DENIED_FEATURES
			+ ", publickey-credentials-create=(), publickey-credentials-get=()";

	/** The Permissions-Policy of the staff console: passkeys, from this site only. */
	public static final String STAFF_PERMISSIONS_POLICY = DENIED_FEATURES
			+ ", publickey-credentials-create=(self), publickey-credentials-get=(self)";

	/** The staff console's addresses, as servlet paths (the staff chain's matcher). */
	private static final List<String> STAFF_PATHS = List.of("/staff", "/webauthn", "/login/webauthn");

	private SecurityBaseline() {
	}

	/**
	 * The headers of every page. Spring Security's defaults stay on, among them
	 * {@code Cache-Control: no-cache, no-store}.
	 * @param headers the chain's headers
	 */
	public static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.frameOptions((frame) -> frame.deny())
			// No other site's window keeps a handle on ours, and no other site may load
			// our responses (a page, an export) as an image or a script.
			.crossOriginOpenerPolicy((coop) -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
			.crossOriginResourcePolicy((corp) -> corp.policy(CrossOriginResourcePolicy.SAME_ORIGIN))
			.addHeaderWriter((request, response) -> response.setHeader(PERMISSIONS_POLICY, permissionsPolicy(request)));
	}

	/**
	 * Writes the headers of {@link #headers} on a response that no filter chain sees: one
	 * refused before the chains run ({@link BodySizeLimit}).
	 * @param request the request
	 * @param response its response
	 */
	static void writeTo(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("Referrer-Policy", ReferrerPolicy.NO_REFERRER.getPolicy());
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Cross-Origin-Opener-Policy", CrossOriginOpenerPolicy.SAME_ORIGIN.getPolicy());
		response.setHeader("Cross-Origin-Resource-Policy", CrossOriginResourcePolicy.SAME_ORIGIN.getPolicy());
		response.setHeader(PERMISSIONS_POLICY, permissionsPolicy(request));
		response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
	}

	/** Passkeys on the staff console's addresses, nowhere else. */
	private static String permissionsPolicy(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		String path = request.getServletPath() + ((pathInfo != null) ? pathInfo : "");
		boolean staff = STAFF_PATHS.stream().anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"));
		return staff ? STAFF_PERMISSIONS_POLICY : PUBLIC_PERMISSIONS_POLICY;
	}

	/**
	 * The public pages' CSRF token repository: the token in a same-site cookie (an
	 * anonymous visitor has no session to keep it in), drawn from a random number
	 * generator of each thread's own ({@link CsrfTokens}). With https required, the
	 * cookie is {@code __Host-XSRF-TOKEN}, Secure.
	 * @param transport whether https is required
	 * @return a new repository
	 */
	static CsrfTokenRepository csrfTokens(TransportProperties transport) {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieName(transport.cookieName("XSRF-TOKEN"));
		csrfTokens.setCookieCustomizer((cookie) -> {
			cookie.sameSite("Strict").path("/");
			if (transport.requireHttps()) {
				cookie.secure(true);
			}
		});
		return new CsrfTokens(csrfTokens);
	}

	/**
	 * The staff console's CSRF token repository: the token in the signed-in session
	 * ({@link SessionCsrfTokens}), so that a token taken from another client is worthless
	 * with this one's session; before sign-in, in a cookie as on the public pages.
	 * @param http the chain (its application context says whether https is required)
	 * @return a new repository
	 */
	public static CsrfTokenRepository sessionCsrfTokens(HttpSecurity http) {
		TransportProperties transport = http.getSharedObject(ApplicationContext.class)
			.getBean(TransportProperties.class);
		return new SessionCsrfTokens(csrfTokens(transport));
	}

	/**
	 * The masking of the CSRF token in each page (against BREACH), with the same
	 * per-thread generator.
	 * @return a new handler
	 */
	public static CsrfTokenRequestHandler csrfTokenMasking() {
		return CsrfTokens.requestHandler();
	}

}
