package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iopfit.audit.AuditAction;
import org.iopfit.staff.secondfactor.SecondFactors.CodeResult;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code screener.security.second-factor=required-for-all} (the default, see
 * {@code SecondFactorRuleTest}): every account without a passkey is taken to register one
 * right after its password, and may do so only with a one-time enrolment code from an
 * administrator; wrong codes of either kind lock the account, a right password does not
 * reset their count, and a lock ends every session of the account.
 */
@TestPropertySource(properties = "screener.security.second-factor=required-for-all")
class SecondFactorRequiredForAllTest extends SecondFactorWebTest {

	private static final Pattern SHOWN_CODE = Pattern.compile("class=\"enrolment-code\">([^<]+)<");

	private static final String WRONG = "aaaa-bbbb-cccc";

	@Test
	void admissionsStaffWithAPasswordAloneOpenNoRecord() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));

		for (String page : List.of("/staff", "/staff/screenings", "/staff/call-backs", "/staff/report",
				"/staff/screenings/1", "/staff/call-backs/1")) {
			assertRedirect(browser.get(page), "/staff/security?required");
		}
	}

	@Test
	void administratorsWithoutAPasskeyAreTakenToRegisterOne() {
		StaffClient browser = signedIn(account(StaffRole.ADMIN));

		assertRedirect(browser.get("/staff/accounts"), "/staff/security?required");
	}

	@Test
	void anAccountWithAPasskeyIsAskedForIt() {
		var account = account(StaffRole.ADMISSIONS);
		givePasskey(account, "Phone");

		assertRedirect(signedIn(account).get("/staff"), "/staff/second-factor");
	}

	@Test
	void withoutAnEnrolmentCodeThePasswordAloneCannotRegisterAPasskey() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient thief = signedIn(account);

		assertThat(thief.get("/staff/security?required").body()).contains("Enter your enrolment code")
			.doesNotContain("data-passkey=\"register\"");
		assertRedirect(thief.postJson("/staff/security", "/webauthn/register/options", ""), "/staff/security?required");
		assertRedirect(thief.postJson("/staff/security", "/webauthn/register", "{}"), "/staff/security?required");
	}

	@Test
	void aWrongExpiredOrUsedEnrolmentCodeIsRefusedAndTheRightOneWorksOnce() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(account);

		HttpResponse<String> wrong = typeEnrolmentCode(browser, WRONG);
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("<a href=\"#code\">This enrolment code is not right").doesNotContain(WRONG);
		assertRedirect(browser.postJson("/staff/security", "/webauthn/register/options", ""),
				"/staff/security?required");

		String expired = this.secondFactors.newEnrolmentCode(ADMIN, account);
		this.clock.advance(Duration.ofHours(24).plusSeconds(1));
		assertThat(typeEnrolmentCode(signedIn(account), expired).body()).contains("This enrolment code is not right");
		this.clock.reset();

		String code = this.secondFactors.newEnrolmentCode(ADMIN, account);
		assertRedirect(typeEnrolmentCode(browser, code.toUpperCase()), "/staff/security?codeAccepted");
		HttpResponse<String> page = browser.get("/staff/security?codeAccepted");
		assertThat(page.body()).contains("Your enrolment code is accepted").contains("data-passkey=\"register\"");
		assertThat(browser.postJson("/staff/security", "/webauthn/register/options", "").statusCode()).isEqualTo(200);
		// Only the session that typed it may register.
		StaffClient other = signedIn(account);
		assertRedirect(other.postJson("/staff/security", "/webauthn/register/options", ""), "/staff/security?required");
		assertThat(typeEnrolmentCode(other, code).body()).as("used").contains("This enrolment code is not right");

		assertThat(auditOf(account.getId())).containsSubsequence(AuditAction.ENROLMENT_CODE_FAILED,
				AuditAction.ENROLMENT_CODE_ISSUED, AuditAction.ENROLMENT_CODE_FAILED, AuditAction.ENROLMENT_CODE_ISSUED,
				AuditAction.ENROLMENT_CODE_USED, AuditAction.ENROLMENT_CODE_FAILED);
	}

	@Test
	void anAdministratorMakesAnEnrolmentCodeShownOnce() {
		StaffAccount admin = account(StaffRole.ADMIN);
		givePasskey(admin, "Admin key");
		StaffClient adminBrowser = signedIn(admin);
		assertRedirect(adminBrowser.submit("/staff/second-factor", "/staff/second-factor/recovery-code",
				Map.of("code", recoveryCodes(admin).get(0))), "/staff/security?recoveryCodeUsed");
		StaffAccount newcomer = account(StaffRole.ADMISSIONS);
		String page = "/staff/accounts/" + newcomer.getId();

		assertRedirect(adminBrowser.submit(page, page + "/enrolment-code", Map.of()), page);
		Matcher shown = SHOWN_CODE.matcher(adminBrowser.get(page).body());
		assertThat(shown.find()).as("the code is on the page").isTrue();
		assertThat(adminBrowser.get(page).body()).as("shown once").doesNotContain(shown.group(1));

		StaffClient newcomerBrowser = signedIn(newcomer);
		assertRedirect(typeEnrolmentCode(newcomerBrowser, shown.group(1)), "/staff/security?codeAccepted");
		assertThat(newcomerBrowser.postJson("/staff/security", "/webauthn/register/options", "").statusCode())
			.isEqualTo(200);
		assertThat(auditOf(newcomer.getId())).containsSubsequence(AuditAction.ENROLMENT_CODE_ISSUED,
				AuditAction.ENROLMENT_CODE_USED);
	}

	@Test
	void wrongCodesAreNotForgivenBySigningInAgain() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		givePasskey(account, "Phone");
		List<String> codes = recoveryCodes(account);

		StaffClient first = signedIn(account);
		for (int i = 0; i < 4; i++) {
			assertThat(typeRecoveryCode(first, WRONG).statusCode()).isEqualTo(200);
		}
		// A right password again does not start the count again (it did: three rounds of
		// password and four wrong codes, twelve in all, locked nothing).
		StaffClient second = signedIn(account);
		assertRedirect(typeRecoveryCode(second, WRONG), "/staff/login");
		assertRedirect(first.get("/staff/second-factor"), "/staff/login");

		assertThat(browser().signIn(account.getUsername(), PASSWORD).statusCode()).as("locked").isEqualTo(200);
		assertThat(auditOf(account.getId())).contains(AuditAction.LOCKED_OUT);
		assertThat(codes).hasSize(10);
	}

	@Test
	void aValidRecoveryCodeInASessionOpenedBeforeTheLockIsRefusedAndTheLockEndsEverySession() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		givePasskey(account, "Phone");
		List<String> codes = recoveryCodes(account);
		StaffClient signedInFully = signedIn(account);
		assertRedirect(typeRecoveryCode(signedInFully, codes.get(0)), "/staff/security?recoveryCodeUsed");
		StaffClient openedBefore = signedIn(account);
		assertThat(openedBefore.get("/staff/second-factor").statusCode()).isEqualTo(200);

		StaffClient guesser = signedIn(account);
		for (int i = 0; i < 4; i++) {
			typeRecoveryCode(guesser, WRONG);
		}
		assertRedirect(typeRecoveryCode(guesser, WRONG), "/staff/login");

		assertRedirect(signedInFully.get("/staff"), "/staff/login");
		assertRedirect(openedBefore.get("/staff/second-factor"), "/staff/login");
		// Even straight at the service, as a session that outlived the lock would be.
		StaffAccount locked = this.manager.findById(account.getId()).orElseThrow();
		assertThat(this.secondFactors.useRecoveryCode(locked, codes.get(1))).isEqualTo(CodeResult.LOCKED);
		assertThat(this.secondFactors.unusedRecoveryCodes(locked)).isEqualTo(9);
	}

	private static HttpResponse<String> typeEnrolmentCode(StaffClient browser, String code) {
		return browser.submit("/staff/security?required", "/staff/security/enrolment-code", Map.of("code", code));
	}

	private static HttpResponse<String> typeRecoveryCode(StaffClient browser, String code) {
		return browser.submit("/staff/second-factor", "/staff/second-factor/recovery-code", Map.of("code", code));
	}

}
