package org.iopfit.screening.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.iopfit.questions.AnswerReader;
import org.iopfit.questions.Question;
import org.iopfit.questions.RawValue;
import org.iopfit.questions.Reading;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a person reads on the result and the crisis page: safety advice where the answers
 * call for it, a result that does not contradict itself, the wording for a loved one, the
 * way to the families page, one privacy promise.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultTextsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AnswersCookie cookie;

	@Test
	void aPastWithdrawalSeizureSaysDoNotStopAloneAndGetDetox() throws Exception {
		String page = result(
				answers().with("withdrawalHistory", "SEIZURES_OR_DELIRIUM").with("criteria", "CRAVING", "TOLERANCE"),
				"en");

		assertThat(page).contains("data-level=\"INPATIENT\"")
			.contains("Do not stop or cut down on your own")
			.contains("This is called detox")
			// A mild count on an inpatient result no longer says counseling is enough.
			.contains("You checked 2 of 11 signs")
			.doesNotContain("often enough")
			.doesNotContain("good place to start");
	}

	@Test
	void aMildCountAfterARelapseIsWordedForAnIopNotForCounseling() throws Exception {
		String page = result(answers().with("criteria", "CRAVING", "TOLERANCE").with("relapsedAfterTreatment", "true"),
				"en");

		assertThat(page).contains("data-level=\"IOP\"")
			.contains("why we suggest more care than the signs alone")
			.doesNotContain("often enough");
	}

	@Test
	void aMildCountOnAnOutpatientResultSaysCounselingIsOftenEnough() throws Exception {
		String page = result(answers().with("criteria", "CRAVING", "TOLERANCE"), "en");

		assertThat(page).contains("data-level=\"OUTPATIENT\"")
			.contains("regular sessions with a counselor are often enough");
	}

	@Test
	void keepingAJobOnAnIopResultTalksAboutTheIopNotOutpatientCare() throws Exception {
		String page = result(answers(), "en");

		assertThat(page).contains("data-level=\"IOP\"")
			.contains("In an IOP you live at home")
			.doesNotContain("With standard outpatient care you live at home");
	}

	@Test
	void noWithdrawalWithDailyDrinkingWarnsThatStoppingCanBeDangerous() throws Exception {
		assertThat(result(answers(), "en")).contains("stopping all at once can be dangerous")
			.contains("even if you have never tried to stop");
		assertThat(result(answers().with("substances", "CANNABIS"), "en")).doesNotContain("all at once");
	}

	@Test
	void opioidsNameTheMedicinesNaloxoneAndTheToleranceThatDropsAfterAStay() throws Exception {
		String page = result(answers().with("substances", "OPIOIDS").with("recentInpatientDischarge", "true"), "en");

		assertThat(page).contains("buprenorphine, methadone and naltrexone")
			.contains("naloxone (Narcan)")
			.contains("the amount you used to take can cause an overdose");
	}

	@Test
	void aLovedOnesResultSaysTheCountMayBeLowAndLinksToTheFamiliesPage() throws Exception {
		String page = result(answers().with("respondent", "SOMEONE_ELSE"), "en");

		assertThat(page).contains("You can only check what you have seen or been told")
			.contains("A clinician makes the final decision with them.")
			.contains("href=\"/families\"");
		assertThat(result(answers(), "en")).doesNotContain("href=\"/families\"")
			.contains("A clinician makes the final decision with you.");
	}

	@Test
	void theCallButtonComesRightAfterTheSuggestionAndEveryPageMakesOnePrivacyPromise() throws Exception {
		String page = result(answers(), "en");

		assertThat(page.indexOf("button-call")).isLessThan(page.indexOf("What this means"))
			.isGreaterThan(page.indexOf("<h1"));
		assertThat(page).contains("We do not save your answers.").doesNotContain("Nothing is saved");
		String spanish = result(answers(), "es");
		assertThat(spanish).contains("No guardamos sus respuestas.")
			.contains("Un Programa Ambulatorio Intensivo (IOP)")
			.contains("Usted marcó 4 de 11 señales");
	}

	@Test
	void thoughtsOfSuicidePut988FirstWithTheAdviceForThatAnswer() throws Exception {
		String page = crisis(true, false, false, "SELF", "en");

		assertThat(firstCall(page)).isEqualTo("tel:988");
		assertThat(page).contains("Call or text 988 now").doesNotContain("naloxone");
	}

	@Test
	void anOverdoseWithThoughtsOfSuicidePuts911FirstAndGivesTheAdviceForBoth() throws Exception {
		String page = crisis(true, true, false, "SOMEONE_ELSE", "en");

		assertThat(firstCall(page)).isEqualTo("tel:911");
		int overdose = page.indexOf("give them naloxone (Narcan)");
		int suicide = page.indexOf("thoughts of ending their life");
		assertThat(overdose).isPositive().isLessThan(suicide);
		assertThat(page).contains("Many states protect people who call for help with an overdose")
			.contains("Stay with them");
	}

	@Test
	void theCrisisLinesOfferSpanishVeteransDeafCallersATtyAndInterpreters() throws Exception {
		String page = crisis(false, false, true, "SELF", "en");

		assertThat(firstCall(page)).isEqualTo("tel:911");
		assertThat(page).contains("or have someone take you to the nearest emergency room")
			.contains(
					"<p class=\"crisis-more\" lang=\"es\">En español: llame al 988 y marque 2, o envíe la palabra AYUDA por mensaje de texto al 988.</p>")
			.contains("Veterans: call 988, then press 1")
			.contains("videophone")
			.contains("1-800-487-4889")
			.contains("interpreter");
	}

	@Test
	void theFamiliesPageIsInBothLanguagesAndLinkedFromTheStart() throws Exception {
		String english = page(get("/families"), "en");
		String spanish = page(get("/families"), "es");

		assertThat(english).contains("<h1>When someone you love uses alcohol or drugs</h1>")
			.contains("Al-Anon")
			.contains("Nar-Anon")
			.contains("SMART Recovery Family &amp; Friends")
			.contains("CRAFT")
			.contains("naloxone (Narcan)")
			.contains("Without their consent in writing")
			.doesNotContain("http://")
			.doesNotContain("https://");
		assertThat(spanish).contains("<html lang=\"es\"").contains("Ayuda para familias");
		assertThat(page(get("/"), "en")).contains("href=\"/families\"");
	}

	/**
	 * The crisis page as a person reaches it: who answers, then the safety page, which
	 * sends them on to the crisis page.
	 */
	private String crisis(boolean suicidal, boolean overdose, boolean withdrawal, String who, String language)
			throws Exception {
		Visitor visitor = new Visitor(this.mvc);
		assertThat(visitor.post("/screening/who", Map.of("respondent", List.of(who))).getResponse().getStatus())
			.isEqualTo(303);
		Map<String, List<String>> safety = new LinkedHashMap<>();
		safety.put("crisis.suicidalThoughts", List.of(String.valueOf(suicidal)));
		safety.put("crisis.overdoseOrMedicalEmergency", List.of(String.valueOf(overdose)));
		safety.put("crisis.severeWithdrawalNow", List.of(String.valueOf(withdrawal)));
		MvcResult sent = visitor.post("/screening/safety", safety);
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/screening/crisis");
		return page(visitor.perform(get("/screening/crisis").header(HttpHeaders.ACCEPT_LANGUAGE, language)));
	}

	private static String firstCall(String page) {
		int main = page.indexOf("<main");
		int tel = page.indexOf("href=\"tel:", main);
		return page.substring(tel + 6, page.indexOf('"', tel + 6));
	}

	/**
	 * The result page for complete answers, as the browser that gave them asks for it:
	 * with the answers in the sealed {@code screening} cookie the pages set.
	 */
	private String result(Form answers, String language) throws Exception {
		Map<String, List<RawValue>> fields = new LinkedHashMap<>();
		answers.fields.forEach((name, values) -> fields.put(name, values.stream().map(RawValue::formField).toList()));
		Reading reading = AnswerReader.read(fields, Question.all());
		assertThat(reading.problems()).isEmpty();
		String sealed = this.cookie.seal(new AnswersCookie.Saved(reading.answers(), null));
		MvcResult result = this.mvc
			.perform(get("/screening/result").cookie(new Cookie(AnswersCookie.NAME, sealed))
				.header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return page(result);
	}

	private String page(MockHttpServletRequestBuilder request, String language) throws Exception {
		return page(this.mvc.perform(request.header(HttpHeaders.ACCEPT_LANGUAGE, language)).andReturn());
	}

	private static String page(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString().replace("&#39;", "'");
	}

	/** Moderate use of alcohol, a job that cannot stop, nothing else that weighs: IOP. */
	private static Form answers() {
		Form form = new Form();
		form.with("respondent", "SELF")
			.with("crisis.suicidalThoughts", "false")
			.with("crisis.overdoseOrMedicalEmergency", "false")
			.with("crisis.severeWithdrawalNow", "false")
			.with("substances", "ALCOHOL")
			.with("criteria", "CRAVING", "TOLERANCE", "TIME_SPENT", "WITHDRAWAL")
			.with("withdrawalHistory", "NONE")
			.with("medicalMonitoringNeeded", "false")
			.with("mentalHealth", "NONE")
			.with("support", "SOME")
			.with("stableHousing", "true")
			.with("substanceUseAtHome", "false")
			.with("canAttend", "YES")
			.with("needsFlexibility", "true")
			.with("recentInpatientDischarge", "false")
			.with("relapsedAfterTreatment", "false");
		return form;
	}

	private static final class Form {

		final Map<String, List<String>> fields = new LinkedHashMap<>();

		Form with(String name, String... values) {
			this.fields.put(name, List.of(values));
			return this;
		}

	}

}
