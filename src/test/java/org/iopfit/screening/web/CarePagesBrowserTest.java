package org.iopfit.screening.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iopfit.browser.Browser;
import org.iopfit.questions.AnswerReader;
import org.iopfit.questions.RawValue;
import org.iopfit.questions.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result, crisis, help-now and families pages on a narrow phone (360 px), in both
 * languages: the action that matters is on the first screen, no phone number breaks over
 * two lines, nothing scrolls sideways, axe-core finds nothing, and no request leaves the
 * site.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CarePagesBrowserTest {

	@RegisterExtension
	static final Browser browser = Browser.smallPhone();

	@Autowired
	AnswersCookie cookie;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "en, Call 844-639-8371", "es, Llame al 844-639-8371" })
	void theResultsCallButtonIsTheMainActionOnTheFirstScreen(String language, String label) {
		WebDriver driver = result(language, moderateWithAJob());

		assertThat(driver.findElement(By.tagName("main")).getDomAttribute("data-level")).isEqualTo("IOP");
		WebElement call = driver.findElement(By.cssSelector("main a.button-call"));
		assertThat(call.getText().replace('\n', ' ')).isEqualTo(label);
		assertOnFirstScreen(call);
		// The first thing to tap in main, and bigger than any other button there.
		assertThat(driver.findElement(By.cssSelector("main a, main button"))).isEqualTo(call);
		double callSize = fontSize(driver, call);
		for (WebElement other : driver.findElements(By.cssSelector("main .button:not(.button-call)"))) {
			assertThat(fontSize(driver, other)).isLessThan(callSize);
		}
		assertFitsAPhone(driver);
	}

	@Test
	void thoughtsOfSuicidePut988AndTheAdviceOnTheFirstScreen() {
		WebDriver driver = crisis("en", "SELF", true, false);

		WebElement first = driver.findElement(By.cssSelector("main a[href^='tel:']"));
		assertThat(first.getDomAttribute("href")).isEqualTo("tel:988");
		assertOnFirstScreen(first);
		assertThat(driver.findElement(By.cssSelector("main .crisis-advice")).getText())
			.contains("Call or text 988 now");
		assertFitsAPhone(driver);
	}

	@Test
	void anOverdoseOfALovedOnePuts911FirstInSpanishWithTheAdviceForEachAnswer() {
		WebDriver driver = crisis("es", "SOMEONE_ELSE", true, true);

		WebElement first = driver.findElement(By.cssSelector("main a[href^='tel:']"));
		assertThat(first.getDomAttribute("href")).isEqualTo("tel:911");
		assertThat(first.getText()).isEqualTo("Llame al 911");
		assertOnFirstScreen(first);
		List<WebElement> advice = driver.findElements(By.cssSelector("main .crisis-advice p"));
		assertThat(advice).hasSize(2);
		assertThat(advice.get(0).getText()).contains("naloxona (Narcan)");
		assertThat(advice.get(1).getText()).contains("988");
		assertFitsAPhone(driver);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/help-now?lang=es | Busque ayuda ahora
			/families         | When someone you love uses alcohol or drugs
			/families?lang=es | Cuando un ser querido consume alcohol o drogas
			""")
	void theHelpAndFamiliesPagesFitANarrowPhone(String path, String heading) {
		WebDriver driver = browser.open(path);

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		assertFitsAPhone(driver);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/?lang=en           | IOP Fit  | Help now    | Español
			/screening?lang=es  | IOP Fit  | Ayuda ahora | English
			/families?lang=es   | IOP Fit  | Ayuda ahora | English
			""")
	void theHeaderKeepsToOneRowOnANarrowPhone(String path, String brand, String help, String language) {
		WebDriver driver = browser.open(path);

		WebElement header = driver.findElement(By.cssSelector(".site-header .header-row"));
		List<WebElement> items = List.of(header.findElement(By.cssSelector(".brand")),
				header.findElement(By.cssSelector(".help-now")), header.findElement(By.cssSelector(".lang-switch")));
		assertThat(items).extracting(WebElement::getText).containsExactly(brand, help, language);
		int top = items.get(0).getRect().getY();
		assertThat(items).allSatisfy((item) -> assertThat(item.getRect().getY()).isEqualTo(top));
		// One row of 44 px targets and its padding, not two.
		assertThat(header.getRect().getHeight()).isLessThanOrEqualTo(64);
		Object overflow = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
		Browser.assertNoAxeViolations(driver);
	}

	@Test
	void theFamiliesPageIsReachedFromTheLandingPageAndFromALovedOnesResult() {
		WebDriver driver = browser.open("/");
		driver.findElement(By.linkText("Help for families")).click();
		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/families");

		Map<String, List<String>> answers = moderateWithAJob();
		answers.put("respondent", List.of("SOMEONE_ELSE"));
		driver = result("en", answers);
		assertThat(driver.findElement(By.cssSelector("main .families-box a")).getDomAttribute("href"))
			.isEqualTo("/families");
		assertThat(driver.findElement(By.cssSelector("main .notice-info")).getText()).endsWith("with them.");

		driver = result("en", moderateWithAJob());
		assertThat(driver.findElements(By.cssSelector("main a[href='/families']"))).isEmpty();
	}

	/**
	 * The result page for complete answers, as the browser that gave them opens it: the
	 * language chosen on the first page, the answers in the sealed {@code screening}
	 * cookie the pages set.
	 */
	private WebDriver result(String language, Map<String, List<String>> answers) {
		WebDriver driver = browser.open("/screening?lang=" + language);
		Map<String, List<RawValue>> fields = new LinkedHashMap<>();
		answers.forEach((name, values) -> fields.put(name, values.stream().map(RawValue::formField).toList()));
		Reading reading = AnswerReader.readScreening(fields);
		assertThat(reading.problems()).isEmpty();
		String sealed = this.cookie.seal(new AnswersCookie.Saved(reading.answers(), null));
		driver.manage().addCookie(new Cookie.Builder(AnswersCookie.NAME, sealed).path("/").isHttpOnly(true).build());
		driver.get(browser.baseUrl() + "/screening/result");
		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening/result");
		assertThat(driver.findElement(By.tagName("main")).getDomAttribute("data-level")).isNotNull();
		return driver;
	}

	/**
	 * The crisis page as a person reaches it: who answers, then the safety page, each
	 * answered with the mouse, which sends them on to the crisis page.
	 */
	private static WebDriver crisis(String language, String who, boolean suicidal, boolean overdose) {
		WebDriver driver = browser.open("/screening?lang=" + language);
		answerAndContinue(driver, "respondent-" + who);
		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening/safety");
		answerAndContinue(driver, "crisis-suicidalThoughts-" + suicidal,
				"crisis-overdoseOrMedicalEmergency-" + overdose, "crisis-severeWithdrawalNow-false");
		assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/screening/crisis");
		assertThat(driver.findElement(By.tagName("main")).getDomAttribute("data-level")).isEqualTo("EMERGENCY");
		return driver;
	}

	/** Ticks a page's answers, clicks Continue and waits for the next page. */
	private static void answerAndContinue(WebDriver driver, String... inputIds) {
		for (String id : inputIds) {
			driver.findElement(By.id(id)).click();
		}
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.stillThePageBefore = true");
		driver.findElement(By.cssSelector("#screening-form button.button-primary")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(20)).until((d) -> (Boolean) js
			.executeScript("return !window.stillThePageBefore && document.readyState === 'complete'"));
	}

	private static Map<String, List<String>> moderateWithAJob() {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("respondent", List.of("SELF"));
		fields.put("crisis.suicidalThoughts", List.of("false"));
		fields.put("crisis.overdoseOrMedicalEmergency", List.of("false"));
		fields.put("crisis.severeWithdrawalNow", List.of("false"));
		fields.put("substances", List.of("ALCOHOL"));
		fields.put("criteria", List.of("CRAVING", "TOLERANCE", "TIME_SPENT", "WITHDRAWAL"));
		fields.put("withdrawalHistory", List.of("NONE"));
		fields.put("medicalMonitoringNeeded", List.of("false"));
		fields.put("mentalHealth", List.of("NONE"));
		fields.put("support", List.of("SOME"));
		fields.put("stableHousing", List.of("true"));
		fields.put("substanceUseAtHome", List.of("false"));
		fields.put("canAttend", List.of("YES"));
		fields.put("needsFlexibility", List.of("true"));
		fields.put("recentInpatientDischarge", List.of("false"));
		fields.put("relapsedAfterTreatment", List.of("false"));
		fields.put("pastOverdose", List.of("false"));
		fields.put("pregnant", List.of("false"));
		fields.put("ageGroup", List.of("AGE_26_OR_OVER"));
		fields.put("readiness", List.of("READY"));
		return fields;
	}

	private static void assertOnFirstScreen(WebElement element) {
		assertThat(element.isDisplayed()).isTrue();
		assertThat(element.getRect().getY() + element.getRect().getHeight()).as("bottom of " + element.getText())
			.isLessThanOrEqualTo(Browser.SMALL_PHONE.height());
	}

	/**
	 * No phone number on two lines, no sideways scrolling, no axe-core violation, no
	 * request to another site.
	 */
	private static void assertFitsAPhone(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		Object broken = js.executeScript("""
				return [...document.querySelectorAll('.phone, .phone-number, a[href^="tel:"]:not(.button)')]
				  .filter((number) => number.getClientRects().length > 1)
				  .map((number) => number.textContent.trim());""");
		assertThat((List<?>) broken).as("phone numbers broken over two lines").isEmpty();
		Object numbers = js.executeScript("return document.querySelectorAll('.phone-number').length");
		assertThat(((Number) numbers).intValue()).isPositive();
		Object overflow = js.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
		Browser.assertNoAxeViolations(driver);
		assertThat(browser.requestedUrls()).allSatisfy((url) -> assertThat(url).startsWith(browser.baseUrl() + "/"));
	}

	private static double fontSize(WebDriver driver, WebElement element) {
		return Double.parseDouble(element.getCssValue("font-size").replace("px", ""));
	}

}
