package org.iopfit.staff.web;

import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

/**
 * {@code screener.security.second-factor=required-for-all}: every account without a
 * passkey is taken to register one right after its password.
 */
@TestPropertySource(properties = "screener.security.second-factor=required-for-all")
class SecondFactorRequiredForAllTest extends SecondFactorWebTest {

	@Test
	void admissionsStaffWithoutAPasskeyAreTakenToRegisterOne() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));

		assertRedirect(browser.get("/staff"), "/staff/security?required");
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

}
