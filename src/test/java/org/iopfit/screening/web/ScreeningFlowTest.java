package org.iopfit.screening.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaire walked page by page as a person would, through the real templates,
 * with JavaScript off: HtmlUnit clicks the radios, checkboxes and buttons and posts the
 * forms.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScreeningFlowTest {

	private static final String CONTINUE = "#screening-form button.button-primary";

	private static final String RESULT = "main a[href='/screening/result']";

	@Autowired
	WebClient browser;

	@BeforeEach
	void noJavaScript() {
		this.browser.getOptions().setJavaScriptEnabled(false);
		// A page with a missing answer comes back as 400, as a person sees it.
		this.browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
		this.browser.getCookieManager().clearCookies();
		this.browser.addRequestHeader("Accept-Language", "en");
	}

	@Test
	void aModerateDrinkerWhoMustKeepWorkingIsSuggestedAnIop() throws IOException {
		HtmlPage result = walk(Answers.moderateWithAJob());

		assertThat(main(result).getAttribute("data-level")).isEqualTo("IOP");
		assertThat(main(result).getAttribute("data-decided-by")).isEqualTo("R9");
		assertThat(h1(result)).isEqualTo("An Intensive Outpatient Program (IOP)");
		assertThat(result.asNormalizedText()).contains("This is not a diagnosis")
			.contains("You checked 4 of 11 signs")
			.contains("You have work, school or caregiving that cannot stop")
			.contains("Standard outpatient care")
			.contains("Inpatient or residential care");
		assertThat(element(result, "a.button-call").getAttribute("href")).isEqualTo("tel:+18446398371");
	}

	@Test
	void aPastWithdrawalSeizureIsSuggestedInpatientCare() throws IOException {
		Answers answers = Answers.moderateWithAJob();
		answers.withdrawalHistory = "SEIZURES_OR_DELIRIUM";

		HtmlPage result = walk(answers);

		assertThat(main(result).getAttribute("data-level")).isEqualTo("INPATIENT");
		assertThat(main(result).getAttribute("data-decided-by")).isEqualTo("R2");
		assertThat(result.asNormalizedText()).contains("seizures or delirium after you stopped before")
			.contains("Do not stop or cut down on your own")
			.contains("Ask us how people arrange time off");
	}

	@Test
	void fewSignsAreSuggestedStandardOutpatientCareWordedForALovedOne() throws IOException {
		Answers answers = Answers.moderateWithAJob();
		answers.respondent = "SOMEONE_ELSE";
		answers.criteria = List.of("CRAVING");

		HtmlPage result = walk(answers);

		assertThat(main(result).getAttribute("data-level")).isEqualTo("OUTPATIENT");
		assertThat(main(result).getAttribute("data-decided-by")).isEqualTo("R11");
		assertThat(result.asNormalizedText()).contains("You checked 1 of 11 signs of a substance use problem for them")
			.contains("they may have more signs");
	}

	@Test
	void anyCrisisAnswerInterruptsWithTheCrisisLinesFirst() throws IOException {
		HtmlPage page = start();
		page = answerAndContinue(page, "respondent-SELF");
		page = answerAndContinue(page, "crisis-suicidalThoughts-false", "crisis-overdoseOrMedicalEmergency-false",
				"crisis-severeWithdrawalNow-true");

		assertThat(main(page).getAttribute("data-level")).isEqualTo("EMERGENCY");
		assertThat(main(page).getAttribute("data-decided-by")).isEqualTo("R1");
		List<String> calls = page.querySelectorAll("main a[href^='tel:'], main a[href^='sms:']")
			.stream()
			.map((link) -> ((DomElement) link).getAttribute("href"))
			.toList();
		// Severe withdrawal now: 911 at the top, then every line, 911 first.
		assertThat(calls).startsWith("tel:911", "tel:911", "tel:988", "sms:988", "tel:+18002221222",
				"tel:+18006624357");
		assertThat(calls).contains("tel:+18446398371");

		// Going back keeps every answer, so a mistaken "yes" can be changed.
		HtmlPage safety = click(page, "main a[href='/screening/safety']");
		assertThat(h1(safety)).isEqualTo("First, are you safe right now?");
		assertThat(safety.asNormalizedText()).contains("If any answer is yes, we will show you who to call");
		assertThat(radio(safety, "crisis-severeWithdrawalNow-true").isChecked()).isTrue();
		assertThat(radio(safety, "crisis-suicidalThoughts-false").isChecked()).isTrue();
		radio(safety, "crisis-severeWithdrawalNow-false").setChecked(true);
		HtmlPage signs = click(safety, CONTINUE);
		assertThat(h1(signs)).isEqualTo("Your use in the past 12 months");
	}

	@Test
	void aMissingAnswerComesBackWithAnErrorSummaryAndEveryOtherAnswerKept() throws IOException {
		HtmlPage page = start();
		page = answerAndContinue(page, "respondent-SELF");
		page = answerAndContinue(page, "crisis-suicidalThoughts-false", "crisis-severeWithdrawalNow-false");

		assertThat(page.getTitleText()).startsWith("Error: First, are you safe right now?");
		DomElement summary = element(page, ".error-summary");
		assertThat(summary.getAttribute("role")).isEqualTo("alert");
		assertThat(summary.hasAttribute("autofocus")).isTrue();
		DomElement link = summary.querySelector("a");
		assertThat(link.getAttribute("href")).isEqualTo("#crisis-overdoseOrMedicalEmergency-true");
		assertThat(page.getElementById("crisis-overdoseOrMedicalEmergency-true")).isNotNull();
		assertThat(link.getTextContent()).isEqualTo(page.getElementById("crisis-overdoseOrMedicalEmergency-error")
			.getTextContent()
			.replace("Error:", "")
			.strip());
		assertThat(element(page, "fieldset[aria-describedby='crisis-overdoseOrMedicalEmergency-error']")).isNotNull();
		assertThat(page.querySelectorAll(".field-error")).hasSize(1);
		assertThat(radio(page, "crisis-suicidalThoughts-false").isChecked()).isTrue();
		assertThat(radio(page, "crisis-severeWithdrawalNow-false").isChecked()).isTrue();
		// Shown by its own address (post/redirect/get), so Back and reload resend
		// nothing.
		assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
		assertThat(page.getUrl().getPath()).isEqualTo("/screening/safety");

		radio(page, "crisis-overdoseOrMedicalEmergency-false").setChecked(true);
		HtmlPage signs = click(page, CONTINUE);
		assertThat(h1(signs)).isEqualTo("Your use in the past 12 months");
	}

	@Test
	void noSubstanceTickedIsAnErrorAndNoSignTickedNeedsNoneOfThese() throws IOException {
		HtmlPage page = start();
		page = answerAndContinue(page, "respondent-SELF");
		page = answerAndContinue(page, "crisis-suicidalThoughts-false", "crisis-overdoseOrMedicalEmergency-false",
				"crisis-severeWithdrawalNow-false");
		assertThat(page.asNormalizedText()).contains("if you take it only as a doctor prescribed");

		page = answerAndContinue(page, "criteria-CRAVING");
		assertThat(page.querySelectorAll(".error-summary a")).hasSize(1);
		assertThat(element(page, ".error-summary a").getAttribute("href")).isEqualTo("#substances-ALCOHOL");
		assertThat(((HtmlCheckBoxInput) page.getElementById("criteria-CRAVING")).isChecked()).isTrue();

		// No sign ticked is not an answer yet: "None of these" says so.
		((HtmlCheckBoxInput) page.getElementById("criteria-CRAVING")).setChecked(false);
		page = answerAndContinue(page, "substances-CANNABIS");
		assertThat(element(page, ".error-summary a").getAttribute("href")).isEqualTo("#criteria-LARGER_OR_LONGER");
		assertThat(page.asNormalizedText()).contains("Check the signs that apply, or None of these");
		assertThat(((HtmlCheckBoxInput) page.getElementById("substances-CANNABIS")).isChecked()).isTrue();

		page = answerAndContinue(page, "criteria-none");
		assertThat(h1(page)).isEqualTo("Withdrawal and your physical health");
		HtmlPage signs = this.browser.getPage("http://localhost/screening/signs");
		assertThat(((HtmlCheckBoxInput) signs.getElementById("criteria-none")).isChecked()).isTrue();
		assertThat(signs.querySelectorAll("input[name='criteria']:checked")).isEmpty();
	}

	@Test
	void theV11QuestionsAreAskedOnTheirPagesOpioidMedicationOnlyAfterOpioidsAndShownOnTheCheckPage()
			throws IOException {
		HtmlPage page = start();
		page = answerAndContinue(page, "respondent-SELF");
		page = answerAndContinue(page, "crisis-suicidalThoughts-false", "crisis-overdoseOrMedicalEmergency-false",
				"crisis-severeWithdrawalNow-false");
		page = answerAndContinue(page, "substances-ALCOHOL", "criteria-CRAVING", "criteria-TOLERANCE",
				"criteria-TIME_SPENT", "criteria-WITHDRAWAL");

		assertThat(h1(page)).isEqualTo("Withdrawal and your physical health");
		assertThat(page.getElementById("pastOverdose-true")).isNotNull();
		assertThat(page.getElementById("pregnant-true")).isNotNull();
		assertThat(page.getElementById("opioidMedicationNow-true")).isNull();
		assertThat(page.asNormalizedText()).contains("Have you ever overdosed?")
			.contains("Are you pregnant, or could you be?")
			.doesNotContain("Being pregnant counts too");
		// Required like the others on the page.
		HtmlPage missing = answerAndContinue(page, "withdrawalHistory-NONE", "medicalMonitoringNeeded-false");
		assertThat(missing.getUrl().getPath()).isEqualTo("/screening/health");
		assertThat(missing.querySelectorAll(".error-summary a"))
			.extracting((link) -> link.getAttributes().getNamedItem("href").getNodeValue())
			.containsExactly("#pastOverdose-true", "#pregnant-true");

		// With opioids ticked, the health page asks about their medicine too.
		HtmlPage signs = this.browser.getPage("http://localhost/screening/signs");
		page = answerAndContinue(signs, "substances-OPIOIDS");
		assertThat(page.getElementById("opioidMedicationNow-true")).isNotNull();
		assertThat(page.asNormalizedText()).contains("Do you take buprenorphine (Suboxone) or methadone now?");
		page = answerAndContinue(page, "pastOverdose-true", "opioidMedicationNow-true", "pregnant-false");
		page = answerAndContinue(page, "mentalHealth-NONE");
		page = answerAndContinue(page, "support-STRONG", "stableHousing-true", "substanceUseAtHome-false");
		assertThat(page.asNormalizedText()).contains("How old are you?")
			.contains("How ready do you feel to take part in treatment a few times a week?");
		HtmlPage check = answerAndContinue(page, "ageGroup-UNDER_18", "canAttend-YES", "needsFlexibility-false",
				"recentInpatientDischarge-false", "relapsedAfterTreatment-false", "readiness-UNSURE");

		assertThat(h1(check)).isEqualTo("Check your answers");
		assertThat(check.asNormalizedText()).contains("Overdosed before")
			.contains("Takes buprenorphine or methadone now")
			.contains("Pregnant, or could be")
			.contains("Under 18")
			.contains("Not sure yet");
		HtmlPage result = click(check, RESULT);
		assertThat(result.asNormalizedText()).contains("Keep taking your buprenorphine or methadone")
			.contains("You have overdosed before")
			.contains("You are under 18")
			.contains("Many people are not sure they are ready");

		// Opioids unticked: the medicine answer goes with them.
		signs = this.browser.getPage("http://localhost/screening/signs");
		((HtmlCheckBoxInput) signs.getElementById("substances-OPIOIDS")).setChecked(false);
		answerAndContinue(signs, "substances-ALCOHOL");
		check = this.browser.getPage("http://localhost/screening/check");
		assertThat(check.asNormalizedText()).doesNotContain("Takes buprenorphine or methadone now");
	}

	@Test
	void aSignAndNoneOfTheseTogetherAreAskedAgain() throws IOException {
		HtmlPage page = start();
		page = answerAndContinue(page, "respondent-SELF");
		page = answerAndContinue(page, "crisis-suicidalThoughts-false", "crisis-overdoseOrMedicalEmergency-false",
				"crisis-severeWithdrawalNow-false");

		page = answerAndContinue(page, "substances-ALCOHOL", "criteria-CRAVING", "criteria-none");

		assertThat(page.getUrl().getPath()).isEqualTo("/screening/signs");
		assertThat(page.asNormalizedText()).contains("Check the signs that apply, or None of these");
	}

	@Test
	void changingAnAnswerFromCheckYourAnswersReturnsThereAndChangesTheResult() throws IOException {
		Answers answers = Answers.moderateWithAJob();
		HtmlPage check = walkToCheck(answers);
		assertThat(h1(check)).isEqualTo("Check your answers");
		assertThat(check.asNormalizedText()).contains("Alcohol").contains("I had strong urges or cravings to use");

		assertThat(check.querySelectorAll("main a[href$='?return=check']")).hasSize(7);
		HtmlPage support = click(check, "a[href='/screening/support?return=check']");
		assertThat(h1(support)).isEqualTo("Your support and your home");
		assertThat(radio(support, "support-STRONG").isChecked()).isTrue();
		radio(support, "substanceUseAtHome-true").setChecked(true);
		HtmlPage back = click(support, CONTINUE);

		assertThat(h1(back)).isEqualTo("Check your answers");
		HtmlPage result = click(back, RESULT);
		assertThat(main(result).getAttribute("data-level")).isEqualTo("INPATIENT");
		assertThat(main(result).getAttribute("data-decided-by")).isEqualTo("R6");
	}

	@Test
	void theLanguageSwitchKeepsEveryAnswer() throws IOException {
		HtmlPage page = start();
		page = answerAndContinue(page, "respondent-SOMEONE_ELSE");
		radio(page, "crisis-suicidalThoughts-false").setChecked(true);

		HtmlPage spanish = click(page, "button[name='lang']");

		assertThat(spanish.getDocumentElement().getAttribute("lang")).isEqualTo("es");
		assertThat(h1(spanish)).startsWith("Primero");
		assertThat(spanish.getUrl().getPath()).isEqualTo("/screening/safety");
		assertThat(radio(spanish, "crisis-suicidalThoughts-false").isChecked()).isTrue();
		assertThat(spanish.querySelectorAll(".error-summary")).isEmpty();
		HtmlPage english = click(spanish, "button[name='lang']");
		assertThat(english.getDocumentElement().getAttribute("lang")).isEqualTo("en");
		assertThat(h1(english)).isEqualTo("First, are they safe right now?");
	}

	@Test
	void aScreeningInSpanishReachesItsResultInSpanish() throws IOException {
		this.browser.addRequestHeader("Accept-Language", "es-MX,es;q=0.9");

		HtmlPage result = walk(Answers.moderateWithAJob());

		assertThat(result.getDocumentElement().getAttribute("lang")).isEqualTo("es");
		assertThat(main(result).getAttribute("data-level")).isEqualTo("IOP");
		assertThat(result.asNormalizedText()).contains("Programa Ambulatorio Intensivo (IOP, por sus siglas en inglés)")
			.contains("no es un diagnóstico")
			.doesNotContain("??");
	}

	@Test
	void startAgainClearsEverything() throws IOException {
		HtmlPage result = walk(Answers.moderateWithAJob());

		HtmlPage fresh = click(result, "form[action='/screening/clear'] button");

		assertThat(h1(fresh)).isEqualTo("Who is this screening about?");
		assertThat(fresh.querySelectorAll("input:checked")).isEmpty();
		assertThat(this.browser.getCookieManager().getCookie(AnswersCookie.NAME)).isNull();
		HtmlPage check = this.browser.getPage("http://localhost/screening/check");
		assertThat(check.getUrl().getPath()).isEqualTo("/screening");
	}

	@Test
	void everyStepShowsItsProgressAndWorksWithoutASession() throws IOException {
		HtmlPage page = start();
		for (int step = 1; step <= 7; step++) {
			assertThat(element(page, ".progress").getTextContent()).isEqualTo("Step " + step + " of 7");
			assertThat(page.querySelectorAll("main form"))
				.allSatisfy((form) -> assertThat(((HtmlForm) form).getMethodAttribute()).isEqualTo("post"));
			assertThat(page.querySelectorAll("fieldset")).allSatisfy(
					(fieldset) -> assertThat((Object) ((DomElement) fieldset).querySelector("legend")).isNotNull());
			page = answerAndContinue(page, Answers.moderateWithAJob().idsFor(step));
		}
		assertThat(h1(page)).isEqualTo("Check your answers");
		assertThat(this.browser.getCookieManager().getCookie("JSESSIONID")).isNull();
		assertThat(page.getUrl().getQuery()).isNull();
	}

	@Test
	void everyPageWithItsStylesheetAndIconWeighsUnder30Kilobytes() throws IOException {
		int assets = bytes("/assets/css/app.css") + bytes("/assets/favicon.svg");
		List<HtmlPage> pages = new ArrayList<>();
		pages.add(this.browser.getPage("http://localhost/"));
		pages.add(this.browser.getPage("http://localhost/help-now"));
		HtmlPage page = start();
		for (int step = 1; step <= 7; step++) {
			pages.add(page);
			page = answerAndContinue(page, Answers.moderateWithAJob().idsFor(step));
		}
		pages.add(page);
		pages.add(click(page, RESULT));

		assertThat(pages).allSatisfy((each) -> assertThat(
				each.getWebResponse().getContentAsString().getBytes(StandardCharsets.UTF_8).length + assets)
			.as(each.getTitleText())
			.isLessThan(30 * 1024));
		// One small script of our own, deferred; no inline script, nothing from
		// elsewhere.
		assertThat(pages).allSatisfy((each) -> assertThat(each.querySelectorAll("script")).singleElement()
			.satisfies(
					(script) -> assertThat(((DomElement) script).getAttribute("src")).startsWith("/assets/js/fresh-")));
	}

	private int bytes(String path) throws IOException {
		return this.browser.getPage("http://localhost" + path)
			.getWebResponse()
			.getContentAsString()
			.getBytes(StandardCharsets.UTF_8).length;
	}

	private HtmlPage start() throws IOException {
		return this.browser.getPage("http://localhost/screening");
	}

	private HtmlPage walk(Answers answers) throws IOException {
		return click(walkToCheck(answers), RESULT);
	}

	private HtmlPage walkToCheck(Answers answers) throws IOException {
		HtmlPage page = start();
		for (int step = 1; step <= 7; step++) {
			page = answerAndContinue(page, answers.idsFor(step));
		}
		return page;
	}

	private static HtmlPage answerAndContinue(HtmlPage page, String... inputIds) throws IOException {
		for (String id : inputIds) {
			((HtmlInput) page.getElementById(id)).setChecked(true);
		}
		return click(page, CONTINUE);
	}

	private static HtmlPage click(HtmlPage page, String selector) throws IOException {
		DomElement element = element(page, selector);
		assertThat(element).as(selector).isNotNull();
		return (element instanceof HtmlButton button) ? button.click() : ((HtmlElement) element).click();
	}

	private static HtmlRadioButtonInput radio(HtmlPage page, String id) {
		return (HtmlRadioButtonInput) page.getElementById(id);
	}

	private static DomElement main(HtmlPage page) {
		return element(page, "main");
	}

	private static DomElement element(HtmlPage page, String selector) {
		return page.querySelector(selector);
	}

	private static String h1(HtmlPage page) {
		return page.querySelector("h1").getTextContent().strip();
	}

	/** A person's answers, as the ids of the inputs to tick on each page. */
	static final class Answers {

		String respondent = "SELF";

		List<String> criteria = List.of("LARGER_OR_LONGER", "CANNOT_CUT_DOWN", "CRAVING", "TOLERANCE");

		String withdrawalHistory = "NONE";

		static Answers moderateWithAJob() {
			return new Answers();
		}

		String[] idsFor(int step) {
			return switch (step) {
				case 1 -> new String[] { "respondent-" + this.respondent };
				case 2 -> new String[] { "crisis-suicidalThoughts-false", "crisis-overdoseOrMedicalEmergency-false",
						"crisis-severeWithdrawalNow-false" };
				case 3 ->
					Stream.concat(this.criteria.stream().map((c) -> "criteria-" + c), Stream.of("substances-ALCOHOL"))
						.toArray(String[]::new);
				case 4 -> new String[] { "withdrawalHistory-" + this.withdrawalHistory, "pastOverdose-false",
						"medicalMonitoringNeeded-false", "pregnant-false" };
				case 5 -> new String[] { "mentalHealth-NONE" };
				case 6 -> new String[] { "support-STRONG", "stableHousing-true", "substanceUseAtHome-false" };
				case 7 -> new String[] { "ageGroup-AGE_26_OR_OVER", "canAttend-YES", "needsFlexibility-true",
						"recentInpatientDischarge-false", "relapsedAfterTreatment-false", "readiness-READY" };
				default -> throw new IllegalArgumentException("No step " + step);
			};
		}

	}

}
