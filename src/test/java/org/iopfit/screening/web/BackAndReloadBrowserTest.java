package org.iopfit.screening.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.iopfit.IopFitApplication;
import org.iopfit.browser.Browser;
import org.iopfit.questions.Step;
import org.iopfit.screening.web.ScreeningBrowserTest.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The browser's own Back, reload and the way out to "Need help now?", in a real Chromium:
 * each page of the questionnaire has its own address and is fetched again with its
 * answers, so Back shows the page before as it was answered, reload shows the same page
 * without asking to send a form again, and nothing is lost by a trip to the crisis lines,
 * a lost CSRF cookie or a restart of the server; while "Start again" and "Clear my
 * answers" leave nothing behind.
 * <p>
 * Every page is checked twice: what the person sees ticked ({@code input:checked}) and
 * what the server sent ticked ({@code input[checked]}), so a page that the browser filled
 * in again by itself, from its cache or its memory of the form, cannot pass for one the
 * server answered. And every navigation is checked by the documents it requested, read
 * from Chromium's network events: Back and reload are one {@code GET} of the page's own
 * address, never a {@code POST} sent again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BackAndReloadBrowserTest {

	@RegisterExtension
	static final Browser browser = Browser.phone();

	static final String CONTINUE = ScreeningBrowserTest.CONTINUE;

	static final String RESEND_NOTICE = "For your safety, we could not save this page. Please check your answers "
			+ "and press Continue again. Nothing is lost.";

	private static final Json JSON = new Json();

	private static final Answers ANSWERS = Answers.moderateWithAJob();

	/** The address of the app under test, without a trailing slash. */
	private String base;

	// Back

	@Test
	void backOnEveryPageShowsThePageBeforeWithItsAnswersAtItsOwnAddress() {
		WebDriver driver = start();
		for (Step step : Step.values()) {
			assertPage(driver, step, List.of());
			List<String> requests = continueWith(driver, step);
			// Post/redirect/get: the page's answers are posted to its own address, the
			// next page is fetched by its own.
			assertThat(requests).as("the documents requested by Continue on %s", step.slug())
				.containsExactly("POST " + this.base + "/screening/" + step.slug(),
						"GET " + this.base + step.next().map(this::pageUrl).orElse("/screening/check"));
		}
		assertThat(h1(driver)).isEqualTo("Check your answers");

		List<Step> backwards = new ArrayList<>(List.of(Step.values()));
		java.util.Collections.reverse(backwards);
		for (Step step : backwards) {
			List<String> requests = back(driver);
			assertThat(requests).as("Back to %s", step.slug()).containsExactly("GET " + url(step));
			assertNoDialog(driver);
			assertPage(driver, step, ANSWERS.on(step));
		}
	}

	@Test
	void backFromAPageWithAnErrorShowsThePageBeforeWithItsAnswers() {
		WebDriver driver = start();
		continueWith(driver, Step.WHO);
		continueWith(driver, Step.SAFETY);
		// Signs without a substance: the page again, with its error and its ticks.
		tickAndContinue(driver, List.of("criteria-CRAVING"));
		assertThat(driver.findElements(By.cssSelector(".error-summary"))).hasSize(1);
		assertThat(driver.getCurrentUrl()).isEqualTo(url(Step.SIGNS));
		assertThat(checkedByServer(driver)).containsExactly("criteria-CRAVING");

		// The page with the error came by its own address (post/redirect/get): Back leads
		// to that page as it stands, with the answer kept and its error still to fix,
		// then
		// to the pages before; no form is sent again.
		assertThat(back(driver)).containsExactly("GET " + url(Step.SIGNS));
		assertThat(driver.getCurrentUrl()).isEqualTo(url(Step.SIGNS));
		assertThat(driver.findElements(By.cssSelector(".error-summary"))).hasSize(1);
		assertThat(checkedByServer(driver)).containsExactly("criteria-CRAVING");
		back(driver);
		assertPage(driver, Step.SAFETY, ANSWERS.on(Step.SAFETY));
		back(driver);
		assertPage(driver, Step.WHO, ANSWERS.on(Step.WHO));
	}

	/**
	 * A page sent with a missing answer comes back as the answer to its form (400, no
	 * redirect); once it is put right and sent again, Back from the next page goes to
	 * that answer to a form. No-store, it cannot be shown again without sending the form
	 * again: Chromium shows its own "Confirm Form Resubmission" page instead of the page.
	 * The same happens after the page that asks to press Continue again (a lost CSRF
	 * cookie).
	 */
	@Test
	void backAfterAPageSentTwiceShowsThePageNotAResubmissionPrompt() {
		WebDriver driver = start();
		continueWith(driver, Step.WHO);
		continueWith(driver, Step.SAFETY);
		tickAndContinue(driver, List.of("criteria-CRAVING"));
		assertThat(driver.findElements(By.cssSelector(".error-summary"))).hasSize(1);
		tickAndContinue(driver, List.of("substances-ALCOHOL"));
		assertPage(driver, Step.HEALTH, List.of());

		back(driver);

		assertNoDialog(driver);
		assertPage(driver, Step.SIGNS, List.of("criteria-CRAVING", "substances-ALCOHOL"));
	}

	// Reload

	@Test
	void reloadingAnyPageShowsItAgainWithItsAnswersWithoutSendingAFormAgain() {
		WebDriver driver = start();
		for (Step step : List.of(Step.WHO, Step.SAFETY, Step.SIGNS, Step.HEALTH)) {
			continueWith(driver, step);
			// Just after Continue: the next page, fetched again, not the form resent.
			Step next = step.next().orElseThrow();
			List<String> requests = reload(driver);
			assertThat(requests).as("reload of %s just after Continue", next.slug())
				.containsExactly("GET " + url(next));
			assertNoDialog(driver);
			assertPage(driver, next, List.of());
		}
		// On the way back, every page reloads with its answers.
		for (Step step : List.of(Step.HEALTH, Step.SIGNS, Step.SAFETY, Step.WHO)) {
			back(driver);
			assertPage(driver, step, ANSWERS.on(step));
			List<String> requests = reload(driver);
			assertThat(requests).as("reload of %s", step.slug()).containsExactly("GET " + url(step));
			assertNoDialog(driver);
			assertPage(driver, step, ANSWERS.on(step));
		}
		// And check-your-answers and the result reload too.
		openPage(driver, Step.MENTAL_HEALTH);
		for (Step step : List.of(Step.MENTAL_HEALTH, Step.SUPPORT, Step.LIFE)) {
			continueWith(driver, step);
		}
		assertThat(driver.getCurrentUrl()).isEqualTo(this.base + "/screening/check");
		assertThat(reload(driver)).containsExactly("GET " + this.base + "/screening/check");
		assertThat(h1(driver)).isEqualTo("Check your answers");
		clickAndWait(driver, ScreeningBrowserTest.SEE_RESULT);
		assertThat(reload(driver)).containsExactly("GET " + this.base + "/screening/result");
		assertNoDialog(driver);
		assertThat(driver.findElement(By.tagName("main")).getDomAttribute("data-level")).isEqualTo("IOP");
	}

	// Starting again

	@Test
	void afterClearMyAnswersNoPageShowsAnAnswerAgain() {
		WebDriver driver = start();
		answerThreePagesAndClear(driver);
		assertEveryAddressIsEmpty(driver);
	}

	@Test
	void afterStartAgainNoPageShowsAnAnswerAgain() {
		WebDriver driver = start();
		answerAllAndStartAgain(driver);
		assertEveryAddressIsEmpty(driver);
	}

	/**
	 * Chromium keeps the pages left in its back/forward cache, {@code no-store} or not,
	 * and a removed cookie does not take them out: Back after "Clear my answers" shows
	 * the page left, with what was ticked on it.
	 */
	@Test
	void afterClearMyAnswersBackShowsOnlyUnansweredPages() {
		WebDriver driver = start();
		answerThreePagesAndClear(driver);
		assertEveryBackIsEmpty(driver, 4);
	}

	/**
	 * As above: Back after "Start again" on a result shows check-your-answers, every
	 * answer on it, from Chromium's back/forward cache.
	 */
	@Test
	void afterStartAgainBackShowsOnlyUnansweredPages() {
		WebDriver driver = start();
		answerAllAndStartAgain(driver);
		assertEveryBackIsEmpty(driver, 9);
	}

	/**
	 * Three pages answered, one ticked but not sent, then "Clear my answers": the first
	 * page, empty, and no answers' cookie.
	 */
	private void answerThreePagesAndClear(WebDriver driver) {
		continueWith(driver, Step.WHO);
		continueWith(driver, Step.SAFETY);
		continueWith(driver, Step.SIGNS);
		tick(driver, ANSWERS.on(Step.HEALTH));
		assertThat(answersCookie(driver)).isNotNull();

		assertThat(clickAndWait(driver, ScreeningBrowserTest.CLEAR))
			.containsExactly("POST " + this.base + "/screening/clear", "GET " + this.base + "/screening");

		assertThat(driver.getCurrentUrl()).isEqualTo(this.base + "/screening");
		assertPage(driver, Step.WHO, List.of());
		assertThat(answersCookie(driver)).as("the answers' cookie after Clear my answers").isNull();
	}

	/** A whole screening to its result, then "Start again". */
	private void answerAllAndStartAgain(WebDriver driver) {
		for (Step step : Step.values()) {
			continueWith(driver, step);
		}
		clickAndWait(driver, ScreeningBrowserTest.SEE_RESULT);
		assertThat(driver.getCurrentUrl()).isEqualTo(this.base + "/screening/result");

		assertThat(clickAndWait(driver, ScreeningBrowserTest.START_AGAIN))
			.containsExactly("POST " + this.base + "/screening/clear", "GET " + this.base + "/screening");

		assertThat(driver.getCurrentUrl()).isEqualTo(this.base + "/screening");
		assertPage(driver, Step.WHO, List.of());
		assertThat(answersCookie(driver)).as("the answers' cookie after Start again").isNull();
	}

	/**
	 * Every address of the screening, typed in or reloaded, is now the first page,
	 * unanswered.
	 */
	private void assertEveryAddressIsEmpty(WebDriver driver) {
		List<String> paths = new ArrayList<>();
		for (Step step : Step.values()) {
			paths.add(pageUrl(step));
		}
		paths.addAll(List.of("/screening/check", "/screening/result", "/screening/crisis", "/screening/resume"));
		for (String path : paths) {
			nextPage(driver, () -> driver.get(this.base + path));
			assertThat(driver.getCurrentUrl()).as("%s after clearing", path).isEqualTo(this.base + "/screening");
			assertPage(driver, Step.WHO, List.of());
			reload(driver);
			assertPage(driver, Step.WHO, List.of());
			assertThat(answersCookie(driver)).as("the answers' cookie on %s after clearing", path).isNull();
		}
	}

	/**
	 * Back, as many times as there are pages behind: each page of the history is now the
	 * first page, unanswered, and no answer comes back into the browser.
	 */
	private void assertEveryBackIsEmpty(WebDriver driver, int pagesBehind) {
		for (int i = 1; i <= pagesBehind; i++) {
			List<String> requests = back(driver);
			assertNoDialog(driver);
			assertThat(driver.getCurrentUrl())
				.as("Back %d after clearing (\"%s\", documents requested: %s)", i, h1(driver), requests)
				.isEqualTo(this.base + "/screening");
			assertThat(h1(driver)).isEqualTo(ScreeningBrowserTest.HEADINGS.get(Step.WHO));
			assertThat(checkedShown(driver)).as("ticked on Back %d after clearing", i).isEmpty();
			assertThat(checkedByServer(driver)).as("ticked by the server on Back %d after clearing", i).isEmpty();
			assertThat(answersCookie(driver)).as("the answers' cookie on Back %d after clearing", i).isNull();
		}
	}

	// Need help now?

	@Test
	void needHelpNowInTheMiddleLosesNoAnswerComingBackByBackOrByReturnToYourQuestions() {
		WebDriver driver = start();
		continueWith(driver, Step.WHO);
		continueWith(driver, Step.SAFETY);
		continueWith(driver, Step.SIGNS);
		assertPage(driver, Step.HEALTH, List.of());

		clickAndWait(driver, "header a.help-now");
		assertThat(driver.getCurrentUrl()).isEqualTo(this.base + "/help-now");
		assertThat(driver.findElement(By.cssSelector("main a[href='/screening/resume']")).getText())
			.isEqualTo("Return to your questions");

		// By Back
		back(driver);
		assertPage(driver, Step.HEALTH, List.of());
		back(driver);
		assertPage(driver, Step.SIGNS, ANSWERS.on(Step.SIGNS));
		back(driver);
		assertPage(driver, Step.SAFETY, ANSWERS.on(Step.SAFETY));

		// By "Return to your questions": the first page not yet answered.
		clickAndWait(driver, "header a.help-now");
		clickAndWait(driver, "main a[href='/screening/resume']");
		assertPage(driver, Step.HEALTH, List.of());
		for (Step step : List.of(Step.HEALTH, Step.MENTAL_HEALTH, Step.SUPPORT, Step.LIFE)) {
			continueWith(driver, step);
		}
		assertThat(h1(driver)).isEqualTo("Check your answers");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Myself", "Alcohol",
				"I had strong urges or cravings to use");

		// Once every page is answered, it returns to check-your-answers.
		clickAndWait(driver, "header a.help-now");
		clickAndWait(driver, "main a[href='/screening/resume']");
		assertThat(driver.getCurrentUrl()).isEqualTo(this.base + "/screening/check");
		clickAndWait(driver, ScreeningBrowserTest.SEE_RESULT);
		assertThat(driver.findElement(By.tagName("main")).getDomAttribute("data-level")).isEqualTo("IOP");
	}

	// A lost CSRF cookie

	@Test
	void aLostCsrfCookieBringsThePageBackWithItsAnswersAndContinueThenGoesOn() {
		WebDriver driver = start();
		continueWith(driver, Step.WHO);
		continueWith(driver, Step.SAFETY);
		tick(driver, ANSWERS.on(Step.SIGNS));
		String saved = answersCookie(driver).getValue();

		driver.manage().deleteCookieNamed("XSRF-TOKEN");
		clickAndWait(driver, CONTINUE);

		assertThat(driver.getCurrentUrl()).isEqualTo(url(Step.SIGNS));
		assertThat(h1(driver)).isEqualTo(ScreeningBrowserTest.HEADINGS.get(Step.SIGNS));
		assertThat(driver.findElement(By.cssSelector("main .notice-info")).getText()).isEqualTo(RESEND_NOTICE);
		assertThat(driver.findElements(By.cssSelector(".error-summary"))).isEmpty();
		assertThat(checkedShown(driver)).containsExactlyInAnyOrderElementsOf(ANSWERS.on(Step.SIGNS));
		assertThat(checkedByServer(driver)).containsExactlyInAnyOrderElementsOf(ANSWERS.on(Step.SIGNS));
		assertThat(answersCookie(driver).getValue()).as("nothing saved").isEqualTo(saved);

		assertThat(clickAndWait(driver, CONTINUE)).containsExactly("POST " + url(Step.SIGNS),
				"GET " + url(Step.HEALTH));

		assertPage(driver, Step.HEALTH, List.of());
		// Saved this time (by the page's Back link: see
		// backAfterAPageSentTwiceShowsThePageNotAResubmissionPrompt).
		clickAndWait(driver, ScreeningBrowserTest.BACK);
		assertPage(driver, Step.SIGNS, ANSWERS.on(Step.SIGNS));
		assertThat(driver.findElements(By.cssSelector("main .notice-info"))).isEmpty();
	}

	@Test
	void aLostCsrfCookieOnTheFirstPageBringsItBackWithItsAnswerAndContinueThenGoesOn() {
		WebDriver driver = start();
		tick(driver, ANSWERS.on(Step.WHO));

		driver.manage().deleteCookieNamed("XSRF-TOKEN");
		clickAndWait(driver, CONTINUE);

		assertThat(h1(driver)).isEqualTo(ScreeningBrowserTest.HEADINGS.get(Step.WHO));
		assertThat(driver.findElement(By.cssSelector("main .notice-info")).getText()).isEqualTo(RESEND_NOTICE);
		assertThat(checkedByServer(driver)).containsExactlyElementsOf(ANSWERS.on(Step.WHO));
		assertThat(answersCookie(driver)).as("nothing saved").isNull();

		assertThat(driver.getCurrentUrl()).isEqualTo(this.base + "/screening/who");
		assertThat(clickAndWait(driver, CONTINUE)).containsExactly("POST " + this.base + "/screening/who",
				"GET " + url(Step.SAFETY));

		assertPage(driver, Step.SAFETY, List.of());
		clickAndWait(driver, ScreeningBrowserTest.BACK);
		assertPage(driver, Step.WHO, ANSWERS.on(Step.WHO));
	}

	// A restart of the server

	@Test
	void answersSurviveARestartOfTheServer() throws IOException {
		int port = freePort();
		ConfigurableApplicationContext app = startApp(port);
		try {
			this.base = "http://localhost:" + port;
			WebDriver driver = browser.driver();
			driver.get(this.base + "/screening");
			for (Step step : List.of(Step.WHO, Step.SAFETY, Step.SIGNS, Step.HEALTH)) {
				continueWith(driver, step);
			}
			assertPage(driver, Step.MENTAL_HEALTH, List.of());
			back(driver);
			assertPage(driver, Step.HEALTH, ANSWERS.on(Step.HEALTH));

			app.close();
			app = null;
			app = startApp(port);

			assertThat(reload(driver)).containsExactly("GET " + url(Step.HEALTH));
			assertNoDialog(driver);
			assertPage(driver, Step.HEALTH, ANSWERS.on(Step.HEALTH));
			back(driver);
			assertPage(driver, Step.SIGNS, ANSWERS.on(Step.SIGNS));
			back(driver);
			assertPage(driver, Step.SAFETY, ANSWERS.on(Step.SAFETY));
			back(driver);
			assertPage(driver, Step.WHO, ANSWERS.on(Step.WHO));
			// And the screening goes on where it was: the answers (and the CSRF cookie)
			// from before the restart are taken.
			clickAndWait(driver, CONTINUE);
			assertPage(driver, Step.SAFETY, ANSWERS.on(Step.SAFETY));
			openPage(driver, Step.MENTAL_HEALTH);
			for (Step step : List.of(Step.MENTAL_HEALTH, Step.SUPPORT, Step.LIFE)) {
				continueWith(driver, step);
			}
			assertThat(driver.getCurrentUrl()).isEqualTo(this.base + "/screening/check");
			clickAndWait(driver, ScreeningBrowserTest.SEE_RESULT);
			assertThat(driver.findElement(By.tagName("main")).getDomAttribute("data-level")).isEqualTo("IOP");
		}
		finally {
			if (app != null) {
				app.close();
			}
		}
	}

	/**
	 * The app, started by hand on a fixed port so that a second start answers at the same
	 * address. Both starts read the same generated key file (the build points it into
	 * {@code target/}).
	 */
	private static ConfigurableApplicationContext startApp(int port) {
		return new SpringApplicationBuilder(IopFitApplication.class)
			.properties("server.port=" + port,
					"screener.answers-cookie.key-file="
							+ System.getProperty("screener.answers-cookie.key-file", "target/data/answers-cookie.key"))
			.run();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	// Walking the screening

	private WebDriver start() {
		this.base = browser.baseUrl();
		WebDriver driver = browser.open("/screening");
		assertPage(driver, Step.WHO, List.of());
		return driver;
	}

	private String pageUrl(Step step) {
		return ScreeningController.stepUrl(step, false);
	}

	private String url(Step step) {
		return this.base + pageUrl(step);
	}

	private void openPage(WebDriver driver, Step step) {
		nextPage(driver, () -> driver.get(url(step)));
	}

	/** Ticks a page's answers and presses Continue; the documents requested. */
	private List<String> continueWith(WebDriver driver, Step step) {
		return tickAndContinue(driver, ANSWERS.on(step));
	}

	private List<String> tickAndContinue(WebDriver driver, List<String> inputIds) {
		tick(driver, inputIds);
		return clickAndWait(driver, CONTINUE);
	}

	/**
	 * Ticks inputs in one script call. This class is about Back, reload and clearing, not
	 * the mouse ({@code ScreeningBrowserTest} ticks with real clicks), and a chromedriver
	 * click on an emulated phone costs about 0.15 s: most of this class's time when every
	 * answer was clicked. Continue, the links and Back are still real clicks and
	 * navigations, so every page is left with the user activation Chromium's history
	 * expects of a person.
	 */
	private static void tick(WebDriver driver, List<String> inputIds) {
		script(driver, """
				for (const id of arguments[0]) {
				  const input = document.getElementById(id);
				  if (!input) throw new Error('No input #' + id + ' on ' + location.pathname);
				  input.click();
				}""", inputIds);
	}

	private static List<String> clickAndWait(WebDriver driver, String selector) {
		WebElement target = driver.findElement(By.cssSelector(selector));
		return nextPage(driver, target::click);
	}

	private static List<String> back(WebDriver driver) {
		return nextPage(driver, () -> driver.navigate().back());
	}

	private static List<String> reload(WebDriver driver) {
		return nextPage(driver, () -> driver.navigate().refresh());
	}

	/**
	 * Runs what loads another page, waits until it has, and answers the documents the
	 * browser requested meanwhile ({@code "GET http://…"}, a redirect's target too).
	 */
	private static List<String> nextPage(WebDriver driver, Runnable action) {
		documentRequests(driver);
		// A token of this navigation alone: a page that Back brings out of the browser's
		// back/forward cache still has the token it was given when it was left.
		String token = UUID.randomUUID().toString();
		script(driver, "window.pageBefore = arguments[0]", token);
		action.run();
		new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(20)).until((d) -> (Boolean) script(d,
				"return window.pageBefore !== arguments[0] && document.readyState === 'complete'", token));
		return documentRequests(driver);
	}

	/** The pages (not styles, icons, scripts) requested since the last call. */
	private static List<String> documentRequests(WebDriver driver) {
		List<String> requests = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
			Map<String, Object> message = JSON.<Map<String, Object>>toType(entry.getMessage(), Map.class);
			if (message.get("message") instanceof Map<?, ?> event
					&& "Network.requestWillBeSent".equals(event.get("method"))
					&& event.get("params") instanceof Map<?, ?> params && "Document".equals(params.get("type"))
					&& params.get("request") instanceof Map<?, ?> request) {
				requests.add(request.get("method") + " " + request.get("url"));
			}
		}
		return requests;
	}

	// What the page shows

	/**
	 * The page is this step, at its own address, with exactly these answers ticked, both
	 * as shown and as sent by the server.
	 */
	private void assertPage(WebDriver driver, Step step, List<String> checked) {
		// Read in one script call rather than one chromedriver round trip per element:
		// this check runs on almost every page this class shows.
		Map<?, ?> page = (Map<?, ?>) script(driver, """
				const text = (selector) => {
				  const element = document.querySelector(selector);
				  return element ? element.innerText.trim() : null;
				};
				const ids = (selector) => Array.from(document.querySelectorAll(selector), (input) => input.id);
				return {
				  url: location.href,
				  h1: text('h1'),
				  progress: text('.progress'),
				  title: document.title,
				  errorSummaries: document.querySelectorAll('.error-summary').length,
				  checkedShown: ids('main input:checked'),
				  checkedByServer: ids('main input[checked]')
				};""");
		assertThat(page.get("url")).as("the address of %s", step.slug()).isEqualTo(url(step));
		assertThat(page.get("h1")).isEqualTo(ScreeningBrowserTest.HEADINGS.get(step));
		assertThat(page.get("progress")).isEqualTo("Step " + step.number() + " of 7");
		assertThat((String) page.get("title")).doesNotStartWith("Error");
		assertThat(((Number) page.get("errorSummaries")).intValue()).as("error summaries on %s", step.slug()).isZero();
		assertThat(strings(page.get("checkedShown"))).as("ticked on %s", step.slug())
			.containsExactlyInAnyOrderElementsOf(checked);
		assertThat(strings(page.get("checkedByServer"))).as("ticked by the server on %s", step.slug())
			.containsExactlyInAnyOrderElementsOf(checked);
	}

	private static List<String> strings(Object list) {
		return ((List<?>) list).stream().map(String::valueOf).toList();
	}

	private static List<String> checkedShown(WebDriver driver) {
		return ids(driver.findElements(By.cssSelector("main input:checked")));
	}

	private static List<String> checkedByServer(WebDriver driver) {
		return ids(driver.findElements(By.cssSelector("main input[checked]")));
	}

	private static List<String> ids(List<WebElement> inputs) {
		return inputs.stream().map((input) -> input.getDomAttribute("id")).toList();
	}

	private static Cookie answersCookie(WebDriver driver) {
		return driver.manage().getCookieNamed("screening");
	}

	private static String h1(WebDriver driver) {
		return driver.findElement(By.tagName("h1")).getText();
	}

	/** No prompt to send a form again, nor any other dialog. */
	private static void assertNoDialog(WebDriver driver) {
		try {
			Alert alert = driver.switchTo().alert();
			String text = alert.getText();
			alert.dismiss();
			fail("A dialog on " + driver.getCurrentUrl() + ": " + text);
		}
		catch (NoAlertPresentException expected) {
			// none
		}
	}

	private static Object script(WebDriver driver, String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

}
