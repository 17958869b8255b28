package org.iopfit.staff.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iopfit.browser.Browser;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;
import org.iopfit.records.CallBacks;
import org.iopfit.records.Drafts;
import org.iopfit.records.ReferenceCode;
import org.iopfit.records.ScreeningRecords;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phone mode in a real Chromium, from sign-in to the saved record, as staff click through
 * it: a caller about themselves in English, a crisis handled with its protocol, a caller
 * about someone else in Spanish; and every new staff page (record, summary, list,
 * call-back queue and request, report, errors) without an axe-core violation. A call is
 * saved once however Save is sent, two tabs are two calls, an idle timeout loses nothing,
 * and the crisis control on any step saves the emergency with every answer.
 */
class PhoneScreeningBrowserTest extends StaffWebTest {

	@RegisterExtension
	static final Browser browser = Browser.phone();

	/** The result page's save button (the crisis control comes first on the page). */
	private static final By SAVE = By.cssSelector("#call-form button[type=submit]");

	@Autowired
	CallBacks callBacks;

	@Autowired
	ScreeningRecords records;

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
			.contains("A doctor or counselor makes the final decision with you.");
		driver.findElement(By.cssSelector("#recordedLevel option[value=INPATIENT]")).click();
		driver.findElement(By.id("callerName")).sendKeys("J.R.");
		submit(driver, SAVE);
		assertPage(browser, "en", "Read the result aloud");
		assertThat(driver.findElement(By.cssSelector(".error-summary a")).getDomAttribute("href"))
			.isEqualTo("#overrideReason");
		assertThat(driver.findElement(By.id("callerName")).getDomProperty("value")).isEqualTo("J.R.");
		driver.findElement(By.cssSelector("#recordedLevel option[value='']")).click();
		submit(driver, SAVE);

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

	@Test
	void saveClickedTwiceAndSaveAfterBackMakeOneRecord() {
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, account(StaffRole.ADMISSIONS));
		startCall(driver, "callType-SELF");
		answerEveryPage(browser, Drafts.iopFields("SELF"), "en");
		assertPage(browser, "en", "Read the result aloud");
		driver.findElement(By.id("callerName")).sendKeys("Ana");
		int before = records();

		// Two clicks: the first one's post reaches the server, then the button is
		// clicked again before its answer is shown.
		((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const form = document.getElementById('call-form');
				fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)),
						redirect: 'manual' }).then(() => done(), () => done());
				""");
		submit(driver, SAVE);
		String heading = driver.findElement(By.tagName("h1")).getText();
		assertThat(heading).matches("Screening [0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(records()).isEqualTo(before + 1);

		// Back to the result page, and Save again.
		driver.navigate().back();
		Browser.waitFor(driver).until((d) -> !d.findElements(By.tagName("h1")).isEmpty());
		if (!driver.findElements(SAVE).isEmpty()) {
			submit(driver, SAVE);
		}
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ana");
		assertThat(records()).isEqualTo(before + 1);
	}

	@Test
	void tenWrongCodesThenARecordFromTheListOpensAndACallIsSaved() {
		ReferenceCode listed = this.records.saveOnline(Drafts.iop());
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, account(StaffRole.ADMISSIONS));
		browser.open("/staff/screenings");
		assertThat(driver.findElements(By.linkText(listed.display()))).hasSize(1);
		By find = By.cssSelector("form[action$='/staff/screenings/find'] button[type=submit]");
		for (int i = 0; i < ScreeningRecords.MAX_FAILED_LOOKUPS; i++) {
			driver.findElement(By.id("code")).clear();
			driver.findElement(By.id("code")).sendKeys(ReferenceCode.random().display());
			submit(driver, find);
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("No screening has this code.");
		}
		driver.findElement(By.id("code")).clear();
		driver.findElement(By.id("code")).sendKeys(ReferenceCode.random().display());
		submit(driver, find);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Too many codes that were not found.");

		// Typed codes wait; the list and the records in it do not.
		browser.open("/staff/screenings");
		driver.findElement(By.linkText(listed.display())).click();
		Browser.waitFor(driver).until((d) -> d.getCurrentUrl().endsWith("/staff/screenings/" + listed.value()));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Screening " + listed.display());

		// And a call is saved, with its confirmation.
		startCall(driver, "callType-SELF");
		answerQuickly(driver, Drafts.iopFields("SELF"));
		driver.findElement(By.id("callerName")).sendKeys("Ana");
		submit(driver, SAVE);
		assertThat(driver.findElement(By.tagName("h1")).getText()).matches("Screening [0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(driver.findElement(By.tagName("main")).getText())
			.contains("The screening is saved. Its reference code is");
	}

	@Test
	void twoTabsAreTwoCallsWithTheirOwnAnswers() {
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, account(StaffRole.ADMISSIONS));
		startCall(driver, "callType-SELF");
		answerPage(driver, Step.SAFETY, Drafts.iopFields("SELF"));
		assertPage(browser, "en", "Your use in the past 12 months");
		String tabA = driver.getWindowHandle();
		String signsA = driver.getCurrentUrl();
		try {
			driver.switchTo().newWindow(WindowType.TAB);
			browser.open("/staff/screenings/new");
			assertThat(driver.findElement(By.id("unfinished-calls")).getText()).contains("Signs in the past 12 months");
			assertThat(driver.findElement(By.cssSelector("main form button[type=submit]")).getText())
				.isEqualTo("Start the questions");
			choose(driver, "callType-SOMEONE_ELSE");
			submit(driver, By.cssSelector("main form button[type=submit]"));
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("First, are they safe right now?");
			assertThat(driver.findElements(By.cssSelector("#phone-form input:checked"))).isEmpty();
			assertThat(driver.getCurrentUrl()).isNotEqualTo(signsA);
			driver.close();
		}
		finally {
			driver.switchTo().window(tabA);
		}
		driver.navigate().refresh();
		assertThat(driver.getCurrentUrl()).isEqualTo(signsA);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your use in the past 12 months");
		assertThat(driver.findElement(By.cssSelector(".progress")).getText()).contains("About themselves");
	}

	@Test
	void afterAnIdleTimeoutTheCallIsOnTheHomePageAndGoOnOpensThePageItWasOn() {
		StaffAccount staff = account(StaffRole.ADMISSIONS);
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, staff);
		startCall(driver, "callType-SELF");
		Map<String, List<String>> answers = Drafts.iopFields("SELF");
		answerPage(driver, Step.SAFETY, answers);
		answerPage(driver, Step.SIGNS, answers);
		String health = driver.getCurrentUrl();

		// The idle limit passes: the session store no longer has the session.
		// (What a post sent now does is the sign-in's part; the page itself asks again.)
		this.jdbc.update("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", staff.getUsername());
		browser.open(health.substring(browser.baseUrl().length()));
		assertThat(driver.getCurrentUrl()).contains("/staff/login");
		signIn(driver, staff);

		browser.open("/staff");
		assertPage(browser, "en", "Staff console");
		assertThat(driver.findElement(By.id("unfinished-calls")).getText()).contains("Withdrawal and physical health");
		driver.findElement(By.cssSelector("#unfinished-calls a[data-action=go-on]")).click();
		Browser.waitFor(driver).until((d) -> d.getCurrentUrl().equals(health));
		assertPage(browser, "en", "Withdrawal and your physical health");
	}

	@Test
	void theCrisisControlOnStepThreeAndStepSixSavesTheEmergencyWithEveryAnswerGiven() {
		WebDriver driver = browser.open("/staff/login");
		signIn(driver, account(StaffRole.ADMISSIONS));
		Map<String, List<String>> answers = Drafts.iopFields("SELF");
		for (Step page : List.of(Step.HEALTH, Step.LIFE)) {
			startCall(driver, "callType-SELF");
			for (Step step : Step.all()) {
				if (step != Step.WHO && step.compareTo(page) < 0) {
					answerPage(driver, step, answers);
				}
			}
			assertThat(driver.findElement(By.cssSelector(".progress")).getText())
				.startsWith("Step " + (page.number() - 1) + " of 6");
			String id = driver.getCurrentUrl().replaceAll(".*/staff/calls/([0-9a-z]{26})/.*", "$1");
			int before = records();

			submit(driver, By.cssSelector("[data-action=crisis]"));

			assertPage(browser, "en", "Crisis: follow the protocol now");
			assertThat(records()).isEqualTo(before + 1);
			Draft kept = Draft.fromBytes(this.jdbc.queryForObject(
					"SELECT answers FROM saved_screening WHERE call_id = ? AND emergency = TRUE", byte[].class, id));
			assertThat(kept.selected(Question.SUBSTANCES)).containsExactlyInAnyOrder("ALCOHOL", "OPIOIDS");
			assertThat(kept.firstIncompleteBefore(null)).contains(page);
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("1-800-222-1222")
				.contains("1-800-662-4357")
				.contains("1-800-487-4889")
				.contains("AYUDA");
			driver.findElement(By.id("location")).sendKeys("At home, 12 Elm St");
			choose(driver, "action-STAYED_ON_LINE");
			submit(driver, By.cssSelector("main form button[type=submit]"));
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("At home, 12 Elm St")
				.contains("Stayed on the line");
			assertThat(records()).isEqualTo(before + 1);
		}
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
			submit(driver, SAVE);
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

	private static void startCall(WebDriver driver, String callType) {
		browser.open("/staff/screenings/new");
		choose(driver, callType);
		submit(driver, By.cssSelector("main form button[type=submit]"));
	}

	/**
	 * Ticks a page's answers in one script call and continues with a real click: where
	 * the test is about what happens around the questions, not the clicks on them (a
	 * chromedriver click on the emulated phone costs about 0.15 s).
	 */
	private static void answerPage(WebDriver driver, Step step, Map<String, List<String>> answers) {
		List<String> ids = new ArrayList<>();
		for (Question question : step.questions()) {
			String id = question.path().replace('.', '-');
			List<String> values = answers.get(question.path());
			if (values == null) {
				continue;
			}
			if (values.isEmpty()) {
				ids.add(id + "-none");
			}
			values.forEach((value) -> ids.add(id + "-" + value));
		}
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].forEach((id) => { const box = document.getElementById(id); if (box) box.checked = true; });",
				ids);
		submit(driver, By.cssSelector("#phone-form button[type=submit]"));
	}

	/** Answers every page after who calls, as {@link #answerPage} does. */
	private static void answerQuickly(WebDriver driver, Map<String, List<String>> answers) {
		for (Step step : Step.all()) {
			if (step != Step.WHO) {
				answerPage(driver, step, answers);
			}
		}
	}

	private int records() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM saved_screening", Integer.class);
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
		Browser.waitFor(driver)
			.ignoring(WebDriverException.class)
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
