package org.iopfit.staff.web;

import java.time.Duration;
import java.util.List;

import org.iopfit.browser.Browser;
import org.iopfit.audit.AuditAction;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real Chromium, with the DevTools protocol's virtual authenticator (what a
 * phone's or laptop's built-in authenticator does, without a finger): the bootstrap
 * administrator types its enrolment code and registers a passkey right after the
 * password, saves the recovery codes, signs in with password and passkey, confirms a
 * change with it again after five minutes; the password alone opens nothing; a recovery
 * code works once; an administrator resets another account's passkeys. Every page passes
 * axe-core, in English and Spanish, and asks nothing of another site.
 */
@TestPropertySource(properties = "screener.security.second-factor=required-for-admins")
class PasskeyBrowserTest extends SecondFactorWebTest {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	private VirtualAuthenticator authenticator;

	@AfterEach
	void removeAuthenticator() {
		if (this.authenticator != null) {
			((HasVirtualAuthenticator) browser.driver()).removeVirtualAuthenticator(this.authenticator);
			this.authenticator = null;
		}
	}

	@Test
	void theBootstrapAdministratorRegistersAPasskeyAndThenSignsInWithPasswordAndPasskey() {
		this.authenticator = addAuthenticator(browser);
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, ADMIN, ADMIN_PASSWORD);

		assertPage(browser, "en", "Passkeys and recovery codes");
		assertThat(main(driver)).contains("Your account needs a passkey")
			.contains("You have no passkey yet")
			.contains("Enter your enrolment code")
			.doesNotContain("Add a passkey");
		browser.open("/staff/accounts");
		assertPage(browser, "en", "Passkeys and recovery codes");
		typeEnrolmentCode(driver, "zzzz-zzzz-zzzz");
		assertPage(browser, "en", "Passkeys and recovery codes");
		assertThat(driver.findElement(By.cssSelector(".error-summary a")).getText())
			.startsWith("This enrolment code is not right");

		// The first-start secret: what FirstAdmin wrote to its file at start.
		StaffAccount bootstrap = this.manager.findById(accountId(ADMIN)).orElseThrow();
		typeEnrolmentCode(driver, this.secondFactors.newEnrolmentCode(null, bootstrap));
		assertPage(browser, "en", "Passkeys and recovery codes");
		assertThat(main(driver)).contains("Your enrolment code is accepted");
		driver.findElement(By.id("passkey-name")).sendKeys("Test laptop");
		click(driver, By.xpath("//button[text()='Add a passkey']"));

		assertPage(browser, "en", "Your recovery codes");
		List<String> codes = driver.findElements(By.cssSelector(".recovery-codes code"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(this.authenticator.getCredentials()).hasSize(1);

		click(driver, By.linkText("I have saved them: sign in with my new passkey"));
		assertPage(browser, "en", "Confirm it is you");
		click(driver, By.xpath("//button[text()='Use my passkey']"));
		assertPage(browser, "en", "Staff console");
		browser.open("/staff/accounts");
		assertPage(browser, "en", "Staff accounts");
		browser.open("/staff/security");
		assertPage(browser, "en", "Passkeys and recovery codes");
		assertThat(main(driver)).contains("Test laptop")
			.contains("Your only passkey")
			.contains("Unused recovery codes: 10 of 10");
		browser.open("/staff/recovery-codes");
		assertThat(main(driver)).as("the codes are shown once").doesNotContain(codes.get(0));

		// The next sign-in: the password alone opens nothing.
		click(driver, By.xpath("//header//button[text()='Sign out']"));
		signIn(driver, ADMIN, ADMIN_PASSWORD);
		assertPage(browser, "en", "Confirm it is you");
		browser.open("/staff/accounts");
		assertPage(browser, "en", "Confirm it is you");
		browser.open("/staff");
		assertPage(browser, "en", "Confirm it is you");
		click(driver, By.xpath("//button[text()='Use my passkey']"));
		assertPage(browser, "en", "Staff console");

		// Six minutes on, a change asks for the passkey again, and is then made again.
		StaffAccount other = account(StaffRole.ADMISSIONS);
		this.clock.advance(Duration.ofMinutes(6));
		browser.open("/staff/accounts/" + other.getId());
		click(driver, By.xpath("//button[text()='Disable this account']"));
		assertPage(browser, "en", "Confirm it is you");
		assertThat(this.manager.findById(other.getId()).orElseThrow().isEnabled()).isTrue();
		click(driver, By.xpath("//button[text()='Use my passkey']"));
		assertPage(browser, "en", "Staff account: " + other.getUsername());
		assertThat(main(driver)).contains("Make your change again");
		click(driver, By.xpath("//button[text()='Disable this account']"));
		assertThat(main(driver)).contains("The account has been disabled");
		this.clock.reset();

		// A recovery code in place of the passkey: once.
		click(driver, By.xpath("//header//button[text()='Sign out']"));
		signIn(driver, ADMIN, ADMIN_PASSWORD);
		useRecoveryCode(driver, codes.get(5));
		assertPage(browser, "en", "Passkeys and recovery codes");
		assertThat(main(driver)).contains("You signed in with a recovery code")
			.contains("Unused recovery codes: 9 of 10");
		click(driver, By.xpath("//header//button[text()='Sign out']"));
		signIn(driver, ADMIN, ADMIN_PASSWORD);
		useRecoveryCode(driver, codes.get(5));
		assertPage(browser, "en", "Confirm it is you");
		assertThat(driver.findElement(By.cssSelector(".error-summary a")).getText())
			.startsWith("This recovery code is not right or has been used");
		assertThat(driver.findElement(By.id("code")).getDomProperty("value")).isEmpty();

		long adminId = this.manager.findById(accountId(ADMIN)).orElseThrow().getId();
		assertThat(auditOf(adminId)).containsSubsequence(AuditAction.ENROLMENT_CODE_FAILED,
				AuditAction.ENROLMENT_CODE_USED, AuditAction.PASSKEY_REGISTERED, AuditAction.RECOVERY_CODES_ISSUED,
				AuditAction.PASSKEY_USED, AuditAction.PASSKEY_USED, AuditAction.PASSKEY_USED,
				AuditAction.IDENTITY_CONFIRMED, AuditAction.RECOVERY_CODE_USED, AuditAction.RECOVERY_CODE_FAILED);
	}

	@Test
	void anAdministratorResetsThePasskeysOfSomeoneWhoLostThem() {
		StaffAccount admissions = account(StaffRole.ADMISSIONS);
		this.authenticator = addAuthenticator(browser);
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, admissions.getUsername(), PASSWORD);
		assertPage(browser, "en", "Staff console");
		browser.open("/staff/security");
		driver.findElement(By.id("passkey-name")).sendKeys("Phone");
		click(driver, By.xpath("//button[text()='Add a passkey']"));
		assertPage(browser, "en", "Your recovery codes");
		click(driver, By.xpath("//header//button[text()='Sign out']"));

		StaffAccount admin = account(StaffRole.ADMIN);
		givePasskey(admin, "Admin key");
		String code = recoveryCodes(admin).get(0);
		signIn(driver, admin.getUsername(), PASSWORD);
		useRecoveryCode(driver, code);
		browser.open("/staff/accounts/" + admissions.getId());
		assertPage(browser, "en", "Staff account: " + admissions.getUsername());
		assertThat(main(driver)).contains("1 passkey.");
		click(driver, By.xpath("//button[text()='Reset passkeys and recovery codes']"));
		assertPage(browser, "en", "Staff account: " + admissions.getUsername());
		assertThat(main(driver)).contains("The passkeys and recovery codes have been removed").contains("No passkey.");
		click(driver, By.xpath("//header//button[text()='Sign out']"));

		// Admissions staff need no passkey under this rule: the password alone again.
		signIn(driver, admissions.getUsername(), PASSWORD);
		assertPage(browser, "en", "Staff console");
		assertThat(auditOf(admissions.getId())).containsSubsequence(AuditAction.PASSKEY_REGISTERED,
				AuditAction.SECOND_FACTOR_RESET);
	}

	@Test
	void aPasskeyAloneWithoutThePasswordSignsNobodyIn() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		this.authenticator = addAuthenticator(browser);
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, account.getUsername(), PASSWORD);
		browser.open("/staff/security");
		driver.findElement(By.id("passkey-name")).sendKeys("Phone");
		click(driver, By.xpath("//button[text()='Add a passkey']"));
		assertPage(browser, "en", "Your recovery codes");
		click(driver, By.xpath("//header//button[text()='Sign out']"));
		assertPage(browser, "en", "Sign in to the staff console");

		// What a page could do with the discoverable passkey, skipping the password.
		Object status = ((JavascriptExecutor) driver).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						const token = document.querySelector('input[name="_csrf"]').value;
						const headers = { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token };
						const b64 = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
						const enc = (b) => btoa(String.fromCharCode(...new Uint8Array(b)))
						  .replace(/=/g, '').replace(/\\+/g, '-').replace(/\\//g, '_');
						fetch('/webauthn/authenticate/options', { method: 'POST', headers })
						  .then((r) => r.json())
						  .then((o) => navigator.credentials.get({ publicKey: { ...o, challenge: b64(o.challenge),
						      allowCredentials: [] } }))
						  .then((c) => fetch('/login/webauthn', { method: 'POST', headers, body: JSON.stringify({
						      id: c.id, rawId: enc(c.rawId), type: c.type, clientExtensionResults: {},
						      response: { authenticatorData: enc(c.response.authenticatorData),
						        clientDataJSON: enc(c.response.clientDataJSON), signature: enc(c.response.signature),
						        userHandle: enc(c.response.userHandle) } }) }))
						  .then((r) => done(r.status), (e) => done('error: ' + e));
						""");

		assertThat(status).isEqualTo(401L);
		browser.open("/staff");
		assertPage(browser, "en", "Sign in to the staff console");
		assertThat(auditOf(account.getId())).endsWith(AuditAction.PASSKEY_FAILED);
	}

	@Test
	void aPasskeyThatFailsSaysSoOnThePage() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		givePasskey(account, "Not in this browser");
		this.authenticator = addAuthenticator(browser);
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, account.getUsername(), PASSWORD);
		assertPage(browser, "en", "Confirm it is you");

		// The authenticator holds no passkey of this account: the browser refuses.
		driver.findElement(By.xpath("//button[text()='Use my passkey']")).click();

		WebElement error = Browser.waitFor(driver)
			.until((d) -> d.findElement(By.id("passkey-error")).isDisplayed() ? d.findElement(By.id("passkey-error"))
					: null);
		assertThat(error.getText()).startsWith("That did not work");
		assertPage(browser, "en", "Confirm it is you");
	}

	/**
	 * The same steps for a browser that asks for Spanish, on a phone.
	 */
	@Nested
	class InSpanish {

		@RegisterExtension
		static final Browser spanish = Browser.phone().language("es-US,es");

		@Test
		void registeringAndConfirmingWithAPasskeyPassAxeInSpanish() {
			StaffAccount admin = account(StaffRole.ADMIN);
			VirtualAuthenticator authenticator = addAuthenticator(spanish);
			try {
				WebDriver driver = spanish.open("/staff/login");
				signIn(driver, admin.getUsername(), PASSWORD);
				assertPage(spanish, "es", "Llaves de acceso y códigos de recuperación");
				typeEnrolmentCode(driver, PasskeyBrowserTest.this.secondFactors.newEnrolmentCode(null, admin));
				assertPage(spanish, "es", "Llaves de acceso y códigos de recuperación");
				driver.findElement(By.id("passkey-name")).sendKeys("Teléfono");
				click(driver, By.xpath("//button[text()='Agregar una llave de acceso']"));
				assertPage(spanish, "es", "Sus códigos de recuperación");
				click(driver, By.partialLinkText("Ya los guardé"));
				assertPage(spanish, "es", "Confirme que es usted");
				useRecoveryCode(driver, "zzzz-zzzz-zzzz");
				assertPage(spanish, "es", "Confirme que es usted");
				click(driver, By.xpath("//button[text()='Usar mi llave de acceso']"));
				assertPage(spanish, "es", "Consola del personal");
				spanish.open("/staff/accounts/" + admin.getId());
				assertPage(spanish, "es", "Cuenta del personal: " + admin.getUsername());
			}
			finally {
				((HasVirtualAuthenticator) spanish.driver()).removeVirtualAuthenticator(authenticator);
			}
		}

	}

	private long accountId(String username) {
		return this.jdbc.queryForObject("SELECT id FROM staff_account WHERE username = ?", Long.class, username);
	}

	private static VirtualAuthenticator addAuthenticator(Browser browser) {
		return ((HasVirtualAuthenticator) browser.driver()).addVirtualAuthenticator(
				new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true)
					.setIsUserConsenting(true));
	}

	private static String main(WebDriver driver) {
		return driver.findElement(By.tagName("main")).getText();
	}

	private static void signIn(WebDriver driver, String username, String password) {
		driver.findElement(By.id("username")).clear();
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		click(driver, By.cssSelector("main button[type=submit]"));
	}

	private static void typeEnrolmentCode(WebDriver driver, String code) {
		driver.findElement(By.id("code")).sendKeys(code);
		click(driver, By.xpath("//form[contains(@action,'enrolment-code')]//button"));
	}

	private static void useRecoveryCode(WebDriver driver, String code) {
		driver.findElement(By.id("code")).sendKeys(code);
		click(driver, By.xpath("//form[contains(@action,'recovery-code')]//button"));
	}

	/**
	 * Clicks something that leads to another page (a form, a link, or a script that
	 * navigates when the passkey is done) and waits until that page has loaded, told by a
	 * marker on the old page's window.
	 */
	private static void click(WebDriver driver, By target) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.staffTestOldPage = true");
		try {
			driver.findElement(target).click();
		}
		catch (WebDriverException ex) {
			if (Boolean.TRUE.equals(js.executeScript("return window.staffTestOldPage === true"))) {
				driver.findElement(target).click();
			}
		}
		Browser.waitFor(driver)
			.ignoring(WebDriverException.class)
			.until((d) -> Boolean.TRUE.equals(js
				.executeScript("return window.staffTestOldPage === undefined && document.readyState === 'complete'")));
	}

	private static void assertPage(Browser browser, String language, String heading) {
		WebDriver driver = browser.driver();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
		Browser.assertNoAxeViolations(driver);
		assertThat(browser.requestedUrls()).isNotEmpty()
			.allSatisfy((url) -> assertThat(url).startsWith(browser.baseUrl() + "/"));
	}

}
