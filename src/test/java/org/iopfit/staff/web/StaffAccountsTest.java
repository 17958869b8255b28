package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iopfit.audit.AuditAction;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffAccounts;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an administrator does with staff accounts, and the audit log it leaves: every kind
 * of event is written, with record ids and never a password, and each record page shows
 * who has opened it.
 */
class StaffAccountsTest extends StaffWebTest {

	@Autowired
	StaffAccounts accounts;

	@Test
	void anAdministratorCreatesAnAccountThatCanSignIn() {
		StaffClient admin = signedInAdmin();

		HttpResponse<String> created = admin.submit("/staff/accounts/new", "/staff/accounts",
				Map.of("username", "New.Person", "role", "ADMISSIONS", "password", PASSWORD));

		StaffAccount account = this.accounts.findByUsername("new.person").orElseThrow();
		assertRedirect(created, "/staff/accounts/" + account.getId() + "?created");
		assertThat(account.getRole()).isEqualTo(StaffRole.ADMISSIONS);
		assertRedirect(browser().signIn("new.person", PASSWORD), "/staff");
		assertThat(auditOf(account.getId())).startsWith(AuditAction.CREATED);
	}

	@Test
	void everyMissingAnswerIsListedInTheErrorSummaryLinkedToItsField() {
		HttpResponse<String> page = signedInAdmin().submit("/staff/accounts/new", "/staff/accounts", Map.of());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("There is a problem")
			.contains("<a href=\"#username\">Enter a username</a>")
			.contains("<a href=\"#role-ADMISSIONS\">Choose a role</a>")
			.contains("<a href=\"#password\">Use at least 15 characters</a>")
			.contains("id=\"username-error\"")
			.contains("aria-describedby=\"username-hint username-error\"");
	}

	@Test
	void aShortPasswordIsRefusedButNoCompositionIsRequired() {
		StaffClient admin = signedInAdmin();

		HttpResponse<String> fourteen = admin.submit("/staff/accounts/new", "/staff/accounts",
				Map.of("username", "short-pw", "role", "ADMISSIONS", "password", "fourteen chars"));
		HttpResponse<String> fifteenLowerCase = admin.submit("/staff/accounts/new", "/staff/accounts",
				Map.of("username", "fifteen-pw", "role", "ADMISSIONS", "password", "fifteen letters"));

		assertThat(fourteen.statusCode()).isEqualTo(200);
		assertThat(fourteen.body()).contains("Use at least 15 characters")
			.contains("value=\"short-pw\"")
			.doesNotContain("fourteen chars");
		assertThat(this.accounts.existsByUsername("short-pw")).isFalse();
		assertThat(fifteenLowerCase.statusCode()).isEqualTo(302);
		assertThat(this.accounts.existsByUsername("fifteen-pw")).isTrue();
	}

	@Test
	void aCommonOrLeakedPasswordIsRefusedHoweverLong() {
		StaffClient admin = signedInAdmin();
		for (String common : List.of("correct horse battery staple", "iloveyou12345678", "123456789012345",
				"qwertyuiopasdfgh", "December 25 1999")) {
			HttpResponse<String> page = admin.submit("/staff/accounts/new", "/staff/accounts",
					Map.of("username", "common-pw", "role", "ADMISSIONS", "password", common));

			assertThat(page.body()).as(common).contains("This password is on a list of common or leaked passwords.");
		}
		assertThat(this.accounts.existsByUsername("common-pw")).isFalse();
	}

	@Test
	void repeatedPasswordsAreRefusedWithWhyAndWhatToDoInEnglishAndSpanish() {
		StaffClient admin = signedInAdmin();
		StaffClient spanish = signedInAdmin().header("Accept-Language", "es");
		for (String repeated : List.of("Password1!Password1!", "P@ssw0rdP@ssw0rd", "Summer2026Summer2026!",
				"letmeinletmein12")) {
			Map<String, String> form = Map.of("username", "repeated-pw", "role", "ADMISSIONS", "password", repeated);

			assertThat(admin.submit("/staff/accounts/new", "/staff/accounts", form).body()).as(repeated)
				.contains("A repeated word or pattern is easy to guess. Use four or five words that have nothing to do"
						+ " with each other.");
			assertThat(spanish.submit("/staff/accounts/new", "/staff/accounts", form).body()).as(repeated)
				.contains("Una palabra o un patrón repetido es fácil de adivinar. Use cuatro o cinco palabras");
		}
		assertThat(this.accounts.existsByUsername("repeated-pw")).isFalse();
		HttpResponse<String> context = admin.submit("/staff/accounts/new", "/staff/accounts",
				Map.of("username", "context-pw", "role", "ADMISSIONS", "password", "IOP Screener Adm1ss1ons"));
		assertThat(context.body()).contains("This password is mostly the name of the app");
	}

	@Test
	void aPasswordWithTheUsernameInItIsRefused() {
		HttpResponse<String> page = signedInAdmin().submit("/staff/accounts/new", "/staff/accounts",
				Map.of("username", "maria.lopez", "role", "ADMIN", "password", "I am Maria.Lopez from admissions"));

		assertThat(page.body()).contains("Do not use the username in the password");
	}

	@Test
	void aTakenUsernameIsRefused() {
		StaffAccount existing = account(StaffRole.ADMISSIONS);

		HttpResponse<String> page = signedInAdmin().submit("/staff/accounts/new", "/staff/accounts",
				Map.of("username", existing.getUsername().toUpperCase(), "role", "ADMIN", "password", PASSWORD));

		assertThat(page.body()).contains("There is already an account with this username");
	}

	@Test
	void anAdministratorSetsANewPasswordAndTheOldOneStopsWorking() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient admin = signedInAdmin();
		String page = "/staff/accounts/" + account.getId();

		HttpResponse<String> weak = admin.submit(page, page + "/password", Map.of("password", "too short"));
		assertThat(weak.body()).contains("<a href=\"#password\">Use at least 15 characters</a>");

		assertRedirect(admin.submit(page, page + "/password", Map.of("password", "a brand new phrase for monday")),
				page + "?passwordReset");
		assertThat(browser().signIn(account.getUsername(), PASSWORD).statusCode()).isEqualTo(200);
		assertRedirect(browser().signIn(account.getUsername(), "a brand new phrase for monday"), "/staff");
	}

	@Test
	void aDisabledAccountCanBeEnabledAgain() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient admin = signedInAdmin();
		String page = "/staff/accounts/" + account.getId();

		admin.submit(page, page + "/disable", Map.of());
		assertThat(admin.get(page).body()).contains("Disabled").contains("Enable this account");
		assertThat(browser().signIn(account.getUsername(), PASSWORD).statusCode()).isEqualTo(200);

		admin.submit(page, page + "/enable", Map.of());
		assertRedirect(browser().signIn(account.getUsername(), PASSWORD), "/staff");
	}

	@Test
	void anAdministratorCannotDisableTheirOwnAccount() {
		StaffAccount admin = account(StaffRole.ADMIN);
		StaffClient browser = signedIn(admin);
		String page = "/staff/accounts/" + admin.getId();

		assertThat(browser.get(page).body()).doesNotContain("Disable this account");
		assertThat(browser.submit(page, page + "/disable", Map.of()).statusCode()).isEqualTo(409);
		assertThat(this.accounts.findById(admin.getId()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void eachRecordPageShowsWhoHasViewedIt() {
		StaffAccount record = account(StaffRole.ADMISSIONS);
		StaffAccount otherAdmin = account(StaffRole.ADMIN);
		String page = "/staff/accounts/" + record.getId();

		signedIn(otherAdmin).get(page);
		HttpResponse<String> seen = signedInAdmin().get(page);

		assertThat(seen.body()).contains("Who has viewed this record")
			.contains("<td>" + otherAdmin.getUsername() + "</td>")
			.contains("<td>" + ADMIN + "</td>");
		assertThat(auditOf(record.getId())).containsSubsequence(AuditAction.CREATED, AuditAction.VIEWED,
				AuditAction.VIEWED);
	}

	@Test
	void everyKindOfEventIsInTheAuditLogWithRecordIdsAndNeverAPassword() {
		StaffClient admin = signedInAdmin();
		admin.submit("/staff/accounts/new", "/staff/accounts",
				Map.of("username", "audited.person", "role", "ADMISSIONS", "password", PASSWORD));
		StaffAccount account = this.accounts.findByUsername("audited.person").orElseThrow();
		String page = "/staff/accounts/" + account.getId();
		StaffClient staff = signedIn(account);
		staff.submit("/staff", "/staff/logout", Map.of());
		for (int i = 0; i < 5; i++) {
			browser().signIn(account.getUsername(), "the wrong password " + i);
		}
		admin.get("/staff/accounts");
		admin.submit(page, page + "/password", Map.of("password", "a brand new phrase for monday"));
		admin.submit(page, page + "/disable", Map.of());
		admin.submit(page, page + "/enable", Map.of());

		assertThat(auditOf(account.getId())).containsSubsequence(AuditAction.CREATED, AuditAction.LOGIN,
				AuditAction.LOGIN_FAILED, AuditAction.LOCKED_OUT, AuditAction.VIEWED, AuditAction.PASSWORD_RESET,
				AuditAction.VIEWED, AuditAction.ACCOUNT_DISABLED, AuditAction.VIEWED, AuditAction.ACCOUNT_ENABLED);
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM audit_entry WHERE actor = ? AND record_kind = 'STAFF_ACCOUNT' AND record_id IS NULL",
				String.class, ADMIN))
			.contains(AuditAction.SEARCHED.name());
		assertThat(this.jdbc.queryForList("SELECT action FROM audit_entry WHERE actor = ?", String.class,
				account.getUsername()))
			.contains(AuditAction.LOGOUT.name());
		List<Map<String, Object>> everything = this.jdbc.queryForList("SELECT * FROM audit_entry");
		assertThat(everything.toString()).doesNotContain(PASSWORD)
			.doesNotContain("the wrong password")
			.doesNotContain("brand new phrase");

		HttpResponse<String> auditPage = admin.get("/staff/audit?who=all&kind=STAFF_ACCOUNT&record=" + account.getId());
		assertThat(auditPage.body()).contains("Locked after wrong passwords")
			.contains("Failed sign-in")
			.contains("Account disabled")
			.contains("New password set");
	}

	@Test
	void theAuditLogCannotBeChangedFromTheApp() {
		StaffClient admin = signedInAdmin();
		long entries = this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);

		for (String path : List.of("/staff/audit", "/staff/audit/1", "/staff/audit/1/delete")) {
			HttpResponse<String> response = admin.submit("/staff/audit", path, Map.of("actor", "someone-else"));
			assertThat(response.statusCode()).as(path).isIn(404, 405);
		}
		assertThat(admin.get("/staff/audit").body()).doesNotContain("<form method=\"post\" action=\"/staff/audit");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class))
			.isGreaterThanOrEqualTo(entries);
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor = 'someone-else'", Long.class))
			.isZero();
	}

	@Test
	void aChangeAfterFiveMinutesAsksTheAdministratorToConfirmFirstAndIsNotMade() {
		StaffAccount admin = account(StaffRole.ADMIN);
		StaffClient browser = signedIn(admin);
		StaffAccount target = account(StaffRole.ADMISSIONS);
		String page = "/staff/accounts/" + target.getId();
		String form = browser.get(page).body();
		this.clock.advance(Duration.ofMinutes(6));

		for (String change : List.of("/disable", "/password", "/enrolment-code", "/second-factor/reset")) {
			assertRedirect(browser.post(page + change, Map.of("_csrf", csrf(form), "password", "a brand new phrase")),
					"/staff/confirm");
		}
		assertRedirect(browser.submit("/staff/accounts/new", "/staff/accounts",
				Map.of("username", "stale.create", "role", "ADMIN", "password", PASSWORD)), "/staff/confirm");
		assertThat(this.accounts.findById(target.getId()).orElseThrow().isEnabled()).isTrue();
		assertThat(this.accounts.findByUsername("stale.create")).isEmpty();
		assertThat(auditOf(target.getId())).doesNotContain(AuditAction.ACCOUNT_DISABLED, AuditAction.PASSWORD_RESET,
				AuditAction.ENROLMENT_CODE_ISSUED, AuditAction.SECOND_FACTOR_RESET);

		HttpResponse<String> confirm = browser.get("/staff/confirm");
		assertThat(confirm.body()).contains("Confirm it is you").contains("name=\"password\"");
		HttpResponse<String> wrong = browser.submit("/staff/confirm", "/staff/confirm",
				Map.of("password", "not my password at all"));
		assertThat(wrong.body()).contains("This password is not right");
		assertRedirect(browser.submit("/staff/confirm", "/staff/confirm", Map.of("password", PASSWORD)),
				"/staff/accounts/new?confirmed");
		assertThat(browser.get("/staff/accounts/new?confirmed").body()).contains("Make your change again");
		assertRedirect(browser.submit(page, page + "/disable", Map.of()), page + "?disabled");

		assertThat(this.accounts.findById(target.getId()).orElseThrow().isEnabled()).isFalse();
		assertThat(auditOf(admin.getId())).contains(AuditAction.IDENTITY_CONFIRMED);
		// Fresh for five minutes, then asked again.
		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		assertRedirect(browser.submit(page, page + "/enable", Map.of()), "/staff/confirm");
	}

	@Test
	void changingYourOwnPasswordEndsYourOtherSessionsButNotThisOne() {
		StaffAccount admin = account(StaffRole.ADMIN);
		StaffClient here = signedIn(admin);
		StaffClient elsewhere = signedIn(admin);
		String page = "/staff/accounts/" + admin.getId();

		assertRedirect(here.submit(page, page + "/password", Map.of("password", "a brand new phrase for monday")),
				page + "?ownPasswordChanged");

		assertThat(here.get(page + "?ownPasswordChanged").body()).contains("Your other sessions have ended");
		assertRedirect(elsewhere.get("/staff"), "/staff/login");
		assertRedirect(browser().signIn(admin.getUsername(), "a brand new phrase for monday"), "/staff");
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1).replace("&#45;", "-");
	}

}
