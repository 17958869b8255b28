package org.iopfit.screening.web;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.iopfit.questions.AnswerReader;
import org.iopfit.questions.Question;
import org.iopfit.questions.RawValue;
import org.iopfit.questions.Reading;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
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

	@Autowired
	MessageSource messages;

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

		// Issue 25, W1: the lower overdose risk is for buprenorphine and methadone, not
		// naltrexone, which needs days without opioids first.
		assertThat(page).contains("Buprenorphine (Suboxone) and methadone ease cravings and lower the risk of overdose")
			.contains("Naltrexone is another choice. You must be off opioids 7 to 10 days first")
			.doesNotContain("buprenorphine, methadone and naltrexone")
			.contains("naloxone (Narcan)")
			.contains("the amount you used to take can cause an overdose");
		assertThat(result(answers().with("substances", "OPIOIDS"), "es"))
			.contains("La buprenorfina (Suboxone) y la metadona alivian las ansias de consumir y reducen el riesgo")
			.contains("Debe estar sin opioides de 7 a 10 días antes de empezarla");
	}

	@Test
	void pregnancyCountsAsMedicalMonitoringAtTheSevereLevelAndSaysTellUs() throws Exception {
		Form severe = answers().with("criteria", "CRAVING", "TOLERANCE", "TIME_SPENT", "WITHDRAWAL", "LARGER_OR_LONGER",
				"CANNOT_CUT_DOWN");
		assertThat(result(severe, "en")).contains("data-level=\"IOP\"");

		for (String language : List.of("en", "es")) {
			String page = result(severe.with("pregnant", "true"), language);
			// R3: "medicalMonitoringNeeded or pregnant".
			assertThat(page).contains("data-level=\"INPATIENT\"")
				.contains(text("reason.PREGNANCY.CAUTION.SELF", language))
				.doesNotContain(text("reason.PREGNANCY_OPIOIDS.CAUTION.SELF", language));
		}
		assertThat(result(answers().with("pregnant", "true").with("substances", "OPIOIDS"), "es"))
			.contains(text("reason.PREGNANCY_OPIOIDS.CAUTION.SELF", "es"));
		assertThat(result(
				answers().with("respondent", "SOMEONE_ELSE").with("pregnant", "true").with("substances", "OPIOIDS"),
				"en"))
			.contains("They should not stop opioids all at once while pregnant")
			.contains(text("reason.PREGNANCY.CAUTION.SOMEONE_ELSE", "en"));
		assertThat(result(answers(), "en")).doesNotContain("pregnant");
	}

	@Test
	void theMedicalMonitoringQuestionNoLongerHoldsPregnancy() {
		// Issue 25, W3: pregnancy is its own question.
		assertThat(text("q.medicalMonitoringNeeded.hint.SELF", "en")).doesNotContain("Being pregnant counts");
		assertThat(text("q.medicalMonitoringNeeded.hint.SELF", "es")).doesNotContain("Un embarazo también cuenta");
		assertThat(text("q.pregnant.legend.SELF", "en")).isEqualTo("Are you pregnant, or could you be?");
		assertThat(text("q.pregnant.legend.SELF", "es")).isEqualTo("¿Está embarazada, o podría estarlo?");
	}

	@Test
	void buprenorphineOrMethadoneNowIsToldToKeepTakingItInsteadOfToAskAboutIt() throws Exception {
		for (String language : List.of("en", "es")) {
			String onIt = result(answers().with("substances", "OPIOIDS").with("opioidMedicationNow", "true"), language);
			assertThat(onIt).contains(text("reason.KEEP_OPIOID_MEDICATION.CAUTION.SELF", language))
				.doesNotContain(text("reason.OPIOID_MEDICATION.CAUTION.SELF", language));
			String notOnIt = result(answers().with("substances", "OPIOIDS"), language);
			assertThat(notOnIt).contains(text("reason.OPIOID_MEDICATION.CAUTION.SELF", language))
				.doesNotContain(text("reason.KEEP_OPIOID_MEDICATION.CAUTION.SELF", language));
		}
		// Asked only with opioids: a yes without them is not read, and gives nothing.
		assertThat(result(answers().with("opioidMedicationNow", "true"), "en")).doesNotContain("Keep taking");
	}

	@Test
	void aPastOverdoseWarnsAnotherIsMoreLikelyWhateverTheSubstance() throws Exception {
		for (String language : List.of("en", "es")) {
			assertThat(result(answers().with("substances", "CANNABIS").with("pastOverdose", "true"), language))
				.contains(text("reason.PAST_OVERDOSE.CAUTION.SELF", language));
			assertThat(result(answers().with("substances", "CANNABIS"), language))
				.doesNotContain(text("reason.PAST_OVERDOSE.CAUTION.SELF", language));
		}
		assertThat(result(answers().with("respondent", "SOMEONE_ELSE").with("pastOverdose", "true"), "en"))
			.contains("They have overdosed before, so another overdose is more likely. They should not use alone.");
	}

	@Test
	void underEighteenPointsToProgramsForTeensWithAParentAndTheStatesRules() throws Exception {
		for (String language : List.of("en", "es")) {
			assertThat(result(answers().with("ageGroup", "UNDER_18"), language))
				.contains(text("reason.UNDER_18.CAUTION.SELF", language));
			assertThat(result(answers().with("ageGroup", "AGE_18_TO_25"), language))
				.doesNotContain(text("reason.UNDER_18.CAUTION.SELF", language));
		}
		assertThat(text("reason.UNDER_18.CAUTION.SOMEONE_ELSE", "en")).contains("programs are made for teens")
			.contains("A parent or guardian usually takes part")
			.contains("differ from state to state");
	}

	@Test
	void notReadyNeverChangesTheLevelAndSaysAFirstTalkCanHelpAndWithAnIopThatAttendingMakesItWork() throws Exception {
		for (String readiness : List.of("UNSURE", "NOT_READY")) {
			for (String language : List.of("en", "es")) {
				String iop = result(answers().with("readiness", readiness), language);
				assertThat(iop).contains("data-level=\"IOP\"")
					.contains(text("reason.NOT_SURE_READY.CAUTION.IOP.SELF", language));
				String outpatient = result(answers().with("readiness", readiness).with("criteria", "CRAVING"),
						language);
				assertThat(outpatient).contains("data-level=\"OUTPATIENT\"")
					.contains(text("reason.NOT_SURE_READY.CAUTION.OUTPATIENT.SELF", language));
			}
		}
		assertThat(text("reason.NOT_SURE_READY.CAUTION.IOP.SELF", "en"))
			.contains("going to every session is what makes it work");
		assertThat(text("reason.NOT_SURE_READY.CAUTION.OUTPATIENT.SELF", "en")).doesNotContain("session");
		assertThat(result(answers(), "en")).doesNotContain("A first talk can help");
	}

	private String text(String key, String language) {
		return this.messages.getMessage(key, null, Locale.forLanguageTag(language));
	}

	@Test
	void aLovedOnesResultSaysTheCountMayBeLowAndLinksToTheFamiliesPage() throws Exception {
		String page = result(answers().with("respondent", "SOMEONE_ELSE"), "en");

		assertThat(page).contains("You can only check what you have seen or been told")
			.contains("A doctor or counselor makes the final decision with them.")
			.contains("href=\"/families\"");
		assertThat(result(answers(), "en")).doesNotContain("href=\"/families\"")
			.contains("A doctor or counselor makes the final decision with you.");
	}

	@Test
	void theCallButtonComesRightAfterTheSuggestionAndEveryPageMakesOnePrivacyPromise() throws Exception {
		String page = result(answers(), "en");

		assertThat(page.indexOf("button-call")).isLessThan(page.indexOf("What this means"))
			.isGreaterThan(page.indexOf("<h1"));
		assertThat(page).contains("We do not save your answers.").doesNotContain("Nothing is saved");
		String spanish = result(answers(), "es");
		assertThat(spanish).contains("No guardamos sus respuestas.")
			.contains("Un Programa Ambulatorio Intensivo (IOP, por sus siglas en inglés)")
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
					"<p class=\"crisis-more\" lang=\"es\">En español: llame al 988 y marque 2, envíe la palabra AYUDA por mensaje de texto al 988, o chatee en 988lineadevida.org.</p>")
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

	// Issue 25: the second clinical review. Each test names the answers and the words
	// that must (or must not) appear, in English and in Spanish.

	@Test
	void stimulantsBenzodiazepinesAndOtherDrugsWarnOfFentanylAndNaloxone() {
		// U1
		for (String substance : List.of("STIMULANTS", "BENZODIAZEPINES", "OTHER")) {
			assertThat(resultUnchecked(answers().with("substances", substance), "en")).as(substance)
				.contains("often mixed with fentanyl")
				.contains("Keep naloxone (Narcan) on hand");
			assertThat(resultUnchecked(answers().with("substances", substance), "es")).as(substance)
				.contains("muchas veces contienen fentanilo")
				.contains("Tenga naloxona (Narcan) a mano");
		}
		assertThat(resultUnchecked(answers(), "en")).doesNotContain("fentanyl");
	}

	@Test
	void opioidsOnAnInpatientResultWarnThatTheBodyCanTakeLessAfterTheStay() throws Exception {
		// U2: R2, with opioids, where a stay is coming; and on the families page.
		Form seizures = answers().with("substances", "OPIOIDS").with("withdrawalHistory", "SEIZURES_OR_DELIRIUM");
		assertThat(result(seizures, "en")).contains("data-level=\"INPATIENT\"")
			.contains("the amount you used to take can cause an overdose");
		assertThat(result(seizures, "es")).contains("la cantidad que usaba antes puede causarle una sobredosis");
		assertThat(page(get("/families"), "en")).contains("the body can take less");
		assertThat(page(get("/families"), "es")).contains("el cuerpo tolera menos");
	}

	@Test
	void opioidsWithBenzodiazepinesOrAlcoholWarnThatTogetherTheyCanStopBreathing() throws Exception {
		// U3
		assertThat(result(answers().with("substances", "OPIOIDS", "BENZODIAZEPINES"), "en"))
			.contains("Opioids with benzodiazepines can slow or stop your breathing");
		assertThat(result(answers().with("substances", "OPIOIDS", "ALCOHOL"), "es"))
			.contains("Los opioides con alcohol pueden hacer más lenta su respiración");
		assertThat(result(answers().with("substances", "OPIOIDS"), "en")).doesNotContain("stop your breathing");
	}

	@Test
	void mentalHealthOutOfControlSaysWhatToDoNowAndEveryResultNames988() throws Exception {
		// U4: R4, a stimulant user hearing or seeing things.
		Form unstable = answers().with("substances", "STIMULANTS").with("mentalHealth", "UNSTABLE");
		assertThat(result(unstable, "en")).contains("data-level=\"INPATIENT\"")
			.contains("If it is bad right now, call or text 988, or go to an emergency room.");
		assertThat(result(unstable, "es")).contains("o vaya a una sala de emergencias");
		assertThat(result(answers(), "en"))
			.contains("In a crisis, or thinking of suicide? Call or text 988 at any hour.");
		assertThat(result(answers(), "es")).contains("Llame o envíe un mensaje de texto al 988, a cualquier hora.");
	}

	@Test
	void thoughtsOfSuicideInALovedOneSayStayIfSafeAndNameWhatToMoveAway() throws Exception {
		// U5
		assertThat(crisis(true, false, false, "SOMEONE_ELSE", "en"))
			.contains("If it is safe for you, stay with them. Move away guns, medicines, drugs");
		assertThat(crisis(true, false, false, "SOMEONE_ELSE", "es"))
			.contains("Si es seguro para usted, quédese con esta persona. Aleje las armas de fuego, los medicamentos");
	}

	@Test
	void theHelpNowPageGivesTheOverdoseStepsAndEveryWayToReachTheLines() throws Exception {
		// U6, C5 and the English jargon
		String english = page(get("/help-now"), "en");
		assertThat(english).contains("If someone may have overdosed")
			.contains("give a second dose in the other nostril with a new device")
			.contains("Naloxone can wear off before the drug does. Keep watching them")
			.contains("Lay them on their side")
			.contains("Stay with them until help comes")
			.contains("If you use a relay service, dial 711, then 988.")
			.contains("text your ZIP code to 435748")
			.contains("988lineadevida.org")
			.contains("TTY (a text phone for deaf callers):")
			.contains("href=\"sms:988\"");
		String spanish = page(get("/help-now"), "es");
		assertThat(spanish).contains("dele una segunda dosis en la otra fosa nasal con un aplicador nuevo")
			.contains("El efecto de la naloxona puede pasar antes que el de la droga")
			.contains("marque el 711 y luego el 988")
			.contains("su código postal por mensaje de texto al 435748")
			// The Spanish text button already says AYUDA.
			.contains("href=\"sms:988?body=AYUDA\"")
			.contains("Envíe un mensaje de texto al")
			.doesNotContain("Envíe un texto");
	}

	@Test
	void theSignsNameTheRangeTheCountIsInAndMostIopsCannotGiveDetox() throws Exception {
		// W5 and W6
		assertThat(result(answers(), "en")).contains("4 or 5 signs is a moderate level, and 6 or more is severe.")
			.doesNotContain("moderate to severe level")
			.contains("for 9 to 19 hours each week")
			.doesNotContain("9 to 20");
		assertThat(result(answers(), "es")).contains("4 o 5 señales es un nivel moderado, y 6 o más es grave.")
			.contains("de 9 a 19 horas cada semana");
		Form seizures = answers().with("withdrawalHistory", "SEIZURES_OR_DELIRIUM");
		assertThat(result(seizures, "en")).contains("most IOPs cannot give it");
		assertThat(result(seizures, "es")).contains("la mayoría de los IOP no pueden darla");
	}

	@Test
	void inpatientCareReadsAsAProgramWhereYouLiveNotCareAtHome() throws Exception {
		// C1: R7, could not attend.
		Form cannotAttend = answers().with("canAttend", "NO");
		assertThat(result(cannotAttend, "en")).contains("data-level=\"INPATIENT\"")
			.contains("a program where you live for a while")
			.doesNotContain("where you stay");
		assertThat(result(cannotAttend, "es")).contains("un programa donde usted viva por un tiempo")
			.doesNotContain("donde usted se quede");
	}

	@Test
	void aRelapseAfterAStayComesBeforeTheSignsThatReferToIt() throws Exception {
		// C2: R5 with mild signs and a relapse.
		String page = result(answers().with("criteria", "CRAVING", "TOLERANCE")
			.with("recentInpatientDischarge", "true")
			.with("relapsedAfterTreatment", "true"), "en");

		assertThat(page).contains("data-level=\"IOP\"");
		assertThat(page.indexOf("You went back to using after earlier treatment")).isPositive()
			.isLessThan(page.indexOf("The answer above is why"));
	}

	@Test
	void stoppingCautionsNameOnlyWhatWasChosenAndDoNotRepeatThemselves() throws Exception {
		// C3
		assertThat(result(answers(), "en")).contains("If you drink a lot every day, stopping all at once")
			.doesNotContain("benzodiazepines");
		assertThat(result(answers(), "es")).doesNotContain("benzodiazepinas");
		assertThat(result(answers().with("substances", "BENZODIAZEPINES"), "en")).doesNotContain("drink");
		String both = result(
				answers().with("substances", "OPIOIDS", "BENZODIAZEPINES").with("withdrawalHistory", "UNCOMPLICATED"),
				"en");
		assertThat(both.split("You have had withdrawal before", -1)).hasSize(2);
	}

	@Test
	void anUnsafeHomeNamesTheDomesticViolenceHotline() throws Exception {
		// C7: R7 (a reason) and R5 (a caution).
		Form unsafe = answers().with("stableHousing", "false");
		assertThat(result(unsafe, "en")).contains("National Domestic Violence Hotline at 1-800-799-7233")
			.contains("text START to 88788");
		assertThat(result(unsafe.with("recentInpatientDischarge", "true"), "es"))
			.contains("Línea Directa Nacional de Violencia Doméstica al 1-800-799-7233")
			.contains("envíe START por mensaje de texto al 88788");
	}

	@Test
	void aSpanishResultSaysWhetherTheAdmissionsLineSpeaksSpanish() throws Exception {
		// C5: screener default, the admissions line answers in English only.
		assertThat(result(answers(), "es")).contains("Nuestra línea de admisiones no atiende en español.")
			.contains("llame a la Línea Nacional de Ayuda de SAMHSA al 1-800-662-4357");
		assertThat(result(answers(), "en")).doesNotContain("Our admissions line");
	}

	@Test
	void theFamiliesPageSpeaksOfTeenagersToo() throws Exception {
		// C6, as far as it needs no new question.
		assertThat(page(get("/families"), "en")).contains("If your child is under 18")
			.contains("Ask us about programs for teens.");
		assertThat(page(get("/families"), "es")).contains("Si su hijo o hija es menor de 18 años")
			.contains("programas para adolescentes");
	}

	@Test
	void theQuestionsSayWhatTheyMeanInPlainWords() {
		// W2, W4, C4 and the Spanish wording, as the pages word them.
		Locale spanish = Locale.forLanguageTag("es");
		assertThat(this.messages.getMessage("q.medicalMonitoringNeeded.legend.SELF", null, Locale.ENGLISH))
			.contains("a doctor must watch closely")
			.doesNotContain("check-ups");
		assertThat(this.messages.getMessage("q.medicalMonitoringNeeded.legend.SELF", null, spanish))
			.contains("un médico deba vigilar de cerca");
		assertThat(this.messages.getMessage("q.criteria.WITHDRAWAL.SELF", null, Locale.ENGLISH))
			.contains("when I stopped or cut down")
			.doesNotContain("wore off");
		assertThat(this.messages.getMessage("q.criteria.WITHDRAWAL.SELF", null, spanish))
			.contains("cuando dejaba o reducía el consumo");
		assertThat(this.messages.getMessage("q.respondent.SOMEONE_ELSE", null, Locale.ENGLISH))
			.doesNotContain("caller");
		assertThat(this.messages.getMessage("q.respondent.short.SELF", null, spanish)).isEqualTo("¿Para quién?");
	}

	@Test
	void theSpanishIsGrammaticalAndHasNoSlashForms() throws Exception {
		Properties spanish = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages/messages_es.properties"),
				StandardCharsets.UTF_8)) {
			spanish.load(reader);
		}
		List<String> wrong = new ArrayList<>();
		Pattern slash = Pattern.compile("\\p{L}+/(a|la|as|las)\\b");
		spanish.forEach((key, text) -> {
			if (slash.matcher((String) text).find() || ((String) text).contains("Si podría haber")) {
				wrong.add(key + "=" + text);
			}
		});
		assertThat(wrong).isEmpty();
		assertThat(crisis(false, true, false, "SOMEONE_ELSE", "es"))
			.contains("Si es posible que haya opioides de por medio");
	}

	/** A result page, for tests that do not declare the checked exception. */
	private String resultUnchecked(Form answers, String language) {
		try {
			return result(answers, language);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
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
		Reading reading = AnswerReader.readScreening(fields);
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
			.with("relapsedAfterTreatment", "false")
			// Policy v1.1, answered so that none gives advice; medication now is read
			// only with opioids.
			.with("opioidMedicationNow", "false")
			.with("pastOverdose", "false")
			.with("pregnant", "false")
			.with("ageGroup", "AGE_26_OR_OVER")
			.with("readiness", "READY");
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
