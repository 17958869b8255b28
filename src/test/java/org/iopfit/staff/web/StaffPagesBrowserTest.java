package org.iopfit.staff.web;

import org.iopfit.browser.Browser;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff page in a real Chromium, signed in through the form as staff would: the
 * heading, the language, no accessibility violation axe-core can find (WCAG 2.2 AA), no
 * sideways scrolling on a phone, and no request to another site.
 */
class StaffPagesBrowserTest extends StaffWebTest {

	@RegisterExtension
	static final Browser browser = Browser.phone();

	@Test
	void theSignInPageAndAFailedSignInPassAxe() {
		WebDriver driver = browser.open("/staff/login");
		assertPage(browser, "en", "Sign in to the staff console");

		signIn(driver, "nobody-here", "not the right password");

		assertPage(browser, "en", "Sign in to the staff console");
		assertThat(driver.findElement(By.cssSelector(".error-summary a")).getDomAttribute("href"))
			.isEqualTo("#username");
		assertThat(driver.findElement(By.id("username")).getDomProperty("value")).isEqualTo("nobody-here");
	}

	@Test
	void everyAdministratorPagePassesAxe() {
		StaffAccount record = account(StaffRole.ADMISSIONS);
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, ADMIN, ADMIN_PASSWORD);
		assertPage(browser, "en", "Staff console");

		browser.open("/staff/accounts");
		assertPage(browser, "en", "Staff accounts");

		browser.open("/staff/accounts/new");
		assertPage(browser, "en", "Create a staff account");
		submit(driver, By.cssSelector("main button[type=submit]"));
		assertPage(browser, "en", "Create a staff account");
		assertThat(driver.findElements(By.cssSelector(".error-summary li"))).hasSize(3);

		browser.open("/staff/accounts/" + record.getId());
		assertPage(browser, "en", "Staff account: " + record.getUsername());
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Who has viewed this record");

		browser.open("/staff/audit");
		assertPage(browser, "en", "Audit log");
	}

	@Test
	void signingOutWorksWithoutJavaScriptFromTheHeader() {
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, ADMIN, ADMIN_PASSWORD);

		submit(driver, By.xpath("//header//button[text()='Sign out']"));

		assertPage(browser, "en", "Sign in to the staff console");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("You have signed out");
	}

	@Test
	void theIdleWarningAppearsBeforeTheLimitAndStaySignedInKeepsTheSession() {
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, ADMIN, ADMIN_PASSWORD);
		// A short idle limit for this one session, in the session store itself: the page
		// warns two minutes before it, so five seconds from now.
		String session = new String(
				java.util.Base64.getDecoder().decode(driver.manage().getCookieNamed("SESSION").getValue()),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(
				this.jdbc.update("UPDATE SPRING_SESSION SET MAX_INACTIVE_INTERVAL = 125 WHERE SESSION_ID = ?", session))
			.isOne();
		browser.open("/staff/screenings");
		WebElement warning = driver.findElement(By.id("idle-warning"));
		assertThat(warning.isDisplayed()).isFalse();
		// The time for readers without the script gives way to the warning.
		assertThat(driver.findElement(By.id("idle-ends")).isDisplayed()).isFalse();

		Browser.waitFor(driver).until((d) -> warning.isDisplayed());
		assertThat(warning.getText()).contains("Your session ends in 2 minutes");
		Browser.assertNoAxeViolations(driver);
		long before = lastAccess(session);
		driver.findElement(By.xpath("//button[text()='Stay signed in']")).click();

		Browser.waitFor(driver).until((d) -> !warning.isDisplayed());
		assertThat(lastAccess(session)).isGreaterThan(before);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Screenings");
	}

	private long lastAccess(String session) {
		return this.jdbc.queryForObject("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?", Long.class,
				session);
	}

	/**
	 * The same pages for a browser that asks for Spanish, on a laptop.
	 */
	@Nested
	class InSpanish {

		@RegisterExtension
		static final Browser spanish = Browser.desktop().language("es-US,es");

		@Test
		void everyPagePassesAxeInSpanish() {
			StaffAccount record = account(StaffRole.ADMISSIONS);
			WebDriver driver = spanish.open("/staff/login");
			assertPage(spanish, "es", "Iniciar sesión en la consola del personal");
			signIn(driver, "nadie", "una contraseña equivocada");
			assertPage(spanish, "es", "Iniciar sesión en la consola del personal");

			signIn(driver, ADMIN, ADMIN_PASSWORD);
			assertPage(spanish, "es", "Consola del personal");
			spanish.open("/staff/accounts");
			assertPage(spanish, "es", "Cuentas del personal");
			spanish.open("/staff/accounts/new");
			submit(driver, By.cssSelector("main button[type=submit]"));
			assertPage(spanish, "es", "Crear una cuenta del personal");
			spanish.open("/staff/accounts/" + record.getId());
			assertPage(spanish, "es", "Cuenta del personal: " + record.getUsername());
			spanish.open("/staff/audit");
			assertPage(spanish, "es", "Registro de auditoría");
		}

	}

	private static void signIn(WebDriver driver, String username, String password) {
		driver.findElement(By.id("username")).clear();
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		submit(driver, By.cssSelector("main button[type=submit]"));
	}

	/**
	 * Clicks a submit button and waits until the next page has loaded. The old page is
	 * marked on its window object, since under load chromedriver sometimes reports a node
	 * of a page being left with a generic error instead of a stale element. A click lost
	 * that way is tried once more, only while the old page is still there.
	 */
	private static void submit(WebDriver driver, By button) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.staffTestOldPage = true");
		try {
			driver.findElement(button).click();
		}
		catch (WebDriverException ex) {
			if (Boolean.TRUE.equals(js.executeScript("return window.staffTestOldPage === true"))) {
				driver.findElement(button).click();
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
		Object overflow = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("sideways scrolling").isLessThanOrEqualTo(0);
		// A date field's calendar icon is Chromium's own, drawn from a data: address: it
		// is no request, and nothing leaves the page.
		assertThat(browser.requestedUrls()).isNotEmpty()
			.filteredOn((url) -> !url.startsWith("data:"))
			.allSatisfy((url) -> assertThat(url).startsWith(browser.baseUrl() + "/"));
	}

}
