package org.iopfit.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security baseline for every page: a strict Content-Security-Policy (no inline
 * script or style, nothing from another site), no framing, no referrer, and no server
 * session for anonymous visitors. CSRF tokens live in a cookie, so a form does not need a
 * session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'none'; object-src 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Strict"));
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// The JSON API takes no cookies and changes nothing, so there is no request
			// to forge.
			.csrf((csrf) -> csrf.csrfTokenRepository(new CsrfTokens(csrfTokens))
				.csrfTokenRequestHandler(CsrfTokens.requestHandler())
				.ignoringRequestMatchers("/api/**"))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new CsrfRejection()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions((frame) -> frame.deny()))
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable());
		return http.build();
	}

}
