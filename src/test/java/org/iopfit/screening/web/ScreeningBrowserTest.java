package org.iopfit.screening.web;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.iopfit.browser.Browser;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The questionnaire in a real Chromium, as a person on a phone goes through it: to each
 * of the four outcomes, in Spanish, by keyboard alone, through a missing answer, and back
 * and forth with the language switch; with no accessibility violation that axe-core can
 * find on any kind of page, and without a single answer leaving the site, landing in an
 * address or in a session: the answers travel only in the sealed, HttpOnly session cookie
 * {@code screening}. Each page posts its own answers and is answered with a redirect to
 * the next page's own address; Back and Change are links.
 * <p>
 * axe-core takes about half a second a page, so it runs in tests of its own, once per
 * kind of page, rather than on every page of every walk. A mouse click takes a tenth of a
 * second: the IOP, crisis, error, language and keyboard tests click and press keys for
 * real; the walks that are only the way to what a test is about tick each page's answers
 * in one script call, then click Continue.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ScreeningBrowserTest {

	@RegisterExtension
	static final Browser browser = Browser.phone();

	static final String PROVIDER_TEL = "tel:+18446398371";

	/** A questionnaire page's Continue (or "Save and go back to your answers"). */
	static final String CONTINUE = "#screening-form .actions button.button-primary";

	/** A questionnaire page's Back: a link to the page before. */
	static final String BACK = "main a.back-link";

	/** Check your answers: "See my result", a link. */
	static final String SEE_RESULT = "main a[href='/screening/result']";

	/** "Clear my answers" on a questionnaire page. */
	static final String CLEAR = "#screening-form button[formaction='/screening/clear']";

	/** "Start again" on check-your-answers and on a result. */
	static final String START_AGAIN = "main form[action='/screening/clear'] button";

	/** The same controls as the keyboard tests name what has focus. */
	static final String CONTINUE_KEY = "button.button";

	static final String CLEAR_KEY = "button[formaction=/screening/clear]";

	static final String RESULT_KEY = "a[href=/screening/result]";

	/**
	 * Each page's h1: its topic, or on a page of one question (who, mental health) that
	 * question, in its legend.
	 */
	static final Map<Step, String> HEADINGS = new EnumMap<>(Map.of(Step.WHO, "Who is this screening about?",
			Step.SAFETY, "First, are you safe right now?", Step.SIGNS, "Your use in the past 12 months", Step.HEALTH,
			"Withdrawal and your physical health", Step.MENTAL_HEALTH, "Do you have a mental health condition?",
			Step.SUPPORT, "Your support and your home", Step.LIFE, "Fitting treatment into your life"));

	static final Map<Step, String> THEIR_HEADINGS = new EnumMap<>(Map.of(Step.WHO, "Who is this screening about?",
			Step.SAFETY, "First, are they safe right now?", Step.SIGNS, "Their use in the past 12 months", Step.HEALTH,
			"Withdrawal and their physical health", Step.MENTAL_HEALTH, "Do they have a mental health condition?",
			Step.SUPPORT, "Their support and their home", Step.LIFE, "Fitting treatment into their life"));

	static final Map<Step, String> SPANISH_HEADINGS = new EnumMap<>(Map.of(Step.WHO, "¿Para quién es esta evaluación?",
			Step.SAFETY, "Primero, ¿está usted a salvo ahora mismo?", Step.SIGNS, "Su consumo en los últimos 12 meses",
			Step.HEALTH, "Síntomas de abstinencia y su salud física", Step.MENTAL_HEALTH,
			"¿Tiene algún problema de salud mental?", Step.SUPPORT, "Su red de apoyo y su hogar", Step.LIFE,
			"Cómo encaja el tratamiento en su vida"));

	// The four outcomes

	@Test
	void moderateUseWithAJobThatCannotStopIsSuggestedAnIntensiveOutpatientProgram() {
		WebDriver driver = walkToResult(browser, Answers.moderateWithAJob());

		assertResult(driver, "IOP", "R9", "An Intensive Outpatient Program (IOP)");
		assertThat(text(driver, "main")).contains("You checked 4 of 11 signs")
			.contains("You have work, school or caregiving that cannot stop");
	}

	@Test
	void aPastWithdrawalSeizureIsSuggestedInpatientCare() {
		WebDriver driver = walkToResult(browser,
				Answers.moderateWithAJob()
					.with(Step.HEALTH, "withdrawalHistory-SEIZURES_OR_DELIRIUM", "pastOverdose-false",
							"medicalMonitoringNeeded-false", "pregnant-false"),
				ScreeningBrowserTest::scriptAndContinue);

		assertResult(driver, "INPATIENT", "R2", "Inpatient or residential care");
		assertThat(text(driver, "main")).contains("seizures or delirium after you stopped before")
			.contains("Do not stop or cut down on your own");
	}

	@Test
	void oneSignIsSuggestedStandardOutpatientCare() {
		WebDriver driver = walkToResult(browser,
				Answers.moderateWithAJob().with(Step.SIGNS, "criteria-CRAVING", "substances-ALCOHOL"),
				ScreeningBrowserTest::scriptAndContinue);

		assertResult(driver, "OUTPATIENT", "R11", "Standard outpatient care");
		assertThat(text(driver, "main")).contains("1 of 11 signs");
	}

	@Test
	void aResultForSomeoneElseDescribesTheCareAsTheirsNotTheReaders() {
		// The policy: who answers "changes wording (you / they)". The lead and the
		// reasons do; "What this means" should too.
		WebDriver driver = walkToResult(browser, Answers.moderateWithAJob().with(Step.WHO, "respondent-SOMEONE_ELSE"),
				ScreeningBrowserTest::scriptAndContinue);

		assertThat(level(driver)).isEqualTo("IOP");
		assertThat(text(driver, "main .lead")).contains("may fit them best");
		assertThat(driver.findElements(By.cssSelector("main ul.facts li"))).extracting(WebElement::getText)
			.as("What this means, for a reader answering about someone else")
			.noneMatch((fact) -> fact.matches("(?i).*\\byou(r)?\\b.*"));
	}

	@Test
	void aYesToASafetyQuestionStopsTheScreeningWithTheCrisisLinesFirst() {
		WebDriver driver = start(browser);
		assertStep(driver, Step.WHO);
		answerAndContinue(driver, "respondent-SELF");
		assertStep(driver, Step.SAFETY);
		answerAndContinue(driver, "crisis-suicidalThoughts-false", "crisis-overdoseOrMedicalEmergency-true",
				"crisis-severeWithdrawalNow-false");

		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening/crisis");
		WebElement main = driver.findElement(By.tagName("main"));
		assertThat(main.getDomAttribute("data-level")).isEqualTo("EMERGENCY");
		assertThat(main.getDomAttribute("data-decided-by")).isEqualTo("R1");
		assertThat(h1(driver)).isEqualTo("Please get help now");
		assertThat(driver.findElements(By.cssSelector("main .progress"))).isEmpty();
		// The crisis lines are the first links in main, the one that fits first (911,
		// then
		// Poison Help for a possible overdose), the provider's number after them, and
		// last
		// the way back to the safety questions.
		List<String> links = driver.findElements(By.cssSelector("main a"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map((link) -> link.getDomAttribute("href"))
			.toList();
		assertThat(links).containsExactly("tel:911", "tel:911", "tel:+18002221222", "tel:988", "sms:988",
				"tel:+18006624357", PROVIDER_TEL, "/screening/safety");
		assertThat(driver.findElement(By.cssSelector("main a[href='tel:911']")).getText()).isEqualTo("Call 911");
		assertThat(driver.findElement(By.cssSelector("main a[href='sms:988']")).getText()).isEqualTo("Text 988");
		// On a phone, 911 is on the first screen.
		WebElement call911 = driver.findElement(By.cssSelector("main a[href='tel:911']"));
		assertThat(call911.getRect().getY() + call911.getRect().getHeight())
			.isLessThanOrEqualTo(Browser.PHONE.height());
	}

	// In Spanish

	/**
	 * A phone whose browser asks for Spanish by itself ({@code Accept-Language}).
	 */
	@Nested
	class WithASpanishBrowser {

		@RegisterExtension
		static final Browser spanish = Browser.phone().language("es-US,es");

		@Test
		void aWholeScreeningIsInSpanishWithoutAsking() {
			WebDriver driver = start(spanish);
			Answers answers = Answers.moderateWithAJob();
			for (Step step : Step.values()) {
				assertSpanish(driver);
				assertThat(h1(driver)).as("h1 of step %s", step.slug())
					.isEqualTo(SPANISH_HEADINGS.get(step))
					.isNotEqualTo(HEADINGS.get(step));
				assertThat(text(driver, ".progress")).isEqualTo("Paso " + step.number() + " de 7");
				assertThat(text(driver, CONTINUE)).isEqualTo("Continuar");
				scriptAndContinue(driver, answers.on(step));
			}
			assertSpanish(driver);
			assertThat(h1(driver)).isEqualTo("Revise sus respuestas");
			assertThat(text(driver, "main")).contains("Alcohol");

			submit(driver, SEE_RESULT);

			assertSpanish(driver);
			WebElement main = driver.findElement(By.tagName("main"));
			assertThat(main.getDomAttribute("data-level")).isEqualTo("IOP");
			assertThat(h1(driver)).isEqualTo("Un Programa Ambulatorio Intensivo (IOP, por sus siglas en inglés)")
				.isNotEqualTo("An Intensive Outpatient Program (IOP)");
			assertThat(text(driver, "main")).contains("Esto no es un diagnóstico.");
			WebElement call = driver.findElement(By.cssSelector("main a.button-call"));
			assertThat(call.getText()).isEqualTo("Llame al 844-639-8371");
			assertThat(call.getDomAttribute("href")).isEqualTo(PROVIDER_TEL);
		}

		@TestFactory
		Stream<DynamicTest> everySpanishPageHasNoAxeViolation() {
			return axeChecks(spanish, false);
		}

		private static void assertSpanish(WebDriver driver) {
			assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
			assertThat(source(driver)).as("a missing message on %s", driver.getCurrentUrl()).doesNotContain("??");
		}

	}

	// By keyboard alone

	@Test
	void aKeyboardAloneWalksTheWholeScreeningInVisualOrderWithFocusAlwaysVisible() {
		WebDriver driver = start(browser);
		Keyboard keyboard = new Keyboard(driver);

		// 1. Who: Back (a link) comes first; Space chooses, Tab passes Continue to "Clear
		// my answers", Shift+Tab returns, Enter.
		keyboard.tabTo("#respondent-SELF");
		keyboard.assertTrail(backKey(Step.WHO), "#respondent-SELF");
		keyboard.press(Keys.SPACE);
		assertThat(selected(driver, "respondent-SELF")).isTrue();
		keyboard.tabTo(CLEAR_KEY);
		keyboard.assertTrail(backKey(Step.WHO), "#respondent-SELF", CONTINUE_KEY, CLEAR_KEY);
		keyboard.shiftTab(CONTINUE_KEY);
		keyboard.submitWith(Keys.ENTER);
		assertStep(driver, Step.SAFETY);

		// 2. Safety: one Tab per radio group, an arrow key to "No", Enter in the group.
		keyboard.tabTo("#crisis-suicidalThoughts-true");
		keyboard.arrowTo("#crisis-suicidalThoughts-false");
		keyboard.tabTo("#crisis-overdoseOrMedicalEmergency-true");
		keyboard.arrowTo("#crisis-overdoseOrMedicalEmergency-false");
		keyboard.tabTo("#crisis-severeWithdrawalNow-true");
		keyboard.arrowTo("#crisis-severeWithdrawalNow-false");
		keyboard.assertTrail(backKey(Step.SAFETY), "#crisis-suicidalThoughts-true",
				"#crisis-overdoseOrMedicalEmergency-true", "#crisis-severeWithdrawalNow-true");
		keyboard.submitWith(Keys.ENTER);
		assertStep(driver, Step.SIGNS);

		// 3. Signs: every checkbox is a stop of its own, in order; Space ticks; Space on
		// Continue.
		List<String> boxes = new ArrayList<>(List.of(backKey(Step.SIGNS)));
		for (Question question : Step.SIGNS.questions()) {
			for (String option : question.choices()) {
				String id = inputId(question, option);
				boxes.add("#" + id);
				keyboard.tabTo("#" + id);
				if (Answers.moderateWithAJob().on(Step.SIGNS).contains(id)) {
					keyboard.press(Keys.SPACE);
				}
			}
			if (question.hasNoneOption()) {
				// "None of these" closes the group of signs.
				String none = "#" + inputId(question, "none");
				boxes.add(none);
				keyboard.tabTo(none);
			}
		}
		keyboard.tabTo(CONTINUE_KEY);
		boxes.add(CONTINUE_KEY);
		keyboard.assertTrail(boxes.toArray(String[]::new));
		assertThat(driver.findElements(By.cssSelector("input[type='checkbox']:checked")))
			.extracting((box) -> box.getDomAttribute("id"))
			.containsExactlyInAnyOrderElementsOf(Answers.moderateWithAJob().on(Step.SIGNS));
		keyboard.submitWith(Keys.SPACE);
		assertStep(driver, Step.HEALTH);

		// 4. Health
		keyboard.tabTo("#withdrawalHistory-NONE");
		keyboard.press(Keys.SPACE);
		keyboard.tabTo("#pastOverdose-true");
		keyboard.arrowTo("#pastOverdose-false");
		keyboard.tabTo("#medicalMonitoringNeeded-true");
		keyboard.arrowTo("#medicalMonitoringNeeded-false");
		keyboard.tabTo("#pregnant-true");
		keyboard.arrowTo("#pregnant-false");
		keyboard.tabTo(CONTINUE_KEY);
		keyboard.assertTrail(backKey(Step.HEALTH), "#withdrawalHistory-NONE", "#pastOverdose-true",
				"#medicalMonitoringNeeded-true", "#pregnant-true", CONTINUE_KEY);
		keyboard.submitWith(Keys.ENTER);
		assertStep(driver, Step.MENTAL_HEALTH);

		// 5. Mental health
		keyboard.tabTo("#mentalHealth-NONE");
		keyboard.press(Keys.SPACE);
		keyboard.assertTrail(backKey(Step.MENTAL_HEALTH), "#mentalHealth-NONE");
		keyboard.submitWith(Keys.ENTER);
		assertStep(driver, Step.SUPPORT);

		// 6. Support
		keyboard.tabTo("#support-STRONG");
		keyboard.press(Keys.SPACE);
		keyboard.tabTo("#stableHousing-true");
		keyboard.press(Keys.SPACE);
		keyboard.tabTo("#substanceUseAtHome-true");
		keyboard.arrowTo("#substanceUseAtHome-false");
		keyboard.tabTo(CLEAR_KEY);
		keyboard.assertTrail(backKey(Step.SUPPORT), "#support-STRONG", "#stableHousing-true",
				"#substanceUseAtHome-true", CONTINUE_KEY, CLEAR_KEY);
		keyboard.shiftTab(CONTINUE_KEY);
		keyboard.submitWith(Keys.SPACE);
		assertStep(driver, Step.LIFE);

		// 7. Life
		keyboard.tabTo("#ageGroup-UNDER_18");
		keyboard.arrowTo("#ageGroup-AGE_18_TO_25");
		keyboard.arrowTo("#ageGroup-AGE_26_OR_OVER");
		keyboard.tabTo("#canAttend-YES");
		keyboard.press(Keys.SPACE);
		keyboard.tabTo("#needsFlexibility-true");
		keyboard.press(Keys.SPACE);
		keyboard.tabTo("#recentInpatientDischarge-true");
		keyboard.arrowTo("#recentInpatientDischarge-false");
		keyboard.tabTo("#relapsedAfterTreatment-true");
		keyboard.arrowTo("#relapsedAfterTreatment-false");
		keyboard.tabTo("#readiness-READY");
		keyboard.press(Keys.SPACE);
		keyboard.assertTrail(backKey(Step.LIFE), "#ageGroup-UNDER_18", "#canAttend-YES", "#needsFlexibility-true",
				"#recentInpatientDischarge-true", "#relapsedAfterTreatment-true", "#readiness-READY");
		keyboard.submitWith(Keys.ENTER);
		assertThat(h1(driver)).isEqualTo("Check your answers");
		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening/check");

		// Check your answers: "See my result", a Change link per page, in order, "See my
		// result" again, then "Start again".
		List<String> checkStops = new ArrayList<>(List.of(RESULT_KEY));
		for (Step step : Step.values()) {
			checkStops.add("a[href=" + ScreeningController.stepUrl(step, true) + "]");
		}
		checkStops.add(RESULT_KEY);
		checkStops.add("button.link-button");
		keyboard.tabTo("button.link-button");
		keyboard.assertTrail(checkStops.toArray(String[]::new));
		keyboard.shiftTab(RESULT_KEY);
		keyboard.submitWith(Keys.ENTER);

		assertResult(driver, "IOP", "R9", "An Intensive Outpatient Program (IOP)");
		// The call button is the first stop in main.
		keyboard.tabTo("a[href=" + PROVIDER_TEL + "]");
		keyboard.assertTrail("a[href=" + PROVIDER_TEL + "]");
		assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Call 844-639-8371");
	}

	@Test
	void enterInARadioGroupSubmitsThePageWithContinueNotClearNorTheLanguageSwitch() {
		WebDriver driver = start(browser);
		answerAndContinue(driver, "respondent-SOMEONE_ELSE");
		Keyboard keyboard = new Keyboard(driver);

		keyboard.tabTo("#crisis-suicidalThoughts-true");
		keyboard.arrowTo("#crisis-suicidalThoughts-false");
		keyboard.tabTo("#crisis-overdoseOrMedicalEmergency-true");
		keyboard.arrowTo("#crisis-overdoseOrMedicalEmergency-false");
		keyboard.tabTo("#crisis-severeWithdrawalNow-true");
		keyboard.arrowTo("#crisis-severeWithdrawalNow-false");
		keyboard.submitWith(Keys.ENTER);

		// "Clear my answers" would show an empty step 1, the language switch this page
		// in Spanish.
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(driver.findElements(By.cssSelector(".error-summary"))).isEmpty();
		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening/signs");
		assertThat(driver.manage().getCookieNamed("screening")).as("the answers, not cleared").isNotNull();
		assertThat(text(driver, ".progress")).isEqualTo("Step 3 of 7");
		assertThat(h1(driver)).isEqualTo("Their use in the past 12 months");
	}

	// A missing answer

	@Test
	void continuingWithoutAnAnswerFocusesAnErrorSummaryWhoseLinksLeadToEachFieldAndKeepsEveryAnswer() {
		WebDriver driver = start(browser);
		answerAndContinue(driver, "respondent-SELF");
		answerAndContinue(driver, "crisis-suicidalThoughts-false");

		assertStep(driver, Step.SAFETY);
		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening/safety");
		assertThat(driver.getTitle()).startsWith("Error: First, are you safe right now?");
		WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
		assertThat(summary.isDisplayed()).isTrue();
		assertThat(summary.getDomAttribute("autofocus")).isNotNull();
		assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("There is a problem");
		// First in main after the Back link: above the progress, the heading and the
		// questions.
		assertThat(firstVisibleInMain(driver)).isEqualTo(summary);
		// Focused on load, so a screen reader reads it and Tab continues from it.
		assertThat(driver.switchTo().activeElement()).isEqualTo(summary);
		assertThat(focusVisible(driver)).as("the focused summary shows its focus").isTrue();

		List<WebElement> links = summary.findElements(By.tagName("a"));
		assertThat(links).extracting((link) -> link.getDomAttribute("href"))
			.containsExactly("#crisis-overdoseOrMedicalEmergency-true", "#crisis-severeWithdrawalNow-true");
		assertThat(links).extracting(WebElement::getText)
			.containsExactly(text(driver, "#crisis-overdoseOrMedicalEmergency-error").replace("Error:", "").strip(),
					text(driver, "#crisis-severeWithdrawalNow-error").replace("Error:", "").strip());
		for (WebElement link : links) {
			String target = link.getDomAttribute("href").substring(1);
			link.click();
			assertThat(driver.switchTo().activeElement().getDomAttribute("id")).as("focus after following %s", target)
				.isEqualTo(target);
		}

		// The answer given on this page and the one before are still there.
		assertThat(selected(driver, "crisis-suicidalThoughts-false")).isTrue();
		submit(driver, BACK);
		assertStep(driver, Step.WHO);
		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening");
		assertThat(selected(driver, "respondent-SELF")).isTrue();
	}

	// Accessibility

	@TestFactory
	Stream<DynamicTest> everyEnglishPageHasNoAxeViolation() {
		return axeChecks(browser, true);
	}

	/**
	 * One axe-core check per kind of page, walking a single screening from page to page:
	 * each check names its page, and a violation on one page does not stop the checks of
	 * the next.
	 */
	static Stream<DynamicTest> axeChecks(Browser chromium, boolean everyLevel) {
		Answers answers = Answers.moderateWithAJob();
		List<DynamicTest> checks = new ArrayList<>();
		checks.add(axe(chromium, "step 1, who is answering", () -> start(chromium)));
		checks.add(axe(chromium, "step 1 with an error summary", () -> submit(chromium.driver(), CONTINUE)));
		checks.add(axe(chromium, "step 2, safety", () -> scriptAndContinue(chromium.driver(), answers.on(Step.WHO))));
		checks.add(axe(chromium, "step 2 asking to press Continue again (a lost CSRF cookie)", () -> {
			chromium.driver().manage().deleteCookieNamed("XSRF-TOKEN");
			submit(chromium.driver(), CONTINUE);
			assertThat(chromium.driver().findElements(By.cssSelector("main .notice-info"))).hasSize(1);
		}));
		for (Step step : List.of(Step.SAFETY, Step.SIGNS, Step.HEALTH, Step.MENTAL_HEALTH, Step.SUPPORT)) {
			Step next = step.next().orElseThrow();
			checks.add(axe(chromium, "step " + next.number() + ", " + next.slug(),
					() -> scriptAndContinue(chromium.driver(), answers.on(step))));
		}
		checks.add(
				axe(chromium, "check your answers", () -> scriptAndContinue(chromium.driver(), answers.on(Step.LIFE))));
		checks.add(axe(chromium, "a page opened to change its answers", () -> submit(chromium.driver(),
				"main a[href='" + ScreeningController.stepUrl(Step.SIGNS, true) + "']")));
		checks.add(axe(chromium, "result IOP", () -> {
			submit(chromium.driver(), CONTINUE);
			assertThat(chromium.driver().getCurrentUrl()).endsWith("/screening/check");
			submit(chromium.driver(), SEE_RESULT);
			assertThat(level(chromium.driver())).isEqualTo("IOP");
		}));
		if (everyLevel) {
			checks.add(axe(chromium, "result INPATIENT", () -> {
				change(chromium.driver(), Step.SUPPORT, "substanceUseAtHome-true");
				submit(chromium.driver(), SEE_RESULT);
				assertThat(level(chromium.driver())).isEqualTo("INPATIENT");
			}));
			checks.add(axe(chromium, "result OUTPATIENT", () -> {
				// Untick three of the four signs.
				change(chromium.driver(), Step.SIGNS, "criteria-LARGER_OR_LONGER", "criteria-CANNOT_CUT_DOWN",
						"criteria-TOLERANCE");
				submit(chromium.driver(), SEE_RESULT);
				assertThat(level(chromium.driver())).isEqualTo("OUTPATIENT");
			}));
		}
		checks.add(axe(chromium, "crisis page, EMERGENCY", () -> {
			change(chromium.driver(), Step.SAFETY, "crisis-suicidalThoughts-true");
			assertThat(level(chromium.driver())).isEqualTo("EMERGENCY");
		}));
		checks.add(axe(chromium, "need help now, with a screening in progress", () -> {
			submit(chromium.driver(), "header a.help-now");
			assertThat(chromium.driver().findElements(By.cssSelector("main a[href='/screening/resume']"))).hasSize(1);
		}));
		return checks.stream();
	}

	private static DynamicTest axe(Browser chromium, String page, Runnable reach) {
		return dynamicTest(page, () -> {
			reach.run();
			try {
				Browser.assertNoAxeViolations(chromium.driver());
			}
			catch (AssertionError violations) {
				// The result pages of every level share one address: say which it was.
				throw new AssertionError(page + ": " + violations.getMessage(), violations);
			}
		});
	}

	/**
	 * From a result: "Change my answers", one page's Change link, change its answers,
	 * save.
	 */
	private static void change(WebDriver driver, Step step, String... inputIds) {
		submit(driver, "main a[href='/screening/check']");
		assertThat(driver.getCurrentUrl()).as("check your answers").endsWith("/screening/check");
		submit(driver, "main a[href='" + ScreeningController.stepUrl(step, true) + "']");
		assertThat(driver.getCurrentUrl()).endsWith(ScreeningController.stepUrl(step, true));
		assertThat(driver.findElement(By.id("screening-form")).getDomAttribute("action"))
			.isEqualTo(ScreeningController.stepUrl(step, true));
		scriptAndContinue(driver, List.of(inputIds));
	}

	// Privacy

	@Test
	void aWholeScreeningStaysOnThisSiteAndPutsNoAnswerInAnAddressOrASession() {
		WebDriver driver = walkToResult(browser, Answers.moderateWithAJob(), ScreeningBrowserTest::scriptAndContinue);
		assertThat(level(driver)).isEqualTo("IOP");

		List<String> urls = browser.requestedUrls();
		assertThat(urls)
			.contains(browser.baseUrl() + "/screening/life", browser.baseUrl() + "/screening/check",
					browser.baseUrl() + "/screening/result")
			.allSatisfy((url) -> assertThat(url).startsWith(browser.baseUrl() + "/"));
		Set<String> fields = Question.all()
			.stream()
			.map(Question::path)
			.flatMap((field) -> Stream.of(field, "_" + field))
			.collect(Collectors.toSet());
		Set<String> values = Question.all()
			.stream()
			.flatMap((question) -> question.choices().stream())
			.collect(Collectors.toSet());
		assertThat(urls).allSatisfy((url) -> {
			assertThat(parameters(url)).as(url).doesNotContainAnyElementsOf(fields);
			assertThat(parameterValues(url)).as(url).doesNotContainAnyElementsOf(values);
		});
		assertThat(driver.manage().getCookies()).extracting(Cookie::getName).doesNotContain("JSESSIONID");
		Object stored = script(driver, "return localStorage.length + sessionStorage.length");
		assertThat(((Number) stored).intValue()).isZero();

		// The answers travel in one cookie that scripts cannot read, that goes when the
		// browser closes, and that says nothing to whoever looks at it.
		Cookie answers = driver.manage().getCookieNamed("screening");
		assertThat(answers).as("the screening cookie").isNotNull();
		assertThat(answers.isHttpOnly()).as("HttpOnly").isTrue();
		assertThat(answers.getExpiry()).as("a session cookie has no expiry").isNull();
		assertThat(answers.getPath()).isEqualTo("/");
		assertThat(answers.getSameSite()).isEqualTo("Lax");
		assertThat(script(driver, "return document.cookie")).asString().doesNotContain("screening=");
		assertNothingReadableIn(answers.getValue(), fields, values);
	}

	/**
	 * A cookie value that shows no answer: none of the questions' names nor of their
	 * values, as written or once Base64-decoded. Names and values shorter than three
	 * characters are left out: random bytes contain them by chance.
	 */
	static void assertNothingReadableIn(String cookie, Set<String> fields, Set<String> values) {
		String decoded;
		try {
			decoded = new String(Base64.getUrlDecoder().decode(cookie), java.nio.charset.StandardCharsets.ISO_8859_1);
		}
		catch (IllegalArgumentException ex) {
			decoded = "";
		}
		List<String> words = Stream.concat(fields.stream(), values.stream())
			.flatMap((word) -> Stream.of(word, word.replaceAll(".*\\.", "")))
			.filter((word) -> word.length() >= 3)
			.distinct()
			.toList();
		for (String word : words) {
			assertThat(cookie).as("the cookie's value").doesNotContainIgnoringCase(word);
			assertThat(decoded).as("the cookie's value, Base64-decoded").doesNotContainIgnoringCase(word);
		}
	}

	private static List<String> parameters(String url) {
		String query = URI.create(url).getRawQuery();
		if (query == null) {
			return List.of();
		}
		return Arrays.stream(query.split("[&;]")).map((pair) -> pair.replaceAll("=.*$", "")).toList();
	}

	private static List<String> parameterValues(String url) {
		String query = URI.create(url).getRawQuery();
		if (query == null) {
			return List.of();
		}
		return Arrays.stream(query.split("[&;]"))
			.filter((pair) -> pair.contains("="))
			.map((pair) -> pair.replaceAll("^[^=]*=", ""))
			.toList();
	}

	// The language switch

	@Test
	void switchingToSpanishOnAStepKeepsTheAnswersOfTheStepsBefore() {
		WebDriver driver = start(browser);
		answerAndContinue(driver, "respondent-SELF");
		answerAndContinue(driver, "crisis-suicidalThoughts-false", "crisis-overdoseOrMedicalEmergency-false",
				"crisis-severeWithdrawalNow-false");
		assertStep(driver, Step.SIGNS);

		submit(driver, "button[name='lang']");

		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening/signs");
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
		assertThat(h1(driver)).isEqualTo(SPANISH_HEADINGS.get(Step.SIGNS));
		assertThat(text(driver, ".progress")).isEqualTo("Paso 3 de 7");
		assertThat(driver.findElements(By.cssSelector(".error-summary"))).isEmpty();

		submit(driver, BACK);
		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening/safety");
		assertThat(h1(driver)).isEqualTo(SPANISH_HEADINGS.get(Step.SAFETY));
		assertThat(selected(driver, "crisis-suicidalThoughts-false")).isTrue();
		assertThat(selected(driver, "crisis-overdoseOrMedicalEmergency-false")).isTrue();
		assertThat(selected(driver, "crisis-severeWithdrawalNow-false")).isTrue();

		submit(driver, BACK);
		assertThat(h1(driver)).isEqualTo(SPANISH_HEADINGS.get(Step.WHO));
		assertThat(selected(driver, "respondent-SELF")).isTrue();
	}

	/**
	 * A person ticks two answers, then chooses "Español": the switch sends the page's own
	 * form, so what is ticked comes back, from the server, on the same page's address in
	 * Spanish.
	 */
	@Test
	void switchingLanguageKeepsTheAnswersAlreadyTickedOnThatStep() {
		WebDriver driver = start(browser);
		answerAndContinue(driver, "respondent-SELF");
		click(driver, "crisis-suicidalThoughts-false");
		click(driver, "crisis-overdoseOrMedicalEmergency-false");

		submit(driver, "button[name='lang']");

		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening/safety");
		assertThat(h1(driver)).isEqualTo(SPANISH_HEADINGS.get(Step.SAFETY));
		assertThat(selected(driver, "crisis-suicidalThoughts-false")).as("a radio ticked before switching").isTrue();
		assertThat(selected(driver, "crisis-overdoseOrMedicalEmergency-false")).as("a radio ticked before switching")
			.isTrue();
		assertThat(driver.findElement(By.id("crisis-suicidalThoughts-false")).getDomAttribute("checked"))
			.as("checked by the server, not restored by the browser")
			.isNotNull();
		assertThat(driver.findElements(By.cssSelector("input:checked"))).hasSize(2);
	}

	// Starting again

	@Test
	void startAgainFromAResultBeginsAnEmptyScreening() {
		WebDriver driver = walkToResult(browser, Answers.moderateWithAJob(), ScreeningBrowserTest::scriptAndContinue);
		assertThat(driver.manage().getCookieNamed("screening")).isNotNull();

		submit(driver, START_AGAIN);

		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening");
		assertStep(driver, Step.WHO);
		assertThat(driver.findElements(By.cssSelector("input:checked"))).isEmpty();
		assertThat(driver.manage().getCookieNamed("screening")).as("the answers' cookie").isNull();
		// Neither the page's form nor the language switch carries an answer.
		assertThat(driver.findElements(By.cssSelector("input[type='hidden']")))
			.extracting((input) -> input.getDomAttribute("name"))
			.containsOnly("_csrf");
		// The result is gone with the answers.
		browser.open("/screening/result");
		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening");
		assertStep(driver, Step.WHO);
	}

	@Test
	void clearMyAnswersOnAStepBeginsAnEmptyScreening() {
		WebDriver driver = start(browser);
		answerAndContinue(driver, "respondent-SELF");
		answerAndContinue(driver, "crisis-suicidalThoughts-false", "crisis-overdoseOrMedicalEmergency-false",
				"crisis-severeWithdrawalNow-false");
		click(driver, "criteria-CRAVING");

		submit(driver, CLEAR);

		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening");
		assertStep(driver, Step.WHO);
		assertThat(driver.findElements(By.cssSelector("input:checked"))).isEmpty();
		assertThat(driver.manage().getCookieNamed("screening")).as("the answers' cookie").isNull();
	}

	// Walking the screening

	private static WebDriver start(Browser chromium) {
		return chromium.open("/screening");
	}

	/**
	 * Answers every page with the mouse, checking each page's heading and progress, then
	 * asks for the result from "Check your answers".
	 */
	private static WebDriver walkToResult(Browser chromium, Answers answers) {
		return walkToResult(chromium, answers, ScreeningBrowserTest::answerAndContinue);
	}

	private static WebDriver walkToResult(Browser browser, Answers answers,
			BiConsumer<WebDriver, List<String>> answerAndContinue) {
		WebDriver driver = start(browser);
		for (Step step : Step.values()) {
			assertStep(driver, step, (step == Step.WHO || answers.bySelf()) ? HEADINGS : THEIR_HEADINGS);
			answerAndContinue.accept(driver, answers.on(step));
		}
		assertThat(h1(driver)).isEqualTo("Check your answers");
		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening/check");
		submit(driver, SEE_RESULT);
		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening/result");
		return driver;
	}

	private static void assertStep(WebDriver driver, Step step) {
		assertStep(driver, step, HEADINGS);
	}

	private static void assertStep(WebDriver driver, Step step, Map<Step, String> headings) {
		assertThat(h1(driver)).isEqualTo(headings.get(step));
		assertThat(text(driver, ".progress")).isEqualTo("Step " + step.number() + " of 7");
	}

	/** The Back link of a page, as the keyboard tests name it: the page before. */
	private static String backKey(Step step) {
		return "a[href=" + step.previous().map((previous) -> ScreeningController.stepUrl(previous, false)).orElse("/")
				+ "]";
	}

	/** The id of the input of one answer, e.g. {@code crisis-suicidalThoughts-true}. */
	static String inputId(Question question, String choice) {
		return question.path().replace('.', '-') + "-" + choice;
	}

	private static void assertResult(WebDriver driver, String level, String rule, String heading) {
		WebElement main = driver.findElement(By.tagName("main"));
		assertThat(main.getDomAttribute("data-level")).isEqualTo(level);
		assertThat(main.getDomAttribute("data-decided-by")).isEqualTo(rule);
		assertThat(text(driver, "main .progress")).isEqualTo("Our suggestion");
		assertThat(h1(driver)).isEqualTo(heading);
		assertThat(text(driver, "main .notice-info")).isEqualTo("This is not a diagnosis. It is a suggestion from "
				+ "your answers. A doctor or counselor makes the final decision with you.");
		WebElement call = driver.findElement(By.cssSelector("main a.button-call"));
		assertThat(call.isDisplayed()).isTrue();
		assertThat(call.getText()).isEqualTo("Call 844-639-8371");
		assertThat(call.getDomAttribute("href")).isEqualTo(PROVIDER_TEL);
	}

	private static void answerAndContinue(WebDriver driver, List<String> inputIds) {
		answerAndContinue(driver, inputIds.toArray(String[]::new));
	}

	private static void answerAndContinue(WebDriver driver, String... inputIds) {
		for (String id : inputIds) {
			click(driver, id);
		}
		submit(driver, CONTINUE);
	}

	/**
	 * Ticks a page's answers in one script call, then clicks Continue: for walks that are
	 * only the way to what a test is about. A mouse click costs about a tenth of a
	 * second; the outcome, error and keyboard tests click and press keys for real.
	 */
	private static void scriptAndContinue(WebDriver driver, List<String> inputIds) {
		script(driver, """
				for (const id of arguments[0]) {
				  const input = document.getElementById(id);
				  if (!input) throw new Error('No input #' + id + ' on ' + location.pathname);
				  input.click();
				}""", inputIds);
		submit(driver, CONTINUE);
	}

	private static void click(WebDriver driver, String inputId) {
		driver.findElement(By.id(inputId)).click();
	}

	private static void submit(WebDriver driver, String selector) {
		submit(driver, By.cssSelector(selector));
	}

	/** Clicks what loads the next page, and waits for that page. */
	private static void submit(WebDriver driver, By by) {
		WebElement button = driver.findElement(by);
		nextPage(driver, button::click);
	}

	/**
	 * Runs what loads the next page and waits until it has: the old page's window is
	 * marked first, so a page without the mark, fully loaded, is the new one.
	 */
	private static void nextPage(WebDriver driver, Runnable action) {
		script(driver, "window.stillThePageBefore = true");
		action.run();
		new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(20)).until(
				(d) -> (Boolean) script(d, "return !window.stillThePageBefore && document.readyState === 'complete'"));
	}

	private static boolean selected(WebDriver driver, String inputId) {
		return driver.findElement(By.id(inputId)).isSelected();
	}

	private static String level(WebDriver driver) {
		return driver.findElement(By.tagName("main")).getDomAttribute("data-level");
	}

	private static String h1(WebDriver driver) {
		WebElement h1 = driver.findElement(By.tagName("h1"));
		assertThat(h1.isDisplayed()).isTrue();
		return h1.getText();
	}

	private static String text(WebDriver driver, String selector) {
		return driver.findElement(By.cssSelector(selector)).getText();
	}

	private static String source(WebDriver driver) {
		return (String) script(driver, "return document.documentElement.outerHTML");
	}

	private static WebElement firstVisibleInMain(WebDriver driver) {
		return (WebElement) script(driver, """
				const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_ELEMENT);
				for (let e = walker.nextNode(); e; e = walker.nextNode()) {
				  if (e.matches('.back-link') || e.querySelector(':scope > .back-link')) continue;
				  if (!['SECTION', 'FORM'].includes(e.tagName) && e.getClientRects().length > 0) return e;
				}
				return null;""");
	}

	private static boolean focusVisible(WebDriver driver) {
		return Boolean.TRUE.equals(((Map<?, ?>) script(driver, Keyboard.FOCUS)).get("visible"));
	}

	private static Object script(WebDriver driver, String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/**
	 * A person at a keyboard: every key goes to whatever has focus, and every Tab is
	 * recorded with where focus landed, so the order and the visible focus can be
	 * checked.
	 */
	static final class Keyboard {

		/**
		 * The focused element: a readable key (its id, or its tag with href, name, value
		 * or formaction), whether its focus shows, and where it is on the page.
		 */
		static final String FOCUS = """
				const e = document.activeElement || document.body;
				const tag = e.tagName.toLowerCase();
				let key = tag;
				if (e.id) key = '#' + e.id;
				else if (tag === 'a') key += '[href=' + e.getAttribute('href') + ']';
				else {
				  for (const name of ['name', 'value', 'formaction']) {
				    if (e.hasAttribute(name)) key += '[' + name + '=' + e.getAttribute(name) + ']';
				  }
				  if (key === tag && e.classList.length > 0) key += '.' + e.classList[0];
				}
				const style = getComputedStyle(e);
				const box = e.getBoundingClientRect();
				return {
				  key: key,
				  page: document.title,
				  visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
				      || (style.boxShadow !== '' && style.boxShadow !== 'none'),
				  style: 'outline: ' + style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor
				      + '; box-shadow: ' + style.boxShadow,
				  x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height
				};""";

		static final List<String> HEADER = List.of("a[href=#main]", "a[href=/]", "a[href=/help-now]",
				"button[name=lang][value=es]");

		private final WebDriver driver;

		private final List<Focus> trail = new ArrayList<>();

		Keyboard(WebDriver driver) {
			this.driver = driver;
		}

		/** Presses Tab until the element is focused, checking each stop's focus. */
		void tabTo(String key) {
			for (int i = 0; i < 40; i++) {
				Focus focus = press(Keys.TAB);
				this.trail.add(focus);
				if (focus.key().equals(key)) {
					return;
				}
			}
			throw new AssertionError("Tab never reached " + key + " on page \"" + this.driver.getTitle() + "\": "
					+ this.trail.stream().map(Focus::key).toList());
		}

		/** Shift+Tab once, to the element expected. */
		void shiftTab(String key) {
			new Actions(this.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
			Focus focus = focus();
			assertThat(focus.key()).as("focus after Shift+Tab").isEqualTo(key);
			assertThat(focus.visible())
				.as("focus shows on %s on page \"%s\" (%s)", focus.key(), focus.page(), focus.style())
				.isTrue();
		}

		/**
		 * An arrow key in a radio group: focus moves to the next radio and chooses it;
		 * Space on it then keeps it chosen.
		 */
		void arrowTo(String key) {
			Focus focus = press(Keys.ARROW_DOWN);
			assertThat(focus.key()).as("focus after the arrow key").isEqualTo(key);
			press(Keys.SPACE);
			assertThat(this.driver.findElement(By.id(key.substring(1))).isSelected()).as("%s chosen", key).isTrue();
		}

		/** Presses a key and reports where focus is, failing if it does not show. */
		Focus press(CharSequence key) {
			new Actions(this.driver).sendKeys(key).perform();
			Focus focus = focus();
			assertThat(focus.visible())
				.as("focus shows on %s on page \"%s\" (%s)", focus.key(), focus.page(), focus.style())
				.isTrue();
			return focus;
		}

		/**
		 * Presses a key that sends the page, waits for the next one, forgets the trail.
		 */
		void submitWith(CharSequence key) {
			nextPage(this.driver, () -> new Actions(this.driver).sendKeys(key).perform());
			this.trail.clear();
		}

		/**
		 * The Tab stops since the page loaded are the skip link, the header's links and
		 * language switch (a button on a questionnaire page, a link elsewhere), then
		 * exactly these; and each one comes after the one before on the screen (lower
		 * down, or on the same line to the right).
		 */
		void assertTrail(String... keys) {
			List<String> expected = new ArrayList<>(HEADER);
			if (this.driver.findElements(By.cssSelector("header button[name=lang]")).isEmpty()) {
				// Pages without questions switch language by a link.
				expected.set(HEADER.size() - 1, "a[href=?lang=es]");
			}
			expected.addAll(List.of(keys));
			assertThat(this.trail).extracting(Focus::key).as("Tab order").containsExactlyElementsOf(expected);
			// The skip link sits over the header while focused; the rest is in reading
			// order.
			for (int i = 2; i < this.trail.size(); i++) {
				Focus before = this.trail.get(i - 1);
				Focus after = this.trail.get(i);
				double beforeMiddle = before.y() + before.height() / 2;
				double afterMiddle = after.y() + after.height() / 2;
				boolean sameLine = Math.abs(afterMiddle - beforeMiddle) < Math.min(before.height(), after.height()) / 2;
				if (sameLine) {
					assertThat(after.x()).as("%s is right of %s", after.key(), before.key()).isGreaterThan(before.x());
				}
				else {
					assertThat(afterMiddle).as("%s is below %s", after.key(), before.key()).isGreaterThan(beforeMiddle);
				}
			}
		}

		private Focus focus() {
			Map<?, ?> focus = (Map<?, ?>) script(this.driver, FOCUS);
			return new Focus((String) focus.get("key"), (String) focus.get("page"),
					Boolean.TRUE.equals(focus.get("visible")), (String) focus.get("style"), number(focus.get("x")),
					number(focus.get("y")), number(focus.get("width")), number(focus.get("height")));
		}

		private static double number(Object value) {
			return ((Number) value).doubleValue();
		}

	}

	/**
	 * Where focus is.
	 *
	 * @param key what is focused, e.g. {@code #respondent-SELF}
	 * @param page the page's title
	 * @param visible whether it shows an outline or a box shadow
	 * @param style the computed outline and box shadow
	 * @param x its left edge on the page
	 * @param y its top edge on the page
	 * @param width its width
	 * @param height its height
	 */
	record Focus(String key, String page, boolean visible, String style, double x, double y, double width,
			double height) {
	}

	/** A person's answers, as the ids of the inputs to tick on each page. */
	static final class Answers {

		private final Map<Step, List<String>> ids;

		private Answers(Map<Step, List<String>> ids) {
			this.ids = ids;
		}

		/**
		 * Four signs (moderate), alcohol, nothing else that weighs, and a job that cannot
		 * stop: an IOP by R9.
		 */
		static Answers moderateWithAJob() {
			Map<Step, List<String>> ids = new LinkedHashMap<>();
			ids.put(Step.WHO, List.of("respondent-SELF"));
			ids.put(Step.SAFETY, List.of("crisis-suicidalThoughts-false", "crisis-overdoseOrMedicalEmergency-false",
					"crisis-severeWithdrawalNow-false"));
			ids.put(Step.SIGNS, List.of("criteria-LARGER_OR_LONGER", "criteria-CANNOT_CUT_DOWN", "criteria-CRAVING",
					"criteria-TOLERANCE", "substances-ALCOHOL"));
			ids.put(Step.HEALTH, List.of("withdrawalHistory-NONE", "pastOverdose-false",
					"medicalMonitoringNeeded-false", "pregnant-false"));
			ids.put(Step.MENTAL_HEALTH, List.of("mentalHealth-NONE"));
			ids.put(Step.SUPPORT, List.of("support-STRONG", "stableHousing-true", "substanceUseAtHome-false"));
			ids.put(Step.LIFE, List.of("ageGroup-AGE_26_OR_OVER", "canAttend-YES", "needsFlexibility-true",
					"recentInpatientDischarge-false", "relapsedAfterTreatment-false", "readiness-READY"));
			return new Answers(ids);
		}

		/** The same answers but these on one page. */
		Answers with(Step step, String... inputIds) {
			Map<Step, List<String>> changed = new LinkedHashMap<>(this.ids);
			changed.put(step, List.of(inputIds));
			return new Answers(changed);
		}

		List<String> on(Step step) {
			return this.ids.get(step);
		}

		boolean bySelf() {
			return on(Step.WHO).contains("respondent-SELF");
		}

	}

}
