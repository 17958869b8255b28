package org.iopfit.staff.secondfactor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.iopfit.staff.AdminProperties;
import org.iopfit.staff.FirstAdminFile;
import org.iopfit.staff.PasswordPolicy;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffAccountManager;
import org.iopfit.staff.StaffAccounts;
import org.iopfit.staff.StaffRole;
import org.iopfit.system.Usernames;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a start with no staff account at all, creates the first administrator: from
 * {@code ADMIN_USERNAME} and {@code ADMIN_PASSWORD} when set, otherwise {@code admin}
 * with a random password. A set password that breaks the password policy stops the start,
 * rather than leave a weak administrator.
 * <p>
 * Where the administrator must have a passkey, it also gets a one-time enrolment code for
 * its first, as any account does from an administrator: the first-start secret. The
 * generated password and the code go to a file only the app's user can read
 * ({@link FirstAdminFile}), never to the log; the log says where the file is. The file is
 * removed once the first administrator has a passkey.
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

	private final SecondFactors secondFactors;

	private final EnrolmentCodes enrolmentCodes;

	private final FirstAdminFile file;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	FirstAdmin(StaffAccounts accounts, StaffAccountManager manager, PasswordPolicy policy, AdminProperties admin,
			SecondFactors secondFactors, EnrolmentCodes enrolmentCodes, FirstAdminFile file, Clock clock) {
		this.accounts = accounts;
		this.manager = manager;
		this.policy = policy;
		this.admin = admin;
		this.secondFactors = secondFactors;
		this.enrolmentCodes = enrolmentCodes;
		this.file = file;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			renewEnrolmentCode();
			return;
		}
		String username = StringUtils.hasText(this.admin.username()) ? Usernames.normalize(this.admin.username())
				: "admin";
		boolean given = StringUtils.hasText(this.admin.password());
		String password = given ? this.admin.password() : randomPassword(username);
		if (given) {
			this.policy.check(password, username).ifPresent((problem) -> {
				throw new IllegalStateException("ADMIN_PASSWORD cannot be used (" + problem + "): use at least "
						+ PasswordPolicy.MIN_LENGTH + " characters, not a common password, without the username");
			});
		}
		StaffAccount created;
		try {
			created = this.manager.create(null, username, StaffRole.ADMIN, password);
		}
		catch (DataIntegrityViolationException | IllegalArgumentException ex) {
			// Another instance, starting at the same moment, created it first.
			if (this.accounts.count() > 0) {
				return;
			}
			throw ex;
		}
		List<String> lines = new ArrayList<>();
		lines.add("username: " + username);
		if (!given) {
			lines.add("password: " + password);
		}
		boolean code = this.secondFactors.required(created);
		if (code) {
			lines.add(enrolmentCode(created));
		}
		if (given && !code) {
			logger.info("Created the first staff administrator '" + username + "' with ADMIN_PASSWORD");
			return;
		}
		this.file.write(lines);
		// Where, never what: the log is read by more people than the file.
		logger.warn("Created the first staff administrator '" + username + "'"
				+ (given ? " with ADMIN_PASSWORD" : " with a random password") + "; its "
				+ (given ? "" : "password and ") + (code ? "one-time passkey enrolment code are" : "password is")
				+ " in " + this.file.path() + ", readable only by the user this app runs as. Sign in at /staff/login, "
				+ "then delete the file if it is still there (it is removed when the administrator adds a passkey).");
	}

	/**
	 * While no administrator has a passkey, gives the first one a new enrolment code in
	 * the file if its code has expired or been used without a passkey registered, so a
	 * server that was not set up within 24 hours is not left without a way in. Whoever
	 * can restart the server is trusted with this: they can already read its database and
	 * its configuration.
	 */
	private void renewEnrolmentCode() {
		List<StaffAccount> admins = this.accounts.findAll()
			.stream()
			.filter((account) -> account.getRole() == StaffRole.ADMIN)
			.toList();
		if (admins.stream().anyMatch((account) -> this.secondFactors.hasPasskey(account.getUsername()))) {
			return;
		}
		Optional<StaffAccount> first = admins.stream()
			.filter(StaffAccount::isEnabled)
			.min(Comparator.comparing(StaffAccount::getId));
		if (first.isEmpty() || !this.secondFactors.required(first.get())
				|| this.enrolmentCodes.hasValid(first.get().getId())) {
			return;
		}
		this.file.write(List.of("username: " + first.get().getUsername(), enrolmentCode(first.get())));
		logger
			.warn("No staff administrator has a passkey yet and the first one's enrolment code had expired: a new one "
					+ "is in " + this.file.path() + ", readable only by the user this app runs as.");
	}

	private String enrolmentCode(StaffAccount account) {
		String code = this.secondFactors.newEnrolmentCode(null, account);
		String until = DateTimeFormatter.ISO_LOCAL_DATE_TIME
			.format(this.clock.instant().plus(EnrolmentCodes.VALID_FOR).atOffset(ZoneOffset.UTC).withNano(0));
		return FirstAdminFile.CODE + code + " (valid until " + until + " UTC, once)";
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
