package org.iopfit.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;
import org.iopfit.system.Usernames;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs staff in with a username and password, and keeps count: twenty wrong passwords in
 * a row ({@code screener.staff.max-failed-logins}) lock the account for 15 minutes,
 * during which even the right password fails, and end its sessions. Every failure looks
 * the same to the person signing in (wrong password, unknown username, locked, disabled),
 * so the login page never tells whether a username exists. Every attempt is audited.
 * <p>
 * The password check is Spring Security's {@link DaoAuthenticationProvider}, which also
 * spends the same time on an unknown username as on a known one. A second factor
 * (passkeys) can follow this provider in the same filter chain.
 */
public class StaffAuthentication implements AuthenticationProvider {

	private final StaffAccounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final SignInProperties rules;

	private final DaoAuthenticationProvider passwords;

	private final StaffSessions sessions;

	public StaffAuthentication(StaffAccounts accounts, PasswordEncoder encoder, AuditLog audit, Clock clock,
			SignInProperties rules, StaffSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
		this.rules = rules;
		this.passwords = new DaoAuthenticationProvider(this::loadUser);
		this.passwords.setPasswordEncoder(encoder);
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String username = Usernames.normalize(attempt.getName());
		Optional<StaffAccount> account = this.accounts.findByUsername(username);
		Long id = account.map(StaffAccount::getId).orElse(null);
		try {
			Authentication signedIn = this.passwords
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, attempt.getCredentials()));
			this.accounts.clearFailedLogins(id);
			this.audit.record(username, AuditAction.LOGIN, RecordKind.STAFF_ACCOUNT, id);
			return signedIn;
		}
		catch (BadCredentialsException ex) {
			this.audit.record(null, AuditAction.LOGIN_FAILED, RecordKind.STAFF_ACCOUNT, id);
			account.ifPresent(this::countFailure);
			throw ex;
		}
		catch (AccountStatusException ex) {
			// Locked or disabled: not counted, and worded like any other failure.
			this.audit.record(null, AuditAction.LOGIN_FAILED, RecordKind.STAFF_ACCOUNT, id);
			throw new BadCredentialsException("Bad credentials");
		}
	}

	private void countFailure(StaffAccount account) {
		long id = account.getId();
		this.accounts.countFailedLogin(id);
		if (this.accounts.failedLogins(id) >= this.rules.maxFailedLogins()) {
			this.accounts.lockUntil(id, this.clock.instant().plus(this.rules.lockDuration()));
			this.audit.record(null, AuditAction.LOCKED_OUT, RecordKind.STAFF_ACCOUNT, id);
			// Whoever is guessing may already be signed in elsewhere: a lock ends that
			// too.
			this.sessions.endAllOf(account.getUsername());
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	public User loadUser(String username) {
		StaffAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown username"));
		Instant now = this.clock.instant();
		return (User) User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(account.getRole().grantedRoles().toArray(String[]::new))
			.disabled(!account.isEnabled())
			.accountLocked(account.isLockedAt(now))
			.build();
	}

}
