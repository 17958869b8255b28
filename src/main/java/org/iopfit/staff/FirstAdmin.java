package org.iopfit.staff;

import java.security.SecureRandom;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a start with no staff account at all, creates the first administrator: from
 * {@code ADMIN_USERNAME} and {@code ADMIN_PASSWORD} when set, otherwise {@code admin}
 * with a random password that is printed once in the log (it is never printed again: the
 * next start finds an account). A set password that breaks the password policy stops the
 * start, rather than leave a weak administrator.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(FirstAdmin.class);

	/**
	 * No look-alikes (0/O, 1/l/I), so the printed password can be typed from a screen.
	 */
	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int RANDOM_LENGTH = 24;

	private final StaffAccounts accounts;

	private final StaffAccountManager manager;

	private final PasswordPolicy policy;

	private final AdminProperties admin;

	private final SecureRandom random = new SecureRandom();

	FirstAdmin(StaffAccounts accounts, StaffAccountManager manager, PasswordPolicy policy, AdminProperties admin) {
		this.accounts = accounts;
		this.manager = manager;
		this.policy = policy;
		this.admin = admin;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		String username = StringUtils.hasText(this.admin.username()) ? StaffAccount.normalize(this.admin.username())
				: "admin";
		boolean given = StringUtils.hasText(this.admin.password());
		String password = given ? this.admin.password() : randomPassword(username);
		if (given) {
			this.policy.check(password, username).ifPresent((problem) -> {
				throw new IllegalStateException("ADMIN_PASSWORD cannot be used (" + problem + "): use at least "
						+ PasswordPolicy.MIN_LENGTH + " characters, not a common password, without the username");
			});
		}
		try {
			this.manager.create(null, username, StaffRole.ADMIN, password);
		}
		catch (DataIntegrityViolationException | IllegalArgumentException ex) {
			// Another instance, starting at the same moment, created it first.
			if (this.accounts.count() > 0) {
				return;
			}
			throw ex;
		}
		if (given) {
			logger.info("Created the first staff administrator '" + username + "' with ADMIN_PASSWORD");
		}
		else {
			logger.warn("Created the first staff administrator '" + username + "' with the password " + password
					+ " . It is printed only this once: sign in at /staff/login and keep it safe, "
					+ "or set ADMIN_USERNAME and ADMIN_PASSWORD before the first start.");
		}
	}

	private String randomPassword(String username) {
		while (true) {
			StringBuilder password = new StringBuilder(RANDOM_LENGTH);
			for (int i = 0; i < RANDOM_LENGTH; i++) {
				password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
			}
			if (this.policy.check(password.toString(), username).isEmpty()) {
				return password.toString();
			}
		}
	}

}
