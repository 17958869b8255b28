package org.iopfit.staff.web;

import java.time.Instant;
import java.util.List;

import org.iopfit.staff.secondfactor.SecondFactors;
import org.iopfit.staff.StaffAccount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * The running app for tests of the second factor over plain HTTP: a passkey can be put in
 * the database directly (its key is never checked here; the browser tests use a real
 * one), and recovery codes made for an account.
 */
abstract class SecondFactorWebTest extends StaffWebTest {

	@Autowired
	PublicKeyCredentialUserEntityRepository passkeyUsers;

	@Autowired
	UserCredentialRepository passkeys;

	@Autowired
	SecondFactors secondFactors;

	/** Gives an account a passkey, as if it had registered one. */
	void givePasskey(StaffAccount account, String label) {
		PublicKeyCredentialUserEntity user = this.passkeyUsers.findByUsername(account.getUsername());
		if (user == null) {
			user = ImmutablePublicKeyCredentialUserEntity.builder()
				.id(Bytes.random())
				.name(account.getUsername())
				.displayName(account.getUsername())
				.build();
			this.passkeyUsers.save(user);
		}
		this.passkeys.save(ImmutableCredentialRecord.builder()
			.userEntityUserId(user.getId())
			.credentialId(Bytes.random())
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.signatureCount(0)
			.uvInitialized(true)
			.backupEligible(false)
			.backupState(false)
			.transports(java.util.Set.of(AuthenticatorTransport.INTERNAL))
			.label(label)
			.created(Instant.now())
			.lastUsed(Instant.now())
			.build());
	}

	/** Ten fresh recovery codes for an account that has a passkey. */
	List<String> recoveryCodes(StaffAccount account) {
		return this.secondFactors.newRecoveryCodes(account);
	}

}
