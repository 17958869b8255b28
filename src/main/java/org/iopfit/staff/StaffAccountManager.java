package org.iopfit.staff;

import org.iopfit.system.Usernames;
import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to staff accounts: create, disable, enable and set a new
 * password. Each change is audited; disabling ends the account's sessions at once.
 */
@Service
public class StaffAccountManager {

	private final StaffAccounts accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final StaffSessions sessions;

	private final AuditLog audit;

	private final Clock clock;

	StaffAccountManager(StaffAccounts accounts, PasswordPolicy policy, PasswordEncoder encoder, StaffSessions sessions,
			AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates an account.
	 * @param actor who creates it ({@code null} for the system)
	 * @param username the new account's username
	 * @param role its role
	 * @param password its password
	 * @return the new account
	 * @throws IllegalArgumentException when the username is taken or invalid, or the
	 * password breaks the policy
	 */
	@Transactional
	public StaffAccount create(String actor, String username, StaffRole role, String password) {
		String name = Usernames.normalize(username);
		if (this.accounts.existsByUsername(name)) {
			throw new IllegalArgumentException("Username taken");
		}
		requireAllowed(password, name);
		StaffAccount account = this.accounts
			.save(new StaffAccount(name, this.encoder.encode(password), role, this.clock.instant()));
		this.audit.record(actor, AuditAction.CREATED, RecordKind.STAFF_ACCOUNT, account.getId());
		return account;
	}

	/**
	 * Disables an account and ends its sessions everywhere.
	 * @param actor the administrator
	 * @param id the account
	 * @throws IllegalStateException for the administrator's own account
	 */
	@Transactional
	public void disable(String actor, long id) {
		StaffAccount account = find(id);
		if (account.getUsername().equals(actor)) {
			throw new IllegalStateException("An administrator cannot disable their own account");
		}
		account.setEnabled(false);
		this.accounts.save(account);
		this.sessions.endAllOf(account.getUsername());
		this.audit.record(actor, AuditAction.ACCOUNT_DISABLED, RecordKind.STAFF_ACCOUNT, id);
	}

	/**
	 * Lets a disabled account sign in again.
	 * @param actor the administrator
	 * @param id the account
	 */
	@Transactional
	public void enable(String actor, long id) {
		StaffAccount account = find(id);
		account.setEnabled(true);
		this.accounts.save(account);
		this.audit.record(actor, AuditAction.ACCOUNT_ENABLED, RecordKind.STAFF_ACCOUNT, id);
	}

	/**
	 * Sets a staff member's own new password. Their other sessions end, as whoever knew
	 * the old password may be signed in with it; the one they are using goes on.
	 * @param username the staff member
	 * @param password the new password
	 * @param currentSessionId the session to keep
	 * @throws IllegalArgumentException when the password breaks the policy
	 */
	@Transactional
	public void changeOwnPassword(String username, String password, String currentSessionId) {
		StaffAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new IllegalArgumentException("No such account"));
		requireAllowed(password, username);
		account.setPasswordHash(this.encoder.encode(password));
		this.accounts.save(account);
		this.sessions.endOthersOf(username, currentSessionId);
		this.audit.record(username, AuditAction.PASSWORD_RESET, RecordKind.STAFF_ACCOUNT, account.getId());
	}

	/**
	 * Checks the password of a staff member who is confirming it is them before a change
	 * (an account with no passkey, where the rule lets it have none). A wrong one counts
	 * like a wrong password at sign-in, and enough of them lock the account and end its
	 * sessions.
	 * @param username the staff member
	 * @param password the password typed
	 * @param maxFailed wrong passwords in a row that lock the account
	 * @param lockDuration how long
	 * @return {@code true} when it is right
	 */
	@Transactional
	public boolean confirmPassword(String username, String password, int maxFailed, Duration lockDuration) {
		StaffAccount account = this.accounts.findByUsername(username).orElse(null);
		if (account == null || !account.isEnabled() || account.isLockedAt(this.clock.instant())) {
			return false;
		}
		if (password != null && this.encoder.matches(password, account.getPasswordHash())) {
			this.accounts.clearFailedLogins(account.getId());
			return true;
		}
		this.accounts.countFailedLogin(account.getId());
		if (this.accounts.failedLogins(account.getId()) >= maxFailed) {
			this.accounts.lockUntil(account.getId(), this.clock.instant().plus(lockDuration));
			this.audit.record(null, AuditAction.LOCKED_OUT, RecordKind.STAFF_ACCOUNT, account.getId());
			this.sessions.endAllOf(username);
		}
		return false;
	}

	/**
	 * Sets another account's new password (and lifts a lock). The account's sessions end,
	 * as someone else may have known the old password.
	 * @param actor the administrator
	 * @param id the account
	 * @param password the new password
	 * @throws IllegalArgumentException when the password breaks the policy
	 */
	@Transactional
	public void resetPassword(String actor, long id, String password) {
		StaffAccount account = find(id);
		requireAllowed(password, account.getUsername());
		account.setPasswordHash(this.encoder.encode(password));
		this.accounts.save(account);
		this.accounts.clearSecondFactorFailures(id);
		this.sessions.endAllOf(account.getUsername());
		this.audit.record(actor, AuditAction.PASSWORD_RESET, RecordKind.STAFF_ACCOUNT, id);
	}

	/**
	 * An account by id.
	 * @param id the account's id
	 * @return the account, if there is one
	 */
	@Transactional(readOnly = true)
	public Optional<StaffAccount> findById(long id) {
		return this.accounts.findById(id);
	}

	private StaffAccount find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("No such account"));
	}

	private void requireAllowed(String password, String username) {
		this.policy.check(password, username).ifPresent((problem) -> {
			throw new IllegalArgumentException("Password refused: " + problem);
		});
	}

}
