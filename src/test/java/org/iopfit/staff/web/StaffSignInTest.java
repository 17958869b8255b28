package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.iopfit.audit.AuditAction;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in: the form, one message for every failure, and the lock after five wrong
 * passwords in a row.
 */
class StaffSignInTest extends StaffWebTest {

	private static final String FAILED = "The username or password is not right";

	@Test
	void theSignInPageHasLabelledUsernameAndPasswordFieldsAndNoRememberMe() {
		HttpResponse<String> page = browser().get("/staff/login");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<label for=\"username\">Username</label>")
			.contains("id=\"username\" name=\"username\" type=\"text\"")
			.contains("<label for=\"password\">Password</label>")
			.contains("id=\"password\" name=\"password\" type=\"password\"")
			.contains("autocomplete=\"current-password\"")
			.contains("name=\"_csrf\"")
			.doesNotContainIgnoringCase("remember");
	}

	@Test
	void theRightPasswordSignsInAndOpensTheConsole() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient browser = browser();

		assertRedirect(browser.signIn(account.getUsername(), PASSWORD), "/staff");

		HttpResponse<String> home = browser.get("/staff");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("You are signed in as " + account.getUsername());
	}

	@Test
	void theUsernameIsNotCaseSensitive() {
		StaffAccount account = account(StaffRole.ADMISSIONS);

		assertRedirect(browser().signIn(" " + account.getUsername().toUpperCase() + " ", PASSWORD), "/staff");
	}

	@Test
	void aWrongPasswordShowsTheFormAgainWithTheUsernameKeptAndAnErrorLinkedToIt() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient browser = browser();

		HttpResponse<String> page = browser.signIn(account.getUsername(), "not the password at all");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("There is a problem")
			.contains("<a href=\"#username\">" + FAILED)
			.contains("value=\"" + account.getUsername() + "\"")
			.contains("aria-describedby=\"username-error\"")
			.doesNotContain("not the password at all");
		assertRedirect(browser.get("/staff"), "/staff/login");
	}

	@Test
	void anUnknownUsernameALockedAccountAndADisabledOneLookExactlyLikeAWrongPassword() {
		StaffAccount known = account(StaffRole.ADMISSIONS);
		StaffAccount locked = account(StaffRole.ADMISSIONS);
		StaffAccount disabled = account(StaffRole.ADMISSIONS);
		for (int i = 0; i < 5; i++) {
			browser().signIn(locked.getUsername(), "wrong password number " + i);
		}
		this.manager.disable(ADMIN, disabled.getId());

		String wrongPassword = normalized(browser().signIn(known.getUsername(), "a wrong password here"),
				known.getUsername());
		String unknownUser = normalized(browser().signIn("nobody-by-this-name", "a wrong password here"),
				"nobody-by-this-name");
		String lockedRightPassword = normalized(browser().signIn(locked.getUsername(), PASSWORD), locked.getUsername());
		String disabledRightPassword = normalized(browser().signIn(disabled.getUsername(), PASSWORD),
				disabled.getUsername());

		assertThat(wrongPassword).contains(FAILED);
		assertThat(unknownUser).isEqualTo(wrongPassword);
		assertThat(lockedRightPassword).isEqualTo(wrongPassword);
		assertThat(disabledRightPassword).isEqualTo(wrongPassword);
	}

	@Test
	void fiveWrongPasswordsInARowLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		for (int i = 0; i < 5; i++) {
			assertThat(browser().signIn(account.getUsername(), "wrong password number " + i).body()).contains(FAILED);
		}

		assertThat(browser().signIn(account.getUsername(), PASSWORD).body()).contains(FAILED);
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(browser().signIn(account.getUsername(), PASSWORD).body()).contains(FAILED);

		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertRedirect(browser().signIn(account.getUsername(), PASSWORD), "/staff");
		assertThat(auditOf(account.getId())).containsSubsequence(AuditAction.LOGIN_FAILED, AuditAction.LOCKED_OUT,
				AuditAction.LOGIN_FAILED, AuditAction.LOGIN);
	}

	@Test
	void aRightPasswordStartsTheCountAgain() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		for (int i = 0; i < 4; i++) {
			browser().signIn(account.getUsername(), "wrong password number " + i);
		}
		assertRedirect(browser().signIn(account.getUsername(), PASSWORD), "/staff");
		for (int i = 0; i < 4; i++) {
			browser().signIn(account.getUsername(), "wrong password number " + i);
		}

		assertRedirect(browser().signIn(account.getUsername(), PASSWORD), "/staff");
		assertThat(auditOf(account.getId())).doesNotContain(AuditAction.LOCKED_OUT);
	}

	@Test
	void aLockEndsTheSessionsTheAccountAlreadyHas() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient signedInBefore = signedIn(account);
		assertThat(signedInBefore.get("/staff").statusCode()).isEqualTo(200);

		for (int i = 0; i < 5; i++) {
			browser().signIn(account.getUsername(), "wrong password number " + i);
		}

		assertRedirect(signedInBefore.get("/staff"), "/staff/login");
	}

	@Test
	void anAdministratorsNewPasswordLiftsTheLock() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		for (int i = 0; i < 5; i++) {
			browser().signIn(account.getUsername(), "wrong password number " + i);
		}

		this.manager.resetPassword(ADMIN, account.getId(), "a brand new phrase for monday");

		assertRedirect(browser().signIn(account.getUsername(), "a brand new phrase for monday"), "/staff");
	}

	@Test
	void theFirstAdministratorFromTheEnvironmentCanSignIn() {
		HttpResponse<String> accounts = signedInAdmin().get("/staff/accounts");

		assertThat(accounts.statusCode()).isEqualTo(200);
		assertThat(accounts.body()).contains(">" + ADMIN + "</a>").contains("Administrator");
	}

	@Test
	void signingInWithoutTheFormsCsrfTokenIsRefused() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient browser = browser();
		browser.get("/staff/login");

		HttpResponse<String> response = browser.post("/staff/login",
				Map.of("username", account.getUsername(), "password", PASSWORD));

		assertThat(response.statusCode()).isEqualTo(403);
		assertRedirect(browser.get("/staff"), "/staff/login");
	}

	/**
	 * The page without what is meant to differ: the CSRF token and the username typed.
	 */
	private static String normalized(HttpResponse<String> page, String username) {
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replace(username, "USERNAME");
	}

}
