package org.iopfit.staff.secondfactor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.iopfit.staff.StaffAccount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time enrolment codes: what an account without a passkey must type before it may
 * register its first, so that a password alone (stolen, guessed, or read over a shoulder)
 * never lets a stranger bind their own passkey to the account. An administrator makes one
 * for the account and gives it to its owner in person; the first administrator's comes
 * from the first-start file ({@link FirstAdmin}). One per account (a new one replaces the
 * old), valid for 24 hours, used once, and stored only as a hash, like
 * {@link RecoveryCodes}, whose form it shares.
 */
@Service
public class EnrolmentCodes {

	/** How long a code can be used after it is made. */
	public static final Duration VALID_FOR = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	EnrolmentCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Makes a new code for an account, replacing any it had.
	 * @param account the account
	 * @return the code, to be shown once and never again
	 */
	@Transactional
	public String issue(StaffAccount account) {
		String code = RecoveryCodes.newCode(this.random);
		OffsetDateTime now = now();
		this.jdbc.sql("DELETE FROM enrolment_code WHERE account_id = ?").param(account.getId()).update();
		this.jdbc.sql("INSERT INTO enrolment_code (account_id, code_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(account.getId(), RecoveryCodes.hash(account.getUsername(), code), now, now.plus(VALID_FOR))
			.update();
		return code;
	}

	/**
	 * Uses up an account's code, if the one typed is it and it has not expired.
	 * @param account the account
	 * @param typed the code as typed (spaces, hyphens and capitals do not matter)
	 * @return {@code true} when it was valid; it is then gone
	 */
	@Transactional
	public boolean use(StaffAccount account, String typed) {
		if (typed == null || typed.length() > 64 || RecoveryCodes.normalize(typed).length() != RecoveryCodes.LENGTH) {
			return false;
		}
		// One statement, so two requests with the same code cannot both use it.
		return this.jdbc.sql("DELETE FROM enrolment_code WHERE account_id = ? AND code_hash = ? AND expires_at > ?")
			.params(account.getId(), RecoveryCodes.hash(account.getUsername(), typed), now())
			.update() == 1;
	}

	/**
	 * Whether an account has a code that can still be used.
	 * @param accountId the account
	 * @return {@code true} when it has
	 */
	@Transactional(readOnly = true)
	public boolean hasValid(long accountId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM enrolment_code WHERE account_id = ? AND expires_at > ?")
			.params(accountId, now())
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Deletes an account's code, once it has a passkey and needs none.
	 * @param accountId the account
	 */
	@Transactional
	public void delete(long accountId) {
		this.jdbc.sql("DELETE FROM enrolment_code WHERE account_id = ?").param(accountId).update();
	}

	// PostgreSQL's driver takes an OffsetDateTime for a timestamp with time zone.
	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
