package org.iopfit.staff.web;

import java.util.List;
import java.util.Map;

import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code screener.security.second-factor=optional}: nobody must have a passkey, but an
 * account that has one is asked for it, and may remove its last one. That is the rule of
 * the test configuration ({@code config/application.yml}), so this class shares the other
 * staff web tests' application instead of starting one of its own.
 */
class SecondFactorOptionalTest extends SecondFactorWebTest {

	@Test
	void administratorsWithoutAPasskeySignInWithThePasswordAlone() {
		StaffClient browser = signedIn(account(StaffRole.ADMIN));

		assertThat(browser.get("/staff/accounts").statusCode()).isEqualTo(200);
		assertThat(browser.get("/staff/security").body()).contains("You have no passkey yet")
			.doesNotContain("Your account needs a passkey");
	}

	@Test
	void anAccountWithAPasskeyIsStillAskedForIt() {
		StaffAccount account = account(StaffRole.ADMIN);
		givePasskey(account, "Phone");

		assertRedirect(signedIn(account).get("/staff/accounts"), "/staff/second-factor");
	}

	@Test
	void theLastPasskeyCanBeRemovedAndTheRecoveryCodesGoWithIt() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		givePasskey(account, "Phone");
		List<String> codes = recoveryCodes(account);
		StaffClient browser = signedIn(account);
		browser.submit("/staff/second-factor", "/staff/second-factor/recovery-code", Map.of("code", codes.get(0)));
		String only = this.secondFactors.passkeysOf(account.getUsername()).get(0).id();

		assertRedirect(browser.submit("/staff/security", "/staff/security/passkeys/" + only + "/remove", Map.of()),
				"/staff/security?removed");

		assertThat(this.secondFactors.unusedRecoveryCodes(account)).isZero();
		assertThat(signedIn(account).get("/staff").statusCode()).as("the password alone again").isEqualTo(200);
	}

}
