package org.iopfit.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What every filter chain shares, the public pages' and the staff console's: a strict
 * Content-Security-Policy (no inline script or style, nothing from another site), no
 * framing, no referrer, and CSRF tokens in a cookie (so a form needs no session).
 */
public final class SecurityBaseline {

	/** The Content-Security-Policy of every page. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'none'; object-src 'none'";

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
			.frameOptions((frame) -> frame.deny());
	}

	/**
	 * A CSRF token repository that keeps the token in a same-site cookie, drawn from a
	 * random number generator of each thread's own ({@link CsrfTokens}).
	 * @return a new repository
	 */
	public static CsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Strict"));
		return new CsrfTokens(csrfTokens);
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
