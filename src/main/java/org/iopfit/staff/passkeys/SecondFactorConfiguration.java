package org.iopfit.staff.passkeys;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;
import org.iopfit.staff.FirstAdminFile;
import org.iopfit.staff.StaffSessions;
import org.iopfit.staff.SessionGuard;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffAccounts;
import org.iopfit.staff.StaffAuthentication;
import org.iopfit.staff.secondfactor.EnrolmentCodes;
import org.iopfit.staff.secondfactor.RecoveryCodes;
import org.iopfit.staff.secondfactor.SecondFactorGate;
import org.iopfit.staff.secondfactor.SecondFactorProperties;
import org.iopfit.staff.secondfactor.SecondFactors;
import org.iopfit.staff.secondfactor.StepUp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Passkeys through Spring Security's WebAuthn support, stored in the app's database (its
 * JDBC repositories over the tables of {@code V10__passkeys_and_recovery_codes.sql}), and
 * the audit of every passkey sign-in. Its endpoints keep Spring Security's addresses
 * ({@code /webauthn/**}, {@code /login/webauthn}), in the staff console's filter chain;
 * its default pages are replaced by the console's own, whose script is a static file (the
 * Content-Security-Policy allows no inline script).
 */
@Configuration(proxyBeanMethods = false)
public class SecondFactorConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeys(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users,
			StaffAccounts accounts, RecoveryCodes recoveryCodes, AuditLog audit, EnrolmentCodes enrolmentCodes,
			FirstAdminFile firstAdminFile) {
		return new AuditedCredentials(new JdbcUserCredentialRepository(jdbc), users, accounts, recoveryCodes, audit,
				enrolmentCodes, firstAdminFile);
	}

	@Bean
	WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository passkeys, SecondFactorProperties properties, Environment environment) {
		return new StaffRelyingParty(users, passkeys, properties.webauthn(), environment);
	}

	/**
	 * Adds passkeys to the staff console's filter chain.
	 * @param http the staff chain
	 * @param authentication the password check, whose accounts passkeys sign in to
	 * @param accounts the accounts
	 * @param secondFactors who needs a second factor
	 * @param audit the audit log
	 * @param properties the relying party
	 * @param clock the clock of step-up checks
	 */
	public static void configure(HttpSecurity http, StaffAuthentication authentication, StaffAccounts accounts,
			SecondFactors secondFactors, AuditLog audit, SecondFactorProperties properties, Clock clock) {
		http.setSharedObject(UserDetailsService.class, authentication::loadUser);
		http.webAuthn((webAuthn) -> webAuthn.rpId(properties.webauthn().rpId())
			.rpName(properties.webauthn().rpName())
			.disableDefaultRegistrationPage(true)
			.creationOptionsRepository(new SessionCreationOptions())
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
					filter.setAuthenticationSuccessHandler((request, response, signedIn) -> succeeded(request, response,
							signedIn, accounts, secondFactors, audit, clock));
					filter.setAuthenticationFailureHandler(
							(request, response, ex) -> failed(request, response, ex, accounts, audit));
					return filter;
				}
			}));
		http.addFilterBefore(new WebAuthnErrors(), AuthorizationFilter.class);
		SecondFactorGate gate = new SecondFactorGate(accounts, secondFactors);
		http.addFilterAfter(gate, SessionGuard.class);
		// Spring Security's registration filters sit ahead of the gate: the gate's rule
		// for them runs ahead of them too.
		http.addFilterBefore(gate.beforeRegistration(), UsernamePasswordAuthenticationFilter.class);
		// After the authorization check, so only those allowed a change are asked to
		// confirm before it.
		http.addFilterAfter(new StepUp(clock), AuthorizationFilter.class);
	}

	private static void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication signedIn,
			StaffAccounts accounts, SecondFactors secondFactors, AuditLog audit, Clock clock) throws IOException {
		Long id = accounts.findByUsername(signedIn.getName()).map(StaffAccount::getId).orElse(null);
		if (!SecondFactorGate.has(signedIn, FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
			// A passkey without the password first: not a sign-in to this console.
			StaffSessions.endThis(request);
			audit.record(null, AuditAction.PASSKEY_FAILED, RecordKind.STAFF_ACCOUNT, id);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		audit.record(signedIn.getName(), AuditAction.PASSKEY_USED, RecordKind.STAFF_ACCOUNT, id);
		if (id != null) {
			secondFactors.secondFactorSucceeded(id);
		}
		HttpSession session = request.getSession();
		StepUp.confirmed(session, clock.instant());
		// A path of StepUp's own list, never one the request named.
		String back = StepUp.takeReturn(session);
		if (back != null) {
			audit.record(signedIn.getName(), AuditAction.IDENTITY_CONFIRMED, RecordKind.STAFF_ACCOUNT, id);
		}
		String next = (back != null) ? back + "?confirmed" : "/staff";
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("application/json");
		// What Spring Security's own script expects, and ours reads.
		response.getWriter()
			.write("{\"authenticated\":true,\"redirectUrl\":\"" + request.getContextPath() + next + "\"}");
	}

	private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex,
			StaffAccounts accounts, AuditLog audit) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		String username = (current != null && current.isAuthenticated()) ? current.getName() : null;
		Long id = (username != null) ? accounts.findByUsername(username).map(StaffAccount::getId).orElse(null) : null;
		audit.record((id != null) ? username : null, AuditAction.PASSKEY_FAILED, RecordKind.STAFF_ACCOUNT, id);
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
	}

}
