package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.util.Map;

import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffAccounts;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open what: anonymous visitors go to the sign-in page, admissions staff cannot
 * reach the account pages or the audit log, every form needs its CSRF token, and staff
 * pages are never cached. The public pages stay as they were: no session.
 */
class StaffAccessTest extends StaffWebTest {

	@Autowired
	StaffAccounts accounts;

	@ParameterizedTest
	@ValueSource(strings = { "/staff", "/staff/accounts", "/staff/accounts/new", "/staff/accounts/1", "/staff/audit",
			"/staff/no-such-page" })
	void anAnonymousVisitorIsSentToTheSignInPage(String path) {
		StaffClient browser = browser();

		assertRedirect(browser.get(path), "/staff/login");
		assertThat(browser.cookie("SESSION")).as("no session for an anonymous visitor").isNull();
	}

	@Test
	void anAnonymousPostIsRefusedAndChangesNothing() {
		long before = this.accounts.count();

		StaffClient browser = browser();
		HttpResponse<String> response = browser.submit("/staff/login", "/staff/accounts",
				Map.of("username", "sneaky", "role", "ADMIN", "password", PASSWORD));

		assertRedirect(response, "/staff/login");
		assertThat(this.accounts.count()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/staff/accounts", "/staff/accounts/new", "/staff/accounts/1", "/staff/audit" })
	void admissionsStaffCannotOpenTheAccountPagesOrTheAuditLog(String path) {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));

		HttpResponse<String> page = browser.get(path);

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).doesNotContain("Staff account:").doesNotContain("<table");
	}

	@Test
	void admissionsStaffCannotCreateOrDisableAccountsAndDoNotSeeTheLinks() {
		StaffAccount colleague = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		long before = this.accounts.count();

		HttpResponse<String> create = browser.submit("/staff", "/staff/accounts",
				Map.of("username", "made-by-admissions", "role", "ADMIN", "password", PASSWORD));
		HttpResponse<String> disable = browser.submit("/staff", "/staff/accounts/" + colleague.getId() + "/disable",
				Map.of());

		assertThat(create.statusCode()).isEqualTo(403);
		assertThat(disable.statusCode()).isEqualTo(403);
		assertThat(this.accounts.count()).isEqualTo(before);
		assertThat(this.accounts.findById(colleague.getId()).orElseThrow().isEnabled()).isTrue();
		assertThat(browser.get("/staff").body()).doesNotContain("href=\"/staff/accounts\"")
			.doesNotContain("href=\"/staff/audit\"");
	}

	@Test
	void administratorsSeeTheAccountsAndTheAuditLog() {
		StaffClient browser = signedInAdmin();

		assertThat(browser.get("/staff").body()).contains("href=\"/staff/accounts\"").contains("href=\"/staff/audit\"");
		assertThat(browser.get("/staff/accounts").statusCode()).isEqualTo(200);
		assertThat(browser.get("/staff/audit").statusCode()).isEqualTo(200);
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
		StaffAccount colleague = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedInAdmin();
		long before = this.accounts.count();

		HttpResponse<String> create = browser.post("/staff/accounts",
				Map.of("username", "forged-account", "role", "ADMIN", "password", PASSWORD));
		HttpResponse<String> disable = browser.post("/staff/accounts/" + colleague.getId() + "/disable", Map.of());
		HttpResponse<String> forged = browser.post("/staff/accounts/" + colleague.getId() + "/disable",
				Map.of("_csrf", "made-up-token"));

		assertThat(create.statusCode()).isEqualTo(403);
		assertThat(disable.statusCode()).isEqualTo(403);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(this.accounts.count()).isEqualTo(before);
		assertThat(this.accounts.findById(colleague.getId()).orElseThrow().isEnabled()).isTrue();
		// The same request with the page's token goes through: the refusal was the token.
		assertRedirect(
				browser.submit("/staff/accounts/" + colleague.getId(),
						"/staff/accounts/" + colleague.getId() + "/disable", Map.of()),
				"/staff/accounts/" + colleague.getId() + "?disabled");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/staff/login", "/staff", "/staff/accounts", "/staff/audit" })
	void staffPagesAreNeverStoredAndCarryTheSecurityBaseline(String path) {
		StaffClient browser = path.equals("/staff/login") ? browser() : signedInAdmin();

		HttpResponse<String> page = browser.get(path);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl).contains("no-store").contains("no-cache"));
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe-inline"));
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(page.body()).doesNotContain("http://").doesNotContain("https://").doesNotContain("style=\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/help-now", "/screening", "/no-such-page" })
	void thePublicPagesStillCreateNoSession(String path) {
		int sessionsBefore = sessions();
		StaffClient browser = browser();

		HttpResponse<String> page = browser.get(path);

		assertThat(page.statusCode()).isIn(200, 404);
		assertThat(page.headers().allValues("Set-Cookie"))
			.noneMatch((cookie) -> cookie.startsWith("SESSION") || cookie.startsWith("JSESSIONID"));
		assertThat(sessions()).isEqualTo(sessionsBefore);
	}

	@Test
	void theSessionCountWouldSeeASession() {
		// Keeps the "no session" assertions honest: signing in makes one.
		int sessionsBefore = sessions();

		signedIn(account(StaffRole.ADMISSIONS));

		assertThat(sessions()).isEqualTo(sessionsBefore + 1);
	}

	private int sessions() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Integer.class);
	}

}
