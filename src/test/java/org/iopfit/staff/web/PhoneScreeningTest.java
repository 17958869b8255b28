package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iopfit.questions.Question;
import org.iopfit.questions.Step;
import org.iopfit.records.Drafts;
import org.iopfit.records.ReferenceCode;
import org.iopfit.records.ScreeningRecords;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phone mode over HTTP, as staff click through it: the opening and who calls, each page
 * of the public questionnaire with its script, the result read aloud, the call record
 * saved; a crisis answer handled with its protocol and saved as an emergency; a different
 * level only with a reason; an online screening confirmed into a phone record.
 */
class PhoneScreeningTest extends StaffWebTest {

	@Autowired
	MessageSource messages;

	@Autowired
	ScreeningRecords records;

	@Test
	void aCallerAboutThemselvesIsScreenedAndTheRecordSavedWithTheCall() {
		StaffAccount staff = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(staff);

		HttpResponse<String> start = browser.get("/staff/screenings/new");
		assertThat(start.body()).contains(text("staff.phone.opening.5")).contains("Who is calling?");
		String call = startCall(browser, "SELF");
		HttpResponse<String> safety = browser.get(call + "/safety");
		assertThat(safety.body()).contains("Three questions about right now.")
			.contains("Listen for")
			.contains(text("q.crisis.suicidalThoughts.legend.SELF"));

		String result = walk(browser, call, Drafts.iopFields("SELF"));
		assertThat(result).contains("From what you told me, this kind of care may fit you best right now")
			.contains("An Intensive Outpatient Program (IOP)")
			.contains("buprenorphine")
			// Alcohol and opioids: the safety advice is part of what is read aloud.
			.contains(text("staff.phone.advice.withdrawal.SELF"))
			.contains(text("staff.phone.advice.naloxone.SELF"))
			.contains(text("staff.phone.advice.tolerance.SELF"))
			.contains("A doctor or counselor makes the final decision with you.")
			.contains("data-level=\"IOP\"");

		HttpResponse<String> saved = browser.submitAll(call + "/result", call + "/result",
				Map.of("callerName", List.of("J.R."), "callbackPhone", List.of("555-010-0123"), "voicemail",
						List.of("false"), "referralSource", List.of("Doctor"), "disposition",
						List.of("ASSESSMENT_BOOKED"), "followUpDate", List.of("2026-12-01")));
		String location = saved.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/staff/screenings/[0-9A-Z]{8}\\?saved");
		String code = location.replaceAll(".*/staff/screenings/([0-9A-Z]{8}).*", "$1");

		String record = browser.get("/staff/screenings/" + code).body();
		assertThat(record).contains("data-level=\"IOP\"")
			.contains("data-decided-by=\"" + this.jdbc.queryForObject(
					"SELECT decided_by FROM saved_screening WHERE reference_code = ?", String.class, code) + "\"")
			.contains("J.R.")
			.contains("Assessment booked")
			.contains("2026-12-01")
			.contains("Phone")
			.contains(staff.getUsername());
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM saved_screening WHERE reference_code = ?", code);
		assertThat(row.get("SOURCE")).isEqualTo("PHONE");
		assertThat(row.get("CALL_TYPE")).isEqualTo("SELF");
		assertThat(row.get("STAFF_USERNAME")).isEqualTo(staff.getUsername());
		assertThat(row.get("RULES_VERSION")).isEqualTo("1.1");
		// The call has ended: its pages lead to the record it was saved as.
		assertRedirect(browser.get(call + "/result"), "/staff/screenings/" + code + "?saved");
	}

	@Test
	void aCallerAboutSomeoneElseHearsTheQuestionsAboutThemInSpanish() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS)).header("Accept-Language", "es");

		String call = startCall(browser, "SOMEONE_ELSE");
		String safety = browser.get(call + "/safety").body();
		assertThat(safety).contains(text("q.crisis.suicidalThoughts.legend.SOMEONE_ELSE", "es"))
			.contains("Tres preguntas sobre este momento.");

		String result = walk(browser, call, Drafts.iopFields("SOMEONE_ELSE"));
		assertThat(result).contains("puede ser lo mejor para esa persona ahora").contains("Lea en voz alta");
		HttpResponse<String> saved = browser.submitAll(call + "/result", call + "/result", Map.of());
		assertThat(saved.statusCode()).isEqualTo(302);
		String code = saved.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll(".*/screenings/([0-9A-Z]{8}).*", "$1");
		assertThat(this.jdbc.queryForObject("SELECT call_type FROM saved_screening WHERE reference_code = ?",
				String.class, code))
			.isEqualTo("SOMEONE_ELSE");
	}

	@Test
	void aCrisisAnswerStopsTheQuestionsShowsTheProtocolAndIsSavedAsAnEmergencyWithWhatWasDone() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String call = startCall(browser, "SELF");

		HttpResponse<String> answered = browser.submitAll(call + "/safety", call + "/safety",
				Map.of("crisis.suicidalThoughts", List.of("true"), "crisis.overdoseOrMedicalEmergency",
						List.of("false"), "crisis.severeWithdrawalNow", List.of("false")));

		assertRedirect(answered, call + "/crisis");
		assertRedirect(browser.get(call + "/signs"), call + "/crisis");
		String protocol = browser.get(call + "/crisis").body();
		assertThat(protocol).contains("Stay on the line.")
			.contains("conference in 988")
			.contains("Bring in a supervisor")
			.contains("Where are you right now?")
			.contains("data-level=\"EMERGENCY\"");
		HttpResponse<String> saved = browser.submitAll(call + "/crisis", call + "/crisis",
				Map.of("actions", List.of("STAYED_ON_LINE", "ADDRESS_TAKEN", "CONFERENCED_988"), "callbackPhone",
						List.of("555-010-0999")));
		String code = saved.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll(".*/screenings/([0-9A-Z]{8}).*", "$1");
		String record = browser.get("/staff/screenings/" + code).body();
		assertThat(record).contains("data-level=\"EMERGENCY\"")
			.contains("data-decided-by=\"R1\"")
			.contains("Emergency: a crisis answer was given.")
			.contains("Conferenced in 988")
			.contains("555-010-0999");
		assertThat(this.jdbc.queryForObject("SELECT crisis_actions FROM saved_screening WHERE reference_code = ?",
				String.class, code))
			.isEqualTo("STAYED_ON_LINE,ADDRESS_TAKEN,CONFERENCED_988");
	}

	@Test
	void aCallersNameWithHiddenCharactersIsRefusedWithEveryValueKept() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String call = startCall(browser, "SELF");
		walk(browser, call, Drafts.iopFields("SELF"));
		int before = count();

		HttpResponse<String> refused = browser.submitAll(call + "/result", call + "/result",
				Map.of("callerName", List.of("Sam\u202Eleumas"), "callbackPhone", List.of("555-010-0123"),
						"referralSource", List.of("Doctor")));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("<a href=\"#callerName\">The caller&#39;s name has a hidden or control")
			.contains("value=\"555-010-0123\"")
			.contains("value=\"Doctor\"");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aDifferentLevelNeedsAReasonAndBothLevelsStayOnTheRecord() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String call = startCall(browser, "SELF");
		walk(browser, call, Drafts.iopFields("SELF"));
		int before = count();

		HttpResponse<String> refused = browser.submitAll(call + "/result", call + "/result", Map.of("recordedLevel",
				List.of("INPATIENT"), "callerName", List.of("Sam"), "followUpDate", List.of("next week")));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body())
			.contains("<a href=\"#overrideReason\">Give a reason for recording a different level</a>")
			.contains("<a href=\"#followUpDate\">Enter a date like 2026-12-01</a>")
			.contains("value=\"Sam\"")
			.contains("value=\"next week\"")
			.contains("<option value=\"INPATIENT\" selected=\"selected\"");
		assertThat(count()).isEqualTo(before);

		HttpResponse<String> saved = browser.submitAll(call + "/result", call + "/result",
				Map.of("recordedLevel", List.of("INPATIENT"), "overrideReason", List.of("No safe place to stay")));
		String code = saved.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll(".*/screenings/([0-9A-Z]{8}).*", "$1");
		String record = browser.get("/staff/screenings/" + code).body();
		assertThat(record).contains("data-level=\"INPATIENT\"")
			.contains("Rules&#39; suggestion")
			.contains("An Intensive Outpatient Program (IOP)")
			.contains("Level recorded by staff")
			.contains("No safe place to stay");
	}

	@Test
	void aPageWithAQuestionLeftOutOrAFieldNoFormSendsComesBackWithItsAnswers() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String call = startCall(browser, "SELF");

		HttpResponse<String> missing = browser.submitAll(call + "/safety", call + "/safety",
				Map.of("crisis.suicidalThoughts", List.of("false")));
		HttpResponse<String> unknown = browser.submitAll(call + "/safety", call + "/safety",
				Map.of("crisis.suicidalThoughts", List.of("false", "true"), "made.up", List.of("x")));
		HttpResponse<String> noType = browser.submit("/staff/screenings/new", "/staff/calls",
				Map.of("callType", "NOBODY"));

		assertThat(missing.statusCode()).isEqualTo(200);
		assertThat(missing.body()).contains("There is a problem")
			.containsPattern(
					"id=\"crisis-suicidalThoughts-false\" name=\"crisis.suicidalThoughts\"\\s+value=\"false\" checked");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("There is a problem");
		assertThat(noType.statusCode()).isEqualTo(200);
		assertThat(noType.body()).contains("<a href=\"#callType-SELF\">Choose who is calling</a>");
	}

	@Test
	void anOnlineScreeningIsConfirmedWithTheCallerAndSavedAsAPhoneRecordThatNamesIt() {
		ReferenceCode online = this.records.saveOnline(Drafts.seizures());
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));

		String page = browser.get("/staff/screenings/" + online.display()).body();
		assertThat(page).contains("data-level=\"INPATIENT\"").contains("data-decided-by=\"R2\"").contains("Online");
		HttpResponse<String> confirming = browser.submit("/staff/screenings/" + online.value(),
				"/staff/screenings/" + online.value() + "/confirm", Map.of());
		String who = location(confirming);
		assertThat(who).matches("/staff/calls/[0-9a-z]{26}/who");
		String call = who.substring(0, who.lastIndexOf('/'));
		assertThat(browser.get(who).body()).contains("You are confirming online screening " + online.display())
			.containsPattern("id=\"callType-SELF\" value=\"SELF\"\\s+checked");
		assertRedirect(browser.submit(who, who, Map.of("callType", "SELF")), call + "/safety");
		String safety = browser.get(call + "/safety").body();
		assertThat(safety).contains("You are confirming online screening " + online.display())
			.containsPattern("value=\"false\" checked");
		Map<String, List<String>> fields = Drafts.iopFields("SELF");
		fields.put("withdrawalHistory", List.of("SEIZURES_OR_DELIRIUM"));
		String result = walk(browser, call, fields);
		assertThat(result).contains("We will refer to a detox program.");

		HttpResponse<String> saved = browser.submitAll(call + "/result", call + "/result", Map.of());
		String code = saved.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll(".*/screenings/([0-9A-Z]{8}).*", "$1");
		assertThat(this.jdbc.queryForObject("SELECT based_on_code FROM saved_screening WHERE reference_code = ?",
				String.class, code))
			.isEqualTo(online.value());
		assertThat(browser.get("/staff/screenings/" + code).body()).contains("Confirmed from online screening")
			.contains(online.display());
	}

	/** Answers every page after the first with these fields; returns the result page. */
	@Test
	void policyOneOneQuestionsAreAskedOnThePhoneAndOpioidMedicineOnlyAfterOpioids() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		for (String substance : List.of("ALCOHOL", "OPIOIDS")) {
			Map<String, List<String>> answers = Drafts.iopFields("SELF");
			answers.put("substances", List.of(substance));
			String call = startCall(browser, "SELF");
			for (Step step : List.of(Step.SAFETY, Step.SIGNS)) {
				Map<String, List<String>> fields = new LinkedHashMap<>();
				step.questions().forEach((question) -> fields.put(question.path(), answers.get(question.path())));
				String page = call + "/" + step.slug();
				assertThat(browser.submitAll(page, page, fields).statusCode()).isEqualTo(302);
			}

			String health = browser.get(call + "/health").body();
			assertThat(health).contains("name=\"pastOverdose\"")
				.contains("name=\"pregnant\"")
				.contains(text("q.pregnant.legend.SELF"));
			if (substance.equals("OPIOIDS")) {
				assertThat(health).contains("name=\"opioidMedicationNow\"");
			}
			else {
				assertThat(health).doesNotContain("name=\"opioidMedicationNow\"");
			}
		}
		String call = startCall(browser, "SOMEONE_ELSE");
		walk(browser, call, Drafts.iopFields("SOMEONE_ELSE"));
		String life = browser.get(call + "/life").body();
		assertThat(life).contains("name=\"ageGroup\"")
			.contains("name=\"readiness\"")
			.contains(text("q.ageGroup.legend.SOMEONE_ELSE"));
	}

	static String walk(StaffClient browser, String call, Map<String, List<String>> answers) {
		for (Step step : Step.all()) {
			if (step == Step.WHO) {
				continue;
			}
			Map<String, List<String>> fields = new LinkedHashMap<>();
			for (Question question : step.questions()) {
				List<String> values = answers.get(question.path());
				if (values.isEmpty()) {
					fields.put("none", List.of(question.path()));
				}
				else {
					fields.put(question.path(), values);
				}
			}
			String page = call + "/" + step.slug();
			HttpResponse<String> posted = browser.submitAll(page, page, fields);
			assertThat(posted.statusCode()).as(step + ": " + posted.body()).isEqualTo(302);
		}
		HttpResponse<String> result = browser.get(call + "/result");
		assertThat(result.statusCode()).isEqualTo(200);
		return result.body();
	}

	/** Starts a call as the start page does; returns its address, /staff/calls/{id}. */
	static String startCall(StaffClient browser, String callType) {
		String safety = location(browser.submit("/staff/screenings/new", "/staff/calls", Map.of("callType", callType)));
		assertThat(safety).matches("/staff/calls/[0-9a-z]{26}/safety");
		return safety.substring(0, safety.lastIndexOf('/'));
	}

	static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private String text(String key) {
		return text(key, "en");
	}

	private String text(String key, String language) {
		return this.messages.getMessage(key, null, Locale.forLanguageTag(language))
			.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	private int count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM saved_screening", Integer.class);
	}

}
