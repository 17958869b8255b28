package org.iopfit.staff.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.ServletException;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.staff.SessionGuard;
import org.iopfit.staff.SignInProperties;
import org.iopfit.staff.StaffAccounts;
import org.iopfit.staff.StaffAuthentication;
import org.iopfit.staff.StaffRole;
import org.iopfit.staff.StaffSessions;
import org.iopfit.staff.passkeys.SecondFactorConfiguration;
import org.iopfit.staff.secondfactor.SecondFactorGate;
import org.iopfit.staff.secondfactor.SecondFactorProperties;
import org.iopfit.staff.secondfactor.SecondFactors;
import org.iopfit.staff.secondfactor.StepUp;
import org.iopfit.system.security.SecurityBaseline;
import org.iopfit.system.security.TransportProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ForwardAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The staff console's security: its own filter chain for {@code /staff/**}, ahead of the
 * public one. Form sign-in at {@code /staff/login}; every other staff page needs a
 * signed-in account, the account pages and the audit log an administrator. Sessions live
 * in the database (Spring Session JDBC), get a new id at sign-in, end after 30 minutes
 * idle or 12 hours in all, and at once when the account is disabled. No remember-me.
 * After the password, a passkey or a recovery code where one is needed
 * ({@link SecondFactorConfiguration}, {@link SecondFactorGate}).
 */
@Configuration(proxyBeanMethods = false)
// Each factor (password, passkey, recovery code) adds to one sign-in; SecondFactorGate
// decides which an account needs, since that depends on the account.
@EnableMultiFactorAuthentication(authorities = {})
class StaffSecurityConfiguration {

	/**
	 * The staff console's addresses: this chain's, and the only ones with sessions
	 * ({@link SessionFilterPaths}). Spring Security's passkey endpoints keep their own.
	 */
	static final List<String> ADDRESSES = List.of("/staff/**", "/webauthn/**", "/login/webauthn");

	@Bean
	@Order(1)
	SecurityFilterChain staffSecurityFilterChain(HttpSecurity http, StaffAccounts accounts, PasswordEncoder encoder,
			AuditLog audit, Clock clock, SignInProperties rules, SecondFactors secondFactors,
			SecondFactorProperties secondFactor, StaffSessions staffSessions, TransportProperties transport,
			@Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration idleLimit)
			throws Exception {
		StaffAuthentication passwords = new StaffAuthentication(accounts, encoder, audit, clock, rules, staffSessions);
		http.securityMatcher(ADDRESSES.toArray(String[]::new))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/staff/login", "/staff/login-failed")
				.permitAll()
				// Passkeys are removed from the security page, with a form that checks
				// the rule.
				.requestMatchers(HttpMethod.DELETE, "/webauthn/**")
				.denyAll()
				.requestMatchers("/staff/accounts/**", "/staff/audit/**")
				.hasRole(StaffRole.ADMIN.name())
				.anyRequest()
				.hasRole(StaffRole.ADMISSIONS.name()))
			.authenticationProvider(passwords)
			.formLogin((form) -> form.loginPage("/staff/login")
				.loginProcessingUrl("/staff/login")
				.successHandler((request, response, authentication) -> {
					request.getSession().setAttribute(SessionGuard.SIGNED_IN_AT, clock.instant());
					// The password is a check of identity; where a second factor is
					// needed, it comes next and is noted again.
					StepUp.confirmed(request.getSession(), clock.instant());
					response.sendRedirect(request.getContextPath() + "/staff");
				})
				// Rendered, not redirected, so the username typed stays in its field.
				.failureHandler(loginFailed()))
			.logout((logout) -> logout.logoutUrl("/staff/logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null) {
						audit.record(authentication.getName(), AuditAction.LOGOUT, null, null);
					}
				})
				.logoutSuccessUrl("/staff/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies(transport.cookieName("SESSION")))
			// The session id changes at sign-in, so an id planted before it is worthless.
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			// After sign-in, always the console's start page: no session for a saved URL.
			.requestCache((cache) -> cache.disable())
			// The token in the session: one taken from another client does not go with
			// this session.
			.csrf((csrf) -> csrf.csrfTokenRepository(SecurityBaseline.sessionCsrfTokens(http))
				.csrfTokenRequestHandler(SecurityBaseline.csrfTokenMasking()))
			.headers(SecurityBaseline::headers)
			.addFilterBefore(new SessionGuard(accounts, audit, clock, rules), AuthorizationFilter.class)
			// Before the CSRF check: a form posted after the idle limit carries the old
			// session's token, and the worker needs the sign-in page, not a refusal.
			.addFilterBefore(new IdleTimeout(transport, clock, idleLimit), CsrfFilter.class)
			.httpBasic((basic) -> basic.disable());
		SecondFactorConfiguration.configure(http, passwords, accounts, secondFactors, audit, secondFactor, clock);
		return http.build();
	}

	private static AuthenticationFailureHandler loginFailed() {
		AuthenticationFailureHandler forward = new ForwardAuthenticationFailureHandler("/staff/login-failed");
		return (request, response, failure) -> {
			// Not a wrong password: the account could not be read (the database is away).
			// The error page says that records are unavailable.
			if (failure instanceof InternalAuthenticationServiceException) {
				throw new ServletException("The sign-in could not be checked", failure);
			}
			forward.onAuthenticationFailure(request, response, failure);
		};
	}

}
