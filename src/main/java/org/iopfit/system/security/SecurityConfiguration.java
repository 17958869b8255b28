package org.iopfit.system.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The security baseline for every public page: a strict Content-Security-Policy (no
 * inline script or style, nothing from another site), no framing, no referrer, and no
 * server session for anonymous visitors. CSRF tokens live in a cookie, so a form does not
 * need a session. The staff console has its own chain, ahead of this one
 * ({@code org.iopfit.staff.web.StaffSecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain securityFilterChain(HttpSecurity http, TransportProperties transport) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// The JSON API takes no cookies and changes nothing, so there is no request
			// to forge.
			.csrf((csrf) -> csrf.csrfTokenRepository(SecurityBaseline.csrfTokens(transport))
				.csrfTokenRequestHandler(SecurityBaseline.csrfTokenMasking())
				.ignoringRequestMatchers("/api/**"))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new CsrfRejection()))
			// Not even a look for a session: a staff member's session cookie on a public
			// page
			// (or its error page) costs no database read, and fails nothing while the
			// database is away. Nobody signs in here, so there is no context to keep
			// either.
			.sessionManagement((sessions) -> sessions.disable())
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			// No anonymous token either: its details would look for a session.
			.anonymous((anonymous) -> anonymous.disable())
			.headers(SecurityBaseline::headers)
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable());
		return http.build();
	}

}
