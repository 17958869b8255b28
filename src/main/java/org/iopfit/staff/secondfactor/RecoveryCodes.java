package org.iopfit.staff.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.iopfit.staff.StaffAccount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time recovery codes: ten per account, each usable once in place of a passkey, shown
 * once when they are made and stored only as a hash. A code is 12 characters from an
 * alphabet without look-alikes (about 59 bits), written in three groups of four, such as
 * {@code k7mq-2xpf-9hcw}; the hash is SHA-256 of the username and the code, so equal
 * codes of two accounts differ and a stolen table cannot be looked up in a precomputed
 * list. A slow password hash would add little to 59 random bits and cost seconds at each
 * sign-in.
 */
@Service
public class RecoveryCodes {

	/** How many codes an account gets at once. */
	public static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	static final int LENGTH = 12;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	RecoveryCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Replaces an account's codes with ten new ones.
	 * @param account the account
	 * @return the new codes, to be shown once and never again
	 */
	@Transactional
	public List<String> issue(StaffAccount account) {
		deleteAll(account.getId());
		List<String> codes = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			String code = newCode();
			codes.add(code);
			this.jdbc.sql("INSERT INTO recovery_code (account_id, code_hash, created_at) VALUES (?, ?, ?)")
				.params(account.getId(), hash(account.getUsername(), code), now())
				.update();
		}
		return codes;
	}

	/**
	 * Uses up a code, if it is one of the account's unused ones.
	 * @param account the account
	 * @param typed the code as typed (spaces, hyphens and capitals do not matter)
	 * @return {@code true} when it was valid; it is then used and never valid again
	 */
	@Transactional
	public boolean use(StaffAccount account, String typed) {
		String code = normalize(typed);
		if (code.length() != LENGTH) {
			return false;
		}
		// One statement, so two requests with the same code cannot both use it.
		return this.jdbc
			.sql("UPDATE recovery_code SET used_at = ? WHERE account_id = ? AND code_hash = ? AND used_at IS NULL")
			.params(now(), account.getId(), hash(account.getUsername(), code))
			.update() == 1;
	}

	/**
	 * How many unused codes an account has.
	 * @param accountId the account
	 * @return 0 to 10
	 */
	@Transactional(readOnly = true)
	public int unused(long accountId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE account_id = ? AND used_at IS NULL")
			.param(accountId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Whether an account has any codes, used or not.
	 * @param accountId the account
	 * @return {@code true} when it has
	 */
	@Transactional(readOnly = true)
	public boolean any(long accountId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE account_id = ?")
			.param(accountId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Deletes every code of an account.
	 * @param accountId the account
	 */
	@Transactional
	public void deleteAll(long accountId) {
		this.jdbc.sql("DELETE FROM recovery_code WHERE account_id = ?").param(accountId).update();
	}

	// PostgreSQL's driver takes an OffsetDateTime for a timestamp with time zone, not an
	// Instant.
	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private String newCode() {
		return newCode(this.random);
	}

	static String newCode(SecureRandom random) {
		StringBuilder code = new StringBuilder(LENGTH + 2);
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	static String normalize(String typed) {
		if (typed == null) {
			return "";
		}
		return typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
	}

	static String hash(String username, String code) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] digest = sha256.digest((username + ":" + normalize(code)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
