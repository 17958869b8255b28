package org.iopfit.staff.passkeys;

import java.util.List;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;
import org.iopfit.staff.FirstAdminFile;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffAccounts;
import org.iopfit.staff.StaffRole;
import org.iopfit.staff.secondfactor.EnrolmentCodes;
import org.iopfit.staff.secondfactor.NewRecoveryCodes;
import org.iopfit.staff.secondfactor.RecoveryCodes;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * The passkeys in the database (Spring Security's {@code JdbcUserCredentialRepository}),
 * with what happens when one is registered: the registration is audited, its enrolment
 * code (if any) is deleted, an administrator's removes the first-start file, and an
 * account's first passkey comes with ten recovery codes, kept in the session until they
 * are shown. Spring Security saves a record also after each sign-in (its counter and time
 * of use); only a record not yet stored is a registration.
 */
class AuditedCredentials implements UserCredentialRepository {

	private final UserCredentialRepository credentials;

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final StaffAccounts accounts;

	private final RecoveryCodes recoveryCodes;

	private final AuditLog audit;

	private final EnrolmentCodes enrolmentCodes;

	private final FirstAdminFile firstAdminFile;

	AuditedCredentials(UserCredentialRepository credentials, PublicKeyCredentialUserEntityRepository userEntities,
			StaffAccounts accounts, RecoveryCodes recoveryCodes, AuditLog audit, EnrolmentCodes enrolmentCodes,
			FirstAdminFile firstAdminFile) {
		this.enrolmentCodes = enrolmentCodes;
		this.firstAdminFile = firstAdminFile;
		this.credentials = credentials;
		this.userEntities = userEntities;
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.audit = audit;
	}

	@Override
	public void save(CredentialRecord record) {
		boolean registration = this.credentials.findByCredentialId(record.getCredentialId()) == null;
		this.credentials.save(record);
		if (!registration) {
			return;
		}
		PublicKeyCredentialUserEntity user = this.userEntities.findById(record.getUserEntityUserId());
		StaffAccount account = (user != null) ? this.accounts.findByUsername(user.getName()).orElse(null) : null;
		if (account == null) {
			return;
		}
		this.audit.record(account.getUsername(), AuditAction.PASSKEY_REGISTERED, RecordKind.STAFF_ACCOUNT,
				account.getId());
		// Its enrolment code has done its work; a later one would be made anew.
		this.enrolmentCodes.delete(account.getId());
		if (account.getRole() == StaffRole.ADMIN) {
			// An administrator with a passkey can make codes for everyone else: the
			// first-start secrets are no longer needed, and no longer left on disk.
			this.firstAdminFile.remove();
		}
		if (!this.recoveryCodes.any(account.getId())) {
			NewRecoveryCodes.keep(this.recoveryCodes.issue(account));
			this.audit.record(account.getUsername(), AuditAction.RECOVERY_CODES_ISSUED, RecordKind.STAFF_ACCOUNT,
					account.getId());
		}
	}

	@Override
	public void delete(Bytes credentialId) {
		this.credentials.delete(credentialId);
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.credentials.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.credentials.findByUserId(userId);
	}

}
