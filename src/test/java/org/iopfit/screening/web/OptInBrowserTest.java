package org.iopfit.screening.web;

import org.iopfit.browser.Browser;
import org.iopfit.records.Drafts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result page's opt-in forms in a real Chromium: the result with both forms, the
 * call-back form with its errors, the thanks, and the reference code, reloaded and
 * reached by Back, with no code in the address; axe finds nothing, in English and
 * Spanish.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OptInBrowserTest {

	@RegisterExtension
	static final Browser browser = Browser.phone();

	@Autowired
	AnswersCookie cookie;

	@Test
	void aReferenceCodeAndACallBackFromTheResultPage() {
		WebDriver driver = atTheResult(browser);
		assertPage(browser, "en");

		submit(driver, By.cssSelector("#code button[type=submit]"));
		assertPage(browser, "en");
		assertThat(driver.findElement(By.cssSelector(".error-summary a")).getDomAttribute("href"))
			.isEqualTo("#code-consent");
		driver.findElement(By.id("code-consent")).click();
		submit(driver, By.cssSelector("#code button[type=submit]"));
		assertPage(browser, "en");
		String code = driver.findElement(By.cssSelector("[data-reference-code]"))
			.getDomAttribute("data-reference-code");
		assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(driver.getCurrentUrl()).endsWith("/screening/code").doesNotContain(code);
		driver.navigate().refresh();
		assertThat(driver.findElement(By.cssSelector("[data-reference-code]")).getText()).isEqualTo(code);
		driver.navigate().back();
		assertThat(driver.getCurrentUrl()).contains("/screening/result");
		assertThat(driver.findElement(By.cssSelector("#code [data-reference-code]")).getText()).isEqualTo(code);

		driver.findElement(By.id("firstName")).sendKeys("Ana");
		submit(driver, By.cssSelector("#call-back-form button[type=submit]"));
		assertPage(browser, "en");
		assertThat(driver.findElements(By.cssSelector(".error-summary li"))).hasSize(3);
		assertThat(driver.findElement(By.id("firstName")).getDomProperty("value")).isEqualTo("Ana");
		driver.findElement(By.id("phone")).sendKeys("555-010-0123");
		driver.findElement(By.id("voicemail-false")).click();
		driver.findElement(By.id("consent")).click();
		submit(driver, By.cssSelector("#call-back-form button[type=submit]"));
		assertPage(browser, "en");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you. We will call you.");
		assertThat(driver.getCurrentUrl()).endsWith("/screening/call-back/sent");
		// Back goes to the result page as it was fetched, not to a form sent again.
		driver.navigate().back();
		assertThat(driver.getCurrentUrl()).endsWith("/screening/result?callBack=check");
		assertThat(driver.findElement(By.tagName("main")).getDomAttribute("data-level")).isEqualTo("IOP");
	}

	@Nested
	class InSpanish {

		@RegisterExtension
		static final Browser spanish = Browser.desktop().language("es-US,es");

		@Test
		void theFormsAndTheirPagesInSpanish() {
			WebDriver driver = atTheResult(spanish);
			assertPage(spanish, "es");
			assertThat(driver.findElement(By.id("code")).getText()).contains("Guarde un código de referencia");
			driver.findElement(By.id("code-consent")).click();
			submit(driver, By.cssSelector("#code button[type=submit]"));
			assertPage(spanish, "es");
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Su código de referencia");
			spanish.open("/screening/call-back");
			assertPage(spanish, "es");
			submit(driver, By.cssSelector("#call-back-form button[type=submit]"));
			assertPage(spanish, "es");
			assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Escriba un nombre");
		}

	}

	private WebDriver atTheResult(Browser browser) {
		WebDriver driver = browser.open("/");
		driver.manage()
			.addCookie(new Cookie.Builder(AnswersCookie.NAME,
					this.cookie.seal(new AnswersCookie.Saved(Drafts.iop(), null)))
				.path("/")
				.isHttpOnly(true)
				.build());
		return browser.open("/screening/result");
	}

	private static void submit(WebDriver driver, By button) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.optInOldPage = true");
		try {
			driver.findElement(button).click();
		}
		catch (WebDriverException ex) {
			if (Boolean.TRUE.equals(js.executeScript("return window.optInOldPage === true"))) {
				driver.findElement(button).click();
			}
		}
		Browser.waitFor(driver)
			.ignoring(WebDriverException.class)
			.until((d) -> Boolean.TRUE.equals(js
				.executeScript("return window.optInOldPage === undefined && document.readyState === 'complete'")));
	}

	private static void assertPage(Browser browser, String language) {
		WebDriver driver = browser.driver();
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
		Browser.assertNoAxeViolations(driver);
		Object overflow = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("sideways scrolling").isLessThanOrEqualTo(0);
		assertThat(browser.requestedUrls()).isNotEmpty()
			.filteredOn((url) -> !url.startsWith("data:"))
			.allSatisfy((url) -> assertThat(url).startsWith(browser.baseUrl() + "/"));
	}

}
