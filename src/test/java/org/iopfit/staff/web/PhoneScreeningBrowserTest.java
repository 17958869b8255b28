package org.iopfit.staff.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.iopfit.browser.Browser;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;
import org.iopfit.records.CallBacks;
import org.iopfit.records.Drafts;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phone mode in a real Chromium, from sign-in to the saved record, as staff click through
 * it: a caller about themselves in English, a crisis handled with its protocol, a caller
 * about someone else in Spanish; and every new staff page (record, summary, list,
 * call-back queue and request, report, errors) without an axe-core violation.
 */
class PhoneScreeningBrowserTest extends StaffWebTest {

	@RegisterExtension
	static final Browser browser = Browser.phone();

	@Autowired
	CallBacks callBacks;

	@Test
	void aCallerAboutThemselvesFromSignInToTheSavedRecord() {
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, account(StaffRole.ADMISSIONS));
		browser.open("/staff/screenings/new");
		assertPage(browser, "en", "Screen a caller");

		submit(driver, By.cssSelector("main form button[type=submit]"));
		assertPage(browser, "en", "Screen a caller");
		assertThat(driver.findElements(By.cssSelector(".error-summary li"))).hasSize(1);
		choose(driver, "callType-SELF");
		submit(driver, By.cssSelector("main form button[type=submit]"));
		answerEveryPage(browser, Drafts.iopFields("SELF"), "en");

		assertPage(browser, "en", "Read the result aloud");
		assertThat(driver.findElement(By.id("read-aloud")).getText())
			.contains("this kind of care may fit you best right now")
			.contains("An Intensive Outpatient Program (IOP)")
			.contains("A clinician makes the final decision with you.");
		driver.findElement(By.cssSelector("#recordedLevel option[value=INPATIENT]")).click();
		driver.findElement(By.id("callerName")).sendKeys("J.R.");
		submit(driver, By.cssSelector("main form button[type=submit]"));
		assertPage(browser, "en", "Read the result aloud");
		assertThat(driver.findElement(By.cssSelector(".error-summary a")).getDomAttribute("href"))
			.isEqualTo("#overrideReason");
		assertThat(driver.findElement(By.id("callerName")).getDomProperty("value")).isEqualTo("J.R.");
		driver.findElement(By.cssSelector("#recordedLevel option[value='']")).click();
		submit(driver, By.cssSelector("main form button[type=submit]"));

		String heading = driver.findElement(By.tagName("h1")).getText();
		assertThat(heading).matches("Screening [0-9A-Z]{4}-[0-9A-Z]{4}");
		assertPage(browser, "en", heading);
		assertThat(driver.findElement(By.tagName("main")).getDomAttribute("data-level")).isEqualTo("IOP");
		assertThat(driver.findElement(By.tagName("main")).getDomAttribute("data-decided-by")).matches("R\\d+");
		submit(driver, By.cssSelector("form[action$='/notes'] button[type=submit]"));
		assertPage(browser, "en", heading);
		driver.findElement(By.id("text")).sendKeys("Calls back on Monday");
		submit(driver, By.cssSelector("form[action$='/notes'] button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".notes")).getText()).contains("Calls back on Monday");

		driver.findElement(By.linkText("Printable summary and text to copy")).click();
		assertPage(browser, "en", "Summary of s" + heading.substring(1));
		browser.open("/staff/screenings");
		assertPage(browser, "en", "Screenings");
		browser.open("/staff/screenings/find?code=0000-0000");
		assertPage(browser, "en", "Screenings");
		long request = this.callBacks.request("Ana", "555-010-0100", "mornings", true, "es").id();
		browser.open("/staff/call-backs");
		assertPage(browser, "en", "Call-back queue");
		browser.open("/staff/call-backs/" + request);
		assertPage(browser, "en", "Call-back request " + request);
		browser.open("/staff/report");
		assertPage(browser, "en", "Admissions report");
	}

	@Test
	void aCrisisAnswerIsHandledWithItsProtocolAndSavedAsAnEmergency() {
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, account(StaffRole.ADMISSIONS));
		browser.open("/staff/screenings/new");
		choose(driver, "callType-SOMEONE_ELSE");
		submit(driver, By.cssSelector("main form button[type=submit]"));
		choose(driver, "crisis-suicidalThoughts-false");
		choose(driver, "crisis-overdoseOrMedicalEmergency-true");
		choose(driver, "crisis-severeWithdrawalNow-false");
		submit(driver, By.cssSelector("main form button[type=submit]"));

		assertPage(browser, "en", "Crisis: follow the protocol now");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("dial 911")
			.contains("Where are they right now?")
			.contains("Bring in a supervisor");
		assertThat(driver.findElement(By.tagName("main")).getDomAttribute("data-level")).isEqualTo("EMERGENCY");
		choose(driver, "action-STAYED_ON_LINE");
		choose(driver, "action-DIALED_911");
		driver.findElement(By.id("callbackPhone")).sendKeys("555-010-0911");
		submit(driver, By.cssSelector("main form button[type=submit]"));

		String heading = driver.findElement(By.tagName("h1")).getText();
		assertPage(browser, "en", heading);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Emergency: a crisis answer was given.")
			.contains("Dialed 911")
			.contains("555-010-0911");
		assertThat(driver.findElement(By.tagName("main")).getDomAttribute("data-decided-by")).isEqualTo("R1");
	}

	/**
	 * The same in Spanish, on a laptop.
	 */
	@Nested
	class InSpanish {

		@RegisterExtension
		static final Browser spanish = Browser.desktop().language("es-US,es");

		@Test
		void aCallerAboutSomeoneElseFromSignInToTheSavedRecord() {
			WebDriver driver = spanish.open("/staff/login");
			signIn(driver, account(StaffRole.ADMISSIONS));
			spanish.open("/staff/screenings/new");
			assertPage(spanish, "es", "Evaluar a quien llama");
			choose(driver, "callType-SOMEONE_ELSE");
			submit(driver, By.cssSelector("main form button[type=submit]"));
			answerEveryPage(spanish, Drafts.iopFields("SOMEONE_ELSE"), "es");

			assertPage(spanish, "es", "Lea el resultado en voz alta");
			assertThat(driver.findElement(By.id("read-aloud")).getText())
				.contains("puede ser lo mejor para esa persona ahora");
			submit(driver, By.cssSelector("main form button[type=submit]"));
			String heading = driver.findElement(By.tagName("h1")).getText();
			assertThat(heading).matches("Evaluación [0-9A-Z]{4}-[0-9A-Z]{4}");
			assertPage(spanish, "es", heading);
			spanish.open("/staff/screenings");
			assertPage(spanish, "es", "Evaluaciones");
			spanish.open("/staff/call-backs");
			assertPage(spanish, "es", "Cola de devoluciones de llamada");
			spanish.open("/staff/report");
			assertPage(spanish, "es", "Informe de admisiones");
		}

	}

	/** Answers every page after who calls, checking each with axe on the way. */
	private static void answerEveryPage(Browser browser, Map<String, List<String>> answers, String language) {
		WebDriver driver = browser.driver();
		for (Step step : Step.all()) {
			if (step == Step.WHO) {
				continue;
			}
			assertPage(browser, language, null);
			for (Question question : step.questions()) {
				String id = question.path().replace('.', '-');
				List<String> values = answers.get(question.path());
				if (values.isEmpty()) {
					choose(driver, id + "-none");
				}
				for (String value : values) {
					choose(driver, id + "-" + value);
				}
			}
			submit(driver, By.cssSelector("#phone-form button[type=submit]"));
		}
	}

	private static void choose(WebDriver driver, String id) {
		driver.findElement(By.id(id)).click();
	}

	private static void signIn(WebDriver driver, StaffAccount account) {
		driver.findElement(By.id("username")).sendKeys(account.getUsername());
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		submit(driver, By.cssSelector("main button[type=submit]"));
	}

	/**
	 * Clicks a submit button and waits until the next page has loaded (as in
	 * {@code StaffPagesBrowserTest}).
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
		new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.until((d) -> Boolean.TRUE.equals(js
				.executeScript("return window.staffTestOldPage === undefined && document.readyState === 'complete'")));
	}

	private static void assertPage(Browser browser, String language, String heading) {
		WebDriver driver = browser.driver();
		if (heading != null) {
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		}
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
		Browser.assertNoAxeViolations(driver);
		Object overflow = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("sideways scrolling").isLessThanOrEqualTo(0);
		// A date field's calendar icon is a data: URL Chromium draws itself: no request.
		assertThat(browser.requestedUrls()).isNotEmpty()
			.filteredOn((url) -> !url.startsWith("data:"))
			.allSatisfy((url) -> assertThat(url).startsWith(browser.baseUrl() + "/"));
	}

}
