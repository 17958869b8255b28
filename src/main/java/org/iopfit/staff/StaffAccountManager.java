package org.iopfit.staff;

import java.time.Clock;
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
		String name = StaffAccount.normalize(username);
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
	 * Sets a new password (and lifts a lock). The account's sessions end, as someone else
	 * may have known the old password.
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
		if (!account.getUsername().equals(actor)) {
			this.sessions.endAllOf(account.getUsername());
		}
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
