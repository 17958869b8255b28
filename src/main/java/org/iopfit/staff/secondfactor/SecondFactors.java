package org.iopfit.staff.secondfactor;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;
import org.iopfit.staff.SignInProperties;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffAccounts;
import org.iopfit.staff.StaffSessions;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's second factor: their passkeys, their recovery codes, and whether they must
 * have one ({@code screener.security.second-factor}). Every change and every use of a
 * recovery code is audited.
 */
@Service
public class SecondFactors {

	/**
	 * Wrong recovery or enrolment codes in a row that lock an account. Codes come after a
	 * right password, so this is what stands between someone who has the password and the
	 * records.
	 */
	public static final int MAX_CODE_FAILURES = 5;

	private static final Log logger = LogFactory.getLog(SecondFactors.class);

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	private final RecoveryCodes recoveryCodes;

	private final EnrolmentCodes enrolmentCodes;

	private final StaffAccounts accounts;

	private final StaffSessions sessions;

	private final AuditLog audit;

	private final Clock clock;

	private final SecondFactorRule rule;

	private final SignInProperties signInRules;

	SecondFactors(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			RecoveryCodes recoveryCodes, EnrolmentCodes enrolmentCodes, StaffAccounts accounts, StaffSessions sessions,
			AuditLog audit, Clock clock, SecondFactorProperties properties, SignInProperties signInRules) {
		this.userEntities = userEntities;
		this.credentials = credentials;
		this.recoveryCodes = recoveryCodes;
		this.enrolmentCodes = enrolmentCodes;
		this.accounts = accounts;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
		this.rule = properties.secondFactor();
		this.signInRules = signInRules;
		// 42 CFR Part 2 records behind a password alone: allowed for trials, never
		// quietly.
		if (this.rule == SecondFactorRule.REQUIRED_FOR_ADMINS) {
			logger.warn("screener.security.second-factor=required-for-admins: admissions staff without a passkey "
					+ "can read every record with their password alone. Use required-for-all (the default) "
					+ "for real records.");
		}
		else if (this.rule == SecondFactorRule.OPTIONAL) {
			logger.warn("screener.security.second-factor=optional: every staff account without a passkey, "
					+ "administrators too, can read every record and change accounts with its password alone. "
					+ "Use required-for-all (the default) for real records.");
		}
	}

	/**
	 * Whether an account must have a passkey under the configured rule.
	 * @param account the account
	 * @return {@code true} when it must
	 */
	public boolean required(StaffAccount account) {
		return this.rule.requiredFor(account.getRole());
	}

	/**
	 * A staff member's passkeys, oldest first.
	 * @param username whose
	 * @return the passkeys, empty for none
	 */
	@Transactional(readOnly = true)
	public List<Passkey> passkeysOf(String username) {
		PublicKeyCredentialUserEntity user = this.userEntities.findByUsername(username);
		if (user == null) {
			return List.of();
		}
		return this.credentials.findByUserId(user.getId())
			.stream()
			.map(Passkey::of)
			.sorted(Comparator.comparing(Passkey::created, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * Whether a staff member has at least one passkey.
	 * @param username whose
	 * @return {@code true} when they have
	 */
	@Transactional(readOnly = true)
	public boolean hasPasskey(String username) {
		PublicKeyCredentialUserEntity user = this.userEntities.findByUsername(username);
		return user != null && !this.credentials.findByUserId(user.getId()).isEmpty();
	}

	/**
	 * How many unused recovery codes an account has.
	 * @param account the account
	 * @return 0 to 10
	 */
	public int unusedRecoveryCodes(StaffAccount account) {
		return this.recoveryCodes.unused(account.getId());
	}

	/**
	 * Removes one of a staff member's own passkeys. Removing the last one also deletes
	 * the recovery codes: the account then has no second factor.
	 * @param account the owner
	 * @param passkeyId the passkey's id (base64url)
	 * @return {@code false} when it is not one of theirs
	 * @throws IllegalStateException when it is their last and they must have one
	 */
	@Transactional
	public boolean remove(StaffAccount account, String passkeyId) {
		List<Passkey> passkeys = passkeysOf(account.getUsername());
		if (passkeys.stream().noneMatch((passkey) -> passkey.id().equals(passkeyId))) {
			return false;
		}
		if (passkeys.size() == 1 && required(account)) {
			throw new IllegalStateException("The last passkey of an account that must have one");
		}
		this.credentials.delete(Bytes.fromBase64(passkeyId));
		if (passkeys.size() == 1) {
			this.recoveryCodes.deleteAll(account.getId());
		}
		this.audit.record(account.getUsername(), AuditAction.PASSKEY_REMOVED, RecordKind.STAFF_ACCOUNT,
				account.getId());
		return true;
	}

	/**
	 * Replaces a staff member's recovery codes with ten new ones.
	 * @param account the owner, who has a passkey
	 * @return the codes, to be shown once
	 */
	@Transactional
	public List<String> newRecoveryCodes(StaffAccount account) {
		List<String> codes = this.recoveryCodes.issue(account);
		this.audit.record(account.getUsername(), AuditAction.RECOVERY_CODES_ISSUED, RecordKind.STAFF_ACCOUNT,
				account.getId());
		return codes;
	}

	/**
	 * Whether an account must type an enrolment code before it may register a passkey: it
	 * must have one and has none. Whoever has only its password cannot bind their own.
	 * @param account the account
	 * @return {@code true} when it must
	 */
	public boolean needsEnrolmentCode(StaffAccount account) {
		return required(account) && !hasPasskey(account.getUsername());
	}

	/**
	 * Makes a one-time enrolment code for an account without a passkey, replacing any
	 * earlier one.
	 * @param actor the administrator, {@code null} for the first start
	 * @param account the account
	 * @return the code, to be shown once
	 * @throws IllegalStateException when the account already has a passkey (it adds more
	 * after signing in with it), or is the administrator's own
	 */
	@Transactional
	public String newEnrolmentCode(String actor, StaffAccount account) {
		if (hasPasskey(account.getUsername())) {
			throw new IllegalStateException("The account has a passkey");
		}
		if (account.getUsername().equals(actor)) {
			throw new IllegalStateException("An administrator cannot make their own enrolment code");
		}
		String code = this.enrolmentCodes.issue(account);
		this.audit.record(actor, AuditAction.ENROLMENT_CODE_ISSUED, RecordKind.STAFF_ACCOUNT, account.getId());
		return code;
	}

	/**
	 * Checks the enrolment code typed by an account that must register its first passkey.
	 * Wrong codes count with wrong recovery codes: five in a row lock the account.
	 * @param account the account, signed in with its password
	 * @param code the code as typed
	 * @return what happened
	 */
	@Transactional
	public CodeResult useEnrolmentCode(StaffAccount account, String code) {
		if (account.isLockedAt(this.clock.instant())) {
			return refuseLocked(account, AuditAction.ENROLMENT_CODE_FAILED);
		}
		if (this.enrolmentCodes.use(account, code)) {
			this.accounts.clearSecondFactorFailures(account.getId());
			this.audit.record(account.getUsername(), AuditAction.ENROLMENT_CODE_USED, RecordKind.STAFF_ACCOUNT,
					account.getId());
			return CodeResult.USED;
		}
		return countFailure(account, AuditAction.ENROLMENT_CODE_FAILED);
	}

	/**
	 * Checks a recovery code typed in place of a passkey. Refused while the account is
	 * locked, even when valid. A wrong code counts toward the account's second-factor
	 * failures, which a right password does not reset: five in a row lock the account and
	 * end its sessions.
	 * @param account the account signing in
	 * @param code the code as typed
	 * @return what happened
	 */
	@Transactional
	public CodeResult useRecoveryCode(StaffAccount account, String code) {
		if (account.isLockedAt(this.clock.instant())) {
			return refuseLocked(account, AuditAction.RECOVERY_CODE_FAILED);
		}
		if (code != null && code.length() <= 64 && this.recoveryCodes.use(account, code)) {
			this.accounts.clearFailedLogins(account.getId());
			this.accounts.clearSecondFactorFailures(account.getId());
			this.audit.record(account.getUsername(), AuditAction.RECOVERY_CODE_USED, RecordKind.STAFF_ACCOUNT,
					account.getId());
			return CodeResult.USED;
		}
		return countFailure(account, AuditAction.RECOVERY_CODE_FAILED);
	}

	/**
	 * Clears the count of wrong codes after a passkey has worked.
	 * @param accountId the account
	 */
	@Transactional
	public void secondFactorSucceeded(long accountId) {
		this.accounts.clearSecondFactorFailures(accountId);
	}

	private CodeResult countFailure(StaffAccount account, AuditAction failed) {
		this.audit.record(account.getUsername(), failed, RecordKind.STAFF_ACCOUNT, account.getId());
		this.accounts.countSecondFactorFailure(account.getId());
		if (this.accounts.secondFactorFailures(account.getId()) >= MAX_CODE_FAILURES) {
			this.accounts.lockForSecondFactor(account.getId(),
					this.clock.instant().plus(this.signInRules.lockDuration()));
			this.audit.record(null, AuditAction.LOCKED_OUT, RecordKind.STAFF_ACCOUNT, account.getId());
			// A lock that a session opened before it could outlive is no lock.
			this.sessions.endAllOf(account.getUsername());
			return CodeResult.LOCKED;
		}
		return CodeResult.WRONG;
	}

	private CodeResult refuseLocked(StaffAccount account, AuditAction failed) {
		this.audit.record(account.getUsername(), failed, RecordKind.STAFF_ACCOUNT, account.getId());
		this.sessions.endAllOf(account.getUsername());
		return CodeResult.LOCKED;
	}

	/**
	 * Removes every passkey and recovery code of another account, for someone who has
	 * lost them, and ends that account's sessions. At its next sign-in it registers a new
	 * passkey if it must have one.
	 * @param actor the administrator
	 * @param account the account
	 * @throws IllegalStateException for the administrator's own account
	 */
	@Transactional
	public void reset(String actor, StaffAccount account) {
		if (account.getUsername().equals(actor)) {
			throw new IllegalStateException("An administrator cannot reset their own second factor");
		}
		PublicKeyCredentialUserEntity user = this.userEntities.findByUsername(account.getUsername());
		if (user != null) {
			for (CredentialRecord credential : this.credentials.findByUserId(user.getId())) {
				this.credentials.delete(credential.getCredentialId());
			}
			this.userEntities.delete(user.getId());
		}
		this.recoveryCodes.deleteAll(account.getId());
		this.enrolmentCodes.delete(account.getId());
		this.accounts.clearSecondFactorFailures(account.getId());
		this.sessions.endAllOf(account.getUsername());
		this.audit.record(actor, AuditAction.SECOND_FACTOR_RESET, RecordKind.STAFF_ACCOUNT, account.getId());
	}

	/**
	 * What came of a recovery code.
	 */
	public enum CodeResult {

		/** It was valid, and is now used. */
		USED,
		/** Wrong or already used. */
		WRONG,
		/**
		 * Wrong, and one too many, or the account is locked: its sessions have ended and
		 * it must sign in again later.
		 */
		LOCKED

	}

	/**
	 * A passkey as its owner sees it.
	 *
	 * @param id its credential id (base64url)
	 * @param label the name its owner gave it
	 * @param created when it was registered
	 * @param lastUsed when it was last used to sign in, {@code null} for never
	 */
	public record Passkey(String id, String label, Instant created, Instant lastUsed) {

		static Passkey of(CredentialRecord record) {
			return new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(), record.getCreated(),
					record.getLastUsed());
		}

	}

}
