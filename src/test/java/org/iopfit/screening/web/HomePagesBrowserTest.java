package org.iopfit.screening.web;

import java.util.List;

import org.iopfit.browser.Browser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The landing page, the help-now page and the 404 page in a real Chromium, as a person on
 * a phone sees them: the heading, the language, the way to help and the call links, no
 * sideways scrolling, no accessibility violation that axe-core can find, and not a single
 * request to another site.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HomePagesBrowserTest {

	@RegisterExtension
	static final Browser browser = Browser.phone();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/                     | en | Find the kind of care that fits
			/help-now             | en | Get help now
			/no-such-page         | en | We cannot find that page
			/?lang=es             | es | Encuentre el tipo de atención adecuado
			/help-now?lang=es     | es | Busque ayuda ahora
			/no-such-page?lang=es | es | No encontramos esa página
			""")
	void everyPageShowsItsHeadingTheHelpLinkAndACallLinkAndPassesAxe(String path, String language, String heading) {
		browser.open(path);

		assertPage(browser, language, heading);
		Browser.assertNoAxeViolations(browser.driver());
	}

	@Test
	void theHelpNowPageShowsEveryCrisisLineAsSomethingToTapInOrder() {
		WebDriver driver = browser.open("/help-now");

		assertThat(hrefs(driver, "a[href^='tel:']")).containsSubsequence("tel:911", "tel:988", "tel:+18002221222",
				"tel:+18006624357", "tel:+18446398371");
		assertThat(hrefs(driver, "a[href^='sms:']")).containsExactly("sms:988");
		WebElement call911 = driver.findElement(By.linkText("Call 911"));
		assertThat(call911.isDisplayed()).isTrue();
		// On a phone the first crisis line is on the first screen, without scrolling.
		assertThat(call911.getRect().getY() + call911.getRect().getHeight())
			.isLessThanOrEqualTo(Browser.PHONE.height());
	}

	@Test
	void theHeaderLinkTakesAPersonInDangerToTheHelpPage() {
		WebDriver driver = browser.open("/");

		driver.findElement(By.cssSelector("header a.help-now")).click();

		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/help-now");
		assertThat(heading(driver)).isEqualTo("Get help now");
	}

	@Test
	void aLanguageChosenWithLangIsKeptOnTheNextPage() {
		WebDriver driver = browser.open("/?lang=es");

		driver.findElement(By.tagName("header")).findElement(By.linkText("Ayuda ahora")).click();

		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/help-now");
		assertPage(browser, "es", "Busque ayuda ahora");
	}

	@Test
	void tabFirstReachesTheSkipLinkAndEnterMovesFocusToTheMainContent() {
		WebDriver driver = browser.open("/");

		new Actions(driver).sendKeys(Keys.TAB).perform();
		WebElement skipLink = driver.switchTo().activeElement();
		assertThat(skipLink.getText()).isEqualTo("Skip to main content");
		assertThat(skipLink.getDomAttribute("href")).isEqualTo("#main");
		// Hidden until focused, then on screen for a sighted keyboard user.
		assertThat(skipLink.getRect().getX()).isGreaterThanOrEqualTo(0);

		new Actions(driver).sendKeys(Keys.ENTER).perform();
		WebElement focused = driver.switchTo().activeElement();
		assertThat(focused.getTagName()).isEqualTo("main");
		assertThat(focused.getDomAttribute("id")).isEqualTo("main");
	}

	@Test
	void theRequestLogWouldSeeARequestToAnotherHost() {
		// Keeps the "only this site" assertions honest: they can fail.
		browser.open("/");
		browser.driver().get(browser.baseUrl().replace("localhost", "127.0.0.1") + "/help-now");

		assertThat(browser.requestedUrls()).anyMatch((url) -> url.startsWith("http://127.0.0.1:"));
	}

	@Test
	void theAxeCheckNamesTheRuleAndTheElementThatBreakIt() {
		// Keeps the "no violations" assertions honest: they can fail, and say why.
		WebDriver driver = browser.open("/");
		((JavascriptExecutor) driver).executeScript("document.documentElement.removeAttribute('lang')");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> Browser.assertNoAxeViolations(driver))
			.withMessageContaining("html-has-lang (serious)")
			.withMessageContaining("at [html]");
	}

	/**
	 * A browser that asks for Spanish by itself ({@code Accept-Language}), on a laptop.
	 */
	@Nested
	class WithASpanishBrowser {

		@RegisterExtension
		static final Browser spanish = Browser.desktop().language("es-US,es");

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', textBlock = """
				/             | Encuentre el tipo de atención adecuado
				/help-now     | Busque ayuda ahora
				/no-such-page | No encontramos esa página
				""")
		void everyPageIsInSpanishWithoutAsking(String path, String heading) {
			spanish.open(path);

			assertPage(spanish, "es", heading);
			Browser.assertNoAxeViolations(spanish.driver());
		}

	}

	private static void assertPage(Browser browser, String language, String expectedHeading) {
		WebDriver driver = browser.driver();
		assertThat(heading(driver)).isEqualTo(expectedHeading);
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);

		// A narrow phone shows the short form, so that the header keeps to one row.
		boolean narrow = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth"))
			.intValue() < 416;
		String helpNow = "es".equals(language) ? (narrow ? "Ayuda ahora" : "¿Necesita ayuda ahora?")
				: (narrow ? "Help now" : "Need help now?");
		WebElement helpLink = driver.findElement(By.tagName("header")).findElement(By.linkText(helpNow));
		assertThat(helpLink.isDisplayed()).isTrue();
		assertThat(helpLink.getDomProperty("href")).isEqualTo(browser.baseUrl() + "/help-now");

		assertThat(hrefs(driver, "a[href^='tel:']")).contains("tel:+18446398371");

		// Nothing makes the page scroll sideways (WCAG 1.4.10 reflow at 390 px).
		Object overflow = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);

		// Health answers never leave the server: not one request to another host.
		assertThat(browser.requestedUrls()).isNotEmpty()
			.allSatisfy((url) -> assertThat(url).startsWith(browser.baseUrl() + "/"));
	}

	private static String heading(WebDriver driver) {
		WebElement h1 = driver.findElement(By.tagName("h1"));
		assertThat(h1.isDisplayed()).isTrue();
		return h1.getText();
	}

	private static List<String> hrefs(WebDriver driver, String selector) {
		return driver.findElements(By.cssSelector(selector))
			.stream()
			.filter(WebElement::isDisplayed)
			.map((link) -> link.getDomAttribute("href"))
			.toList();
	}

}
