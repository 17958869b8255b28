package org.iopfit.staff;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditEntries;
import org.iopfit.audit.AuditEntry;
import org.iopfit.audit.AuditFilter;
import org.iopfit.audit.RecordKind;
import org.iopfit.staff.secondfactor.EnrolmentCodes;
import org.iopfit.staff.secondfactor.RecoveryCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the repositories must do on every database the app runs on, through the same
 * migrations. Run by a subclass per database.
 */
abstract class StaffRepositoriesContract {

	@Autowired
	Flyway flyway;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	AuditEntries audit;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	StaffSessions staffSessions;

	@Autowired
	PublicKeyCredentialUserEntityRepository passkeyUsers;

	@Autowired
	UserCredentialRepository passkeys;

	@Autowired
	RecoveryCodes recoveryCodes;

	@Autowired
	EnrolmentCodes enrolmentCodes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationIsApplied() {
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.flyway.info().applied()).extracting((migration) -> migration.getVersion().getVersion())
			.containsExactly("1", "2", "3", "4", "10", "30", "31", "32", "33", "34");
	}

	@Test
	void passkeysAreStoredReadBackIntactAndGoWithTheirUser() {
		String username = name();
		Bytes userId = Bytes.random();
		this.passkeyUsers.save(ImmutablePublicKeyCredentialUserEntity.builder()
			.id(userId)
			.name(username)
			.displayName(username)
			.build());
		Instant created = Instant.parse("2026-03-01T10:15:30Z");
		Bytes credentialId = Bytes.random();
		byte[] publicKey = { 1, 2, 3, (byte) 0xff, 0 };
		this.passkeys.save(ImmutableCredentialRecord.builder()
			.userEntityUserId(userId)
			.credentialId(credentialId)
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.publicKey(new ImmutablePublicKeyCose(publicKey))
			.signatureCount(7)
			.uvInitialized(true)
			.backupEligible(false)
			.backupState(false)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.attestationObject(new Bytes(new byte[] { 9, 8, 7 }))
			.attestationClientDataJSON(new Bytes(new byte[] { 6, 5 }))
			.label("Work laptop – ñ")
			.created(created)
			.lastUsed(created)
			.build());

		assertThat(this.passkeyUsers.findByUsername(username).getId()).isEqualTo(userId);
		CredentialRecord found = this.passkeys.findByCredentialId(credentialId);
		assertThat(found.getPublicKey().getBytes()).isEqualTo(publicKey);
		assertThat(found.getSignatureCount()).isEqualTo(7);
		assertThat(found.getLabel()).isEqualTo("Work laptop – ñ");
		assertThat(found.getCreated()).isEqualTo(created);
		assertThat(found.getTransports()).containsExactly(AuthenticatorTransport.INTERNAL);
		assertThat(this.passkeys.findByUserId(userId)).hasSize(1);

		this.passkeyUsers.delete(userId);

		assertThat(this.passkeys.findByCredentialId(credentialId)).isNull();
	}

	@Test
	void aRecoveryCodeWorksOnceAndOnlyForItsAccount() {
		StaffAccount account = this.accounts
			.save(new StaffAccount(name(), "{noop}x", StaffRole.ADMISSIONS, Instant.now()));
		StaffAccount other = this.accounts
			.save(new StaffAccount(name(), "{noop}x", StaffRole.ADMISSIONS, Instant.now()));
		List<String> codes = this.recoveryCodes.issue(account);
		assertThat(codes).hasSize(10)
			.doesNotHaveDuplicates()
			.allMatch((code) -> code.matches("[a-z2-9]{4}(-[a-z2-9]{4}){2}"));

		assertThat(this.recoveryCodes.use(other, codes.get(0))).isFalse();
		assertThat(this.recoveryCodes.use(account, " " + codes.get(0).toUpperCase().replace("-", " ") + " ")).isTrue();
		assertThat(this.recoveryCodes.use(account, codes.get(0))).isFalse();
		assertThat(this.recoveryCodes.unused(account.getId())).isEqualTo(9);

		this.recoveryCodes.issue(account);

		assertThat(this.recoveryCodes.use(account, codes.get(1))).as("an old code after new ones").isFalse();
		assertThat(this.recoveryCodes.unused(account.getId())).isEqualTo(10);
		assertThat(this.jdbc.queryForList("SELECT code_hash FROM recovery_code WHERE account_id = ?", String.class,
				account.getId()))
			.as("stored hashed")
			.hasSize(10)
			.noneMatch((hash) -> codes.stream().anyMatch((code) -> hash.contains(code.replace("-", ""))));
	}

	@Test
	void anAccountIsSavedAndFoundByItsUsernameWithItsTimesIntact() {
		Instant created = Instant.parse("2026-03-01T10:15:30.123456Z");
		StaffAccount saved = this.accounts
			.save(new StaffAccount(name(), "{noop}not-a-real-hash", StaffRole.ADMIN, created));

		StaffAccount found = this.accounts.findByUsername(saved.getUsername()).orElseThrow();

		assertThat(found.getId()).isEqualTo(saved.getId());
		assertThat(found.getRole()).isEqualTo(StaffRole.ADMIN);
		assertThat(found.isEnabled()).isTrue();
		assertThat(found.getCreatedAt()).isEqualTo(created);
		assertThat(this.accounts.existsByUsername(saved.getUsername())).isTrue();
		assertThat(this.accounts.findAllByOrderByUsername()).extracting(StaffAccount::getUsername)
			.contains(saved.getUsername())
			.isSorted();
	}

	@Test
	void twoAccountsCannotShareAUsername() {
		String username = name();
		this.accounts.save(new StaffAccount(username, "{noop}x", StaffRole.ADMISSIONS, Instant.now()));

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.accounts.save(new StaffAccount(username, "{noop}y", StaffRole.ADMIN, Instant.now())));
	}

	@Test
	void failedSignInsAreCountedLockedAndCleared() {
		StaffAccount account = this.accounts
			.save(new StaffAccount(name(), "{noop}x", StaffRole.ADMISSIONS, Instant.now()));
		Instant until = Instant.now().plus(15, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);

		this.accounts.countFailedLogin(account.getId());
		this.accounts.countFailedLogin(account.getId());
		assertThat(this.accounts.failedLogins(account.getId())).isEqualTo(2);

		this.accounts.lockUntil(account.getId(), until);
		StaffAccount locked = this.accounts.findById(account.getId()).orElseThrow();
		assertThat(locked.getFailedLogins()).isZero();
		assertThat(locked.getLockedUntil()).isEqualTo(until);
		assertThat(locked.isLockedAt(until.minusSeconds(1))).isTrue();
		assertThat(locked.isLockedAt(until)).isFalse();

		this.accounts.clearFailedLogins(account.getId());
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getLockedUntil()).isNull();
	}

	@Test
	void wrongCodesAreCountedApartFromPasswordsAndKeptThroughALock() {
		StaffAccount account = this.accounts
			.save(new StaffAccount(name(), "{noop}x", StaffRole.ADMISSIONS, Instant.now()));
		Instant until = Instant.now().plus(15, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);

		this.accounts.countSecondFactorFailure(account.getId());
		this.accounts.countSecondFactorFailure(account.getId());
		this.accounts.clearFailedLogins(account.getId());
		assertThat(this.accounts.secondFactorFailures(account.getId())).as("a right password").isEqualTo(2);

		this.accounts.lockForSecondFactor(account.getId(), until);
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getLockedUntil()).isEqualTo(until);
		assertThat(this.accounts.secondFactorFailures(account.getId())).isEqualTo(2);
		// Saving the account (disable, enable) leaves the count alone.
		this.accounts.save(this.accounts.findById(account.getId()).orElseThrow());
		assertThat(this.accounts.secondFactorFailures(account.getId())).isEqualTo(2);

		this.accounts.clearSecondFactorFailures(account.getId());
		assertThat(this.accounts.secondFactorFailures(account.getId())).isZero();
	}

	@Test
	void anEnrolmentCodeWorksOnceReplacesTheLastAndIsGoneWithItsAccount() {
		StaffAccount account = this.accounts
			.save(new StaffAccount(name(), "{noop}x", StaffRole.ADMISSIONS, Instant.now()));

		String replaced = this.enrolmentCodes.issue(account);
		String code = this.enrolmentCodes.issue(account);
		assertThat(this.enrolmentCodes.hasValid(account.getId())).isTrue();
		assertThat(this.enrolmentCodes.use(account, replaced)).isFalse();
		assertThat(this.enrolmentCodes.use(account, code)).isTrue();
		assertThat(this.enrolmentCodes.use(account, code)).isFalse();
		assertThat(this.enrolmentCodes.hasValid(account.getId())).isFalse();

		this.enrolmentCodes.issue(account);
		this.accounts.deleteById(account.getId());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM enrolment_code WHERE account_id = ?", Integer.class,
				account.getId()))
			.isZero();
	}

	@Test
	void auditEntriesAreWrittenReadNewestFirstAndDeletedOnlyWhenOld() {
		String record = UUID.randomUUID().toString();
		Instant old = Instant.parse("2019-01-01T00:00:00Z");
		Instant recent = Instant.parse("2026-06-01T12:00:00.5Z");
		this.audit.save(new AuditEntry(null, old, "someone", AuditAction.VIEWED, RecordKind.STAFF_ACCOUNT, record));
		AuditEntry saved = this.audit
			.save(new AuditEntry(null, recent, "other", AuditAction.VIEWED, RecordKind.STAFF_ACCOUNT, record));

		assertThat(saved.id()).isNotNull();
		assertThat(this.audit.findByRecordKindAndRecordIdAndActionOrderByOccurredAtDescIdDesc(RecordKind.STAFF_ACCOUNT,
				record, AuditAction.VIEWED, Limit.of(10)))
			.extracting(AuditEntry::actor, AuditEntry::occurredAt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("other", recent),
					org.assertj.core.groups.Tuple.tuple("someone", old));

		int deleted = this.audit.deleteOlderThan(Instant.parse("2020-01-01T00:00:00Z"));

		assertThat(deleted).isGreaterThanOrEqualTo(1);
		assertThat(this.audit.findByRecordKindAndRecordIdAndActionOrderByOccurredAtDescIdDesc(RecordKind.STAFF_ACCOUNT,
				record, AuditAction.VIEWED, Limit.of(10)))
			.extracting(AuditEntry::actor)
			.containsExactly("other");
	}

	@Test
	void theAuditSearchMatchesEveryFilterPagesNewestFirstAndKeepsTheClient() {
		String record = UUID.randomUUID().toString();
		String actor = name();
		Instant day = Instant.parse("2018-05-01T00:00:00Z");
		for (int i = 0; i < 5; i++) {
			this.audit.save(new AuditEntry(null, day.plus(i, ChronoUnit.HOURS), actor, AuditAction.VIEWED,
					RecordKind.SCREENING, record, null, "2001:db8::" + i, "Agent " + i));
		}
		this.audit.save(new AuditEntry(null, day.plus(2, ChronoUnit.HOURS), null, AuditAction.DELETED,
				RecordKind.SCREENING, record, "12", null, null));
		this.audit.save(new AuditEntry(null, day.plus(1, ChronoUnit.DAYS), null, AuditAction.LOGIN_FAILED,
				RecordKind.STAFF_ACCOUNT, record, null, "192.0.2.9", null));

		assertThat(this.audit.search(filter(AuditFilter.Who.ALL, null, null, null, record, null, null), 0, 10))
			.extracting(AuditEntry::action)
			.containsExactly(AuditAction.LOGIN_FAILED, AuditAction.VIEWED, AuditAction.VIEWED, AuditAction.DELETED,
					AuditAction.VIEWED, AuditAction.VIEWED, AuditAction.VIEWED);
		// Same moment: the later entry first, so paging never skips or repeats one.
		assertThat(this.audit.search(filter(AuditFilter.Who.ALL, null, null, null, record, null, null), 2, 3))
			.extracting(AuditEntry::action, AuditEntry::clientAddress)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.VIEWED, "2001:db8::3"),
					org.assertj.core.groups.Tuple.tuple(AuditAction.DELETED, null),
					org.assertj.core.groups.Tuple.tuple(AuditAction.VIEWED, "2001:db8::2"));
		assertThat(this.audit.search(filter(AuditFilter.Who.STAFF, actor.toUpperCase(), null, null, null, null, null),
				1, 1))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.occurredAt()).isEqualTo(day.plus(3, ChronoUnit.HOURS));
				assertThat(entry.userAgent()).isEqualTo("Agent 3");
				assertThat(entry.recordKind()).isEqualTo(RecordKind.SCREENING);
			});
		assertThat(this.audit
			.search(filter(AuditFilter.Who.NOBODY, null, null, RecordKind.SCREENING, record, null, null), 0, 10))
			.extracting(AuditEntry::detail)
			.containsExactly("12");
		assertThat(this.audit
			.search(filter(AuditFilter.Who.ALL, null, AuditAction.LOGIN_FAILED, null, record, null, null), 0, 10))
			.extracting(AuditEntry::clientAddress)
			.containsExactly("192.0.2.9");
		assertThat(this.audit.search(filter(AuditFilter.Who.ALL, null, null, null, record,
				day.plus(1, ChronoUnit.HOURS), day.plus(3, ChronoUnit.HOURS)), 0, 10))
			.extracting(AuditEntry::occurredAt)
			.containsExactly(day.plus(2, ChronoUnit.HOURS), day.plus(2, ChronoUnit.HOURS),
					day.plus(1, ChronoUnit.HOURS));
	}

	private static AuditFilter filter(AuditFilter.Who who, String actor, AuditAction action, RecordKind kind,
			String recordId, Instant from, Instant until) {
		return new AuditFilter(who, actor, action, kind, recordId, from, until);
	}

	@Test
	void staffSessionsAreStoredFoundByUsernameAndEnded() {
		String username = name();
		String first = saveSessionOf(this.sessions, username);
		String second = saveSessionOf(this.sessions, username);

		assertThat(this.sessions.findByPrincipalName(username)).containsOnlyKeys(first, second);
		assertThat(this.sessions.findById(first)).isNotNull();

		String third = saveSessionOf(this.sessions, username);
		assertThat(this.staffSessions.endOthersOf(username, third)).isEqualTo(2);
		assertThat(this.sessions.findByPrincipalName(username)).containsOnlyKeys(third);
		first = saveSessionOf(this.sessions, username);
		second = saveSessionOf(this.sessions, username);

		assertThat(this.staffSessions.endAllOf(username)).isEqualTo(3);
		assertThat(this.sessions.findById(first)).isNull();
		assertThat(this.sessions.findByPrincipalName(username)).isEmpty();
	}

	private static <S extends Session> String saveSessionOf(FindByIndexNameSessionRepository<S> sessions,
			String username) {
		S session = sessions.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
		sessions.save(session);
		return session.getId();
	}

	private static String name() {
		return "repo-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
