package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.iopfit.audit.AuditAction;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code screener.security.second-factor=required-for-admins} (the default): an
 * administrator without a passkey is taken to register one right after the password and
 * can do nothing else; admissions staff without one sign in with the password; anyone
 * with a passkey is asked for it, or for a recovery code, which works once.
 */
@TestPropertySource(properties = "screener.security.second-factor=required-for-admins")
class SecondFactorRequiredForAdminsTest extends SecondFactorWebTest {

	@Test
	void anAdministratorWithoutAPasskeyIsTakenToRegisterOneAndCanOpenNothingElse() {
		StaffAccount admin = account(StaffRole.ADMIN);
		StaffClient browser = signedIn(admin);

		assertRedirect(browser.get("/staff"), "/staff/security?required");
		assertRedirect(browser.get("/staff/accounts"), "/staff/security?required");
		assertRedirect(browser.get("/staff/audit"), "/staff/security?required");
		assertRedirect(browser.get("/staff/second-factor"), "/staff/security?required");
		assertRedirect(
				browser.submit("/staff/security", "/staff/accounts",
						Map.of("username", "sneaky-new", "role", "ADMIN", "password", PASSWORD)),
				"/staff/security?required");

		HttpResponse<String> security = browser.get("/staff/security?required");
		assertThat(security.statusCode()).isEqualTo(200);
		// Its password alone cannot bind a passkey: first the administrator's code.
		assertThat(security.body()).contains("Your account needs a passkey")
			.contains("Enter your enrolment code")
			.doesNotContain("data-passkey=\"register\"");
		assertRedirect(browser.postJson("/staff/security", "/webauthn/register/options", ""),
				"/staff/security?required");
		assertThat(this.manager.findById(admin.getId())).isPresent();
	}

	@Test
	void admissionsStaffWithoutAPasskeySignInWithThePasswordAlone() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));

		HttpResponse<String> home = browser.get("/staff");

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("You are signed in as");
	}

	@Test
	void aPasswordAloneDoesNotOpenAnAccountThatHasAPasskey() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		givePasskey(account, "Work laptop");
		StaffClient browser = signedIn(account);

		assertRedirect(browser.get("/staff"), "/staff/second-factor");
		assertRedirect(browser.get("/staff/security"), "/staff/second-factor");
		HttpResponse<String> confirm = browser.get("/staff/second-factor");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("Confirm it is you")
			.contains("data-passkey=\"authenticate\"")
			.contains("Use a recovery code instead")
			.contains("<noscript>");
	}

	@Test
	void aRecoveryCodeSignsInOnceAndIsRefusedTheSecondTime() {
		StaffAccount admin = account(StaffRole.ADMIN);
		givePasskey(admin, "Security key");
		List<String> codes = recoveryCodes(admin);

		StaffClient first = signedIn(admin);
		assertRedirect(first.submit("/staff/second-factor", "/staff/second-factor/recovery-code",
				Map.of("code", codes.get(3))), "/staff/security?recoveryCodeUsed");
		assertThat(first.get("/staff/accounts").statusCode()).isEqualTo(200);
		assertThat(first.get("/staff/security").body()).contains("Unused recovery codes: 9 of 10");

		StaffClient second = signedIn(admin);
		HttpResponse<String> refused = second.submit("/staff/second-factor", "/staff/second-factor/recovery-code",
				Map.of("code", codes.get(3)));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("There is a problem")
			.contains("<a href=\"#code\">This recovery code is not right or has been used")
			.doesNotContain(codes.get(3));
		assertRedirect(second.get("/staff"), "/staff/second-factor");
		assertThat(auditOf(admin.getId())).containsSubsequence(AuditAction.RECOVERY_CODES_ISSUED,
				AuditAction.RECOVERY_CODE_USED, AuditAction.RECOVERY_CODE_FAILED);
	}

	@Test
	void wrongRecoveryCodesLockTheAccountLikeWrongPasswords() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		givePasskey(account, "Phone");
		List<String> codes = recoveryCodes(account);
		StaffClient browser = signedIn(account);

		for (int i = 0; i < 4; i++) {
			assertThat(browser
				.submit("/staff/second-factor", "/staff/second-factor/recovery-code", Map.of("code", "aaaa-bbbb-cccc"))
				.statusCode()).isEqualTo(200);
		}
		assertRedirect(browser.submit("/staff/second-factor", "/staff/second-factor/recovery-code",
				Map.of("code", "aaaa-bbbb-cccc")), "/staff/login");

		assertRedirect(browser.get("/staff"), "/staff/login");
		assertThat(browser().signIn(account.getUsername(), PASSWORD).statusCode()).as("locked").isEqualTo(200);
		assertThat(auditOf(account.getId())).contains(AuditAction.LOCKED_OUT);
		assertThat(codes).hasSize(10);
	}

	@Test
	void anEmptyRecoveryCodeIsAnErrorOnTheSamePage() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		givePasskey(account, "Phone");
		StaffClient browser = signedIn(account);

		HttpResponse<String> page = browser.submit("/staff/second-factor", "/staff/second-factor/recovery-code",
				Map.of("code", " "));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<a href=\"#code\">Enter a recovery code")
			.contains("aria-describedby=\"code-hint code-error\"");
	}

	@Test
	void theLastPasskeyOfAnAdministratorCannotBeRemovedButASecondOneCan() {
		StaffAccount admin = account(StaffRole.ADMIN);
		givePasskey(admin, "Laptop");
		List<String> codes = recoveryCodes(admin);
		StaffClient browser = signedIn(admin);
		browser.submit("/staff/second-factor", "/staff/second-factor/recovery-code", Map.of("code", codes.get(0)));
		String only = this.secondFactors.passkeysOf(admin.getUsername()).get(0).id();

		HttpResponse<String> page = browser.get("/staff/security");
		assertThat(page.body()).contains("Your only passkey").doesNotContain("/remove");
		assertThat(browser.submit("/staff/security", "/staff/security/passkeys/" + only + "/remove", Map.of())
			.statusCode()).isEqualTo(409);

		givePasskey(admin, "Security key");
		assertRedirect(browser.submit("/staff/security", "/staff/security/passkeys/" + only + "/remove", Map.of()),
				"/staff/security?removed");
		assertThat(this.secondFactors.passkeysOf(admin.getUsername())).extracting((passkey) -> passkey.label())
			.containsExactly("Security key");
		assertThat(auditOf(admin.getId())).contains(AuditAction.PASSKEY_REMOVED);
	}

	@Test
	void someoneElsesPasskeyCannotBeRemoved() {
		StaffAccount owner = account(StaffRole.ADMISSIONS);
		givePasskey(owner, "Theirs");
		StaffAccount other = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(other);
		String theirs = this.secondFactors.passkeysOf(owner.getUsername()).get(0).id();

		assertThat(browser.submit("/staff/security", "/staff/security/passkeys/" + theirs + "/remove", Map.of())
			.statusCode()).isEqualTo(404);
		assertThat(this.secondFactors.passkeysOf(owner.getUsername())).hasSize(1);
	}

	@Test
	void anAdministratorResetsAnotherAccountsSecondFactorWhichEndsItsSessions() {
		StaffAccount admissions = account(StaffRole.ADMISSIONS);
		givePasskey(admissions, "Lost phone");
		List<String> codes = recoveryCodes(admissions);
		StaffClient theirs = signedIn(admissions);
		theirs.submit("/staff/second-factor", "/staff/second-factor/recovery-code", Map.of("code", codes.get(0)));
		assertThat(theirs.get("/staff").statusCode()).isEqualTo(200);

		StaffAccount admin = account(StaffRole.ADMIN);
		givePasskey(admin, "Admin key");
		StaffClient adminBrowser = signedIn(admin);
		adminBrowser.submit("/staff/second-factor", "/staff/second-factor/recovery-code",
				Map.of("code", recoveryCodes(admin).get(0)));
		String page = "/staff/accounts/" + admissions.getId();
		assertThat(adminBrowser.get(page).body()).contains("1 passkey.");
		assertRedirect(adminBrowser.submit(page, page + "/second-factor/reset", Map.of()), page + "?secondFactorReset");

		assertThat(adminBrowser.get(page + "?secondFactorReset").body()).contains("No passkey.")
			.contains("the account&#39;s sessions have ended");
		assertRedirect(theirs.get("/staff"), "/staff/login");
		assertThat(this.secondFactors.passkeysOf(admissions.getUsername())).isEmpty();
		assertThat(this.secondFactors.unusedRecoveryCodes(admissions)).isZero();
		assertThat(auditOf(admissions.getId())).contains(AuditAction.SECOND_FACTOR_RESET);
		// Admissions staff need no passkey under this rule: the password alone again.
		assertThat(signedIn(admissions).get("/staff").statusCode()).isEqualTo(200);
	}

	@Test
	void anAdministratorCannotResetTheirOwnSecondFactor() {
		StaffAccount admin = account(StaffRole.ADMIN);
		givePasskey(admin, "Admin key");
		StaffClient browser = signedIn(admin);
		browser.submit("/staff/second-factor", "/staff/second-factor/recovery-code",
				Map.of("code", recoveryCodes(admin).get(0)));
		String page = "/staff/accounts/" + admin.getId();

		assertThat(browser.get(page).body()).doesNotContain("/second-factor/reset");
		assertThat(browser.submit(page, page + "/second-factor/reset", Map.of()).statusCode()).isEqualTo(409);
		assertThat(this.secondFactors.passkeysOf(admin.getUsername())).hasSize(1);
	}

	@Test
	void passkeyEndpointsAnswerBadRequestRatherThanAServerErrorForGarbage() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(account);

		assertThat(browser.postJson("/staff/security", "/webauthn/register/options", "").statusCode()).isEqualTo(200);
		HttpResponse<String> garbage = browser.postJson("/staff/security", "/webauthn/register",
				"{\"publicKey\":{\"label\":\"x\",\"credential\":{\"id\":\"AAAA\",\"rawId\":\"AAAA\","
						+ "\"type\":\"public-key\",\"response\":{\"attestationObject\":\"AAAA\","
						+ "\"clientDataJSON\":\"AAAA\"}}}}");
		assertThat(garbage.statusCode()).isEqualTo(400);
		assertThat(browser.postJson("/staff/security", "/login/webauthn", "{\"id\":1}").statusCode()).isEqualTo(401);
		assertThat(browser().postJson("/staff/login", "/webauthn/register/options", "").statusCode()).isIn(302, 400,
				401, 403);
		assertThat(this.secondFactors.passkeysOf(account.getUsername())).isEmpty();
	}

}
