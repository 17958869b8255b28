package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iopfit.placement.Substance;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;
import org.iopfit.records.Drafts;
import org.iopfit.retention.RetentionJob;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iopfit.staff.web.PhoneScreeningTest.location;
import static org.iopfit.staff.web.PhoneScreeningTest.startCall;
import static org.iopfit.staff.web.PhoneScreeningTest.walk;

/**
 * A phone call as a thing with an id, over HTTP: saved once whatever is sent twice, two
 * calls of one worker kept apart, found again after the session ends, closed to other
 * workers, the crisis protocol from any page with every answer kept, withdrawn as a
 * mistake, discarded only when confirmed, purged after a day.
 */
class PhoneCallsTest extends StaffWebTest {

	@Autowired
	RetentionJob retention;

	@AfterEach
	void freeTheRetentionLock() {
		this.jdbc.update("UPDATE job_lock SET locked_until = ? WHERE name = ?", Timestamp.from(Instant.EPOCH),
				"retention");
	}

	@Test
	void saveSentTwiceOrAfterBackMakesOneRecordAndBothLandOnIt() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String call = startCall(browser, "SELF");
		walk(browser, call, Drafts.iopFields("SELF"));
		String token = browser.csrf(call + "/result");
		int before = count();

		// A double click, or Enter twice in the caller's name: the same form twice.
		Map<String, List<String>> form = Map.of("callerName", List.of("J.R."), "_csrf", List.of(token));
		String first = location(browser.postAll(call + "/result", form));
		String second = location(browser.postAll(call + "/result", form));
		// Back to the result, then Save again.
		assertRedirect(browser.get(call + "/result"), first);
		String third = location(browser.postAll(call + "/result", form));

		assertThat(first).matches("/staff/screenings/[0-9A-Z]{8}\\?saved");
		assertThat(second).isEqualTo(first);
		assertThat(third).isEqualTo(first);
		assertThat(count()).isEqualTo(before + 1);
		assertThat(browser.get(first).body()).contains("J.R.");
	}

	@Test
	void theStartPagePostedTwiceStartsOneCall() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String start = browser.get("/staff/screenings/new").body();
		String id = start.replaceAll("(?s).*name=\"call\" value=\"([0-9a-z]{26})\".*", "$1");
		Map<String, String> form = Map.of("call", id, "callType", "SELF", "_csrf",
				browser.csrf("/staff/screenings/new"));

		assertRedirect(browser.post("/staff/calls", form), "/staff/calls/" + id + "/safety");
		assertRedirect(browser.post("/staff/calls", form), "/staff/calls/" + id + "/safety");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM phone_call WHERE id = ?", Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void twoCallsOfOneWorkerKeepTheirOwnAnswersAndPlaces() {
		StaffAccount staff = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(staff);
		String tabA = startCall(browser, "SELF");
		answer(browser, tabA, Step.SAFETY, Drafts.iopFields("SELF"));
		String tabB = startCall(browser, "SOMEONE_ELSE");

		assertThat(tabB).isNotEqualTo(tabA);
		String safetyB = browser.get(tabB + "/safety").body();
		assertThat(safetyB).doesNotContainPattern("value=\"false\"\\s+checked").contains("are they safe right now?");
		assertRedirect(browser.get(tabB + "/signs"), tabB + "/safety");
		assertThat(browser.get(tabA + "/signs").statusCode()).isEqualTo(200);
		assertThat(browser.get(tabA + "/safety").body()).containsPattern("value=\"false\"\\s+checked")
			.contains("are you safe right now?");
		String home = browser.get("/staff").body();
		assertThat(home).contains("href=\"" + tabA + "/signs\"").contains("href=\"" + tabB + "/safety\"");
	}

	@Test
	void afterTheSessionEndsTheCallIsListedAndGoOnOpensThePageItWasLeftOn() {
		StaffAccount staff = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(staff);
		String call = startCall(browser, "SELF");
		answer(browser, call, Step.SAFETY, Drafts.iopFields("SELF"));
		answer(browser, call, Step.SIGNS, Drafts.iopFields("SELF"));

		// The idle limit, as the session store sees it: the session is gone.
		this.jdbc.update("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", staff.getUsername());
		assertThat(browser.get(call + "/health").headers().firstValue("Location").orElseThrow())
			.endsWith("/staff/login");

		StaffClient again = signedIn(staff);
		String home = again.get("/staff").body();
		assertThat(home).contains("Your unfinished calls")
			.contains("Withdrawal and physical health")
			.contains("href=\"" + call + "/health\"");
		assertThat(again.get(call + "/health").statusCode()).isEqualTo(200);
		assertRedirect(again.get(call), call + "/health");
		assertThat(again.get(call + "/signs").body()).containsPattern("value=\"ALCOHOL\"\\s+checked");
	}

	@Test
	void anotherWorkersCallIsNotFoundAndTheTryIsAudited() {
		StaffClient owner = signedIn(account(StaffRole.ADMISSIONS));
		String call = startCall(owner, "SELF");
		StaffAccount other = account(StaffRole.ADMISSIONS);
		StaffClient stranger = signedIn(other);

		assertThat(stranger.get(call + "/safety").statusCode()).isEqualTo(404);
		assertThat(stranger.get(call + "/discard").statusCode()).isEqualTo(404);
		HttpResponse<String> posted = stranger.postAll(call + "/safety", Map.of("_csrf",
				List.of(stranger.csrf("/staff/screenings/new")), "crisis.suicidalThoughts", List.of("true")));
		assertThat(posted.statusCode()).isEqualTo(404);
		assertThat(stranger.get("/staff").body()).doesNotContain(call);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'SEARCHED' AND record_kind = 'CALL'",
				Integer.class, other.getUsername()))
			.isGreaterThanOrEqualTo(3);
		assertThat(owner.get(call + "/safety").statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@EnumSource(value = Step.class, names = { "HEALTH", "LIFE" })
	void theCrisisControlOnAPageSavesTheEmergencyAtOnceWithEveryAnswerGiven(Step page) {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String call = startCall(browser, "SELF");
		Map<String, List<String>> fields = Drafts.iopFields("SELF");
		for (Step step : Step.all()) {
			if (step != Step.WHO && step.compareTo(page) < 0) {
				answer(browser, call, step, fields);
			}
		}
		int before = count();

		// The control on the page, with what is ticked on it so far, sent twice.
		String token = browser.csrf(call + "/" + page.slug());
		Map<String, List<String>> form = new LinkedHashMap<>(fieldsOf(page, fields));
		form.put("_csrf", List.of(token));
		assertRedirect(browser.postAll(call + "/" + page.slug() + "/crisis", form), call + "/crisis");
		assertRedirect(browser.postAll(call + "/" + page.slug() + "/crisis", form), call + "/crisis");

		assertThat(count()).isEqualTo(before + 1);
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM saved_screening WHERE call_id = ?",
				call.substring(call.lastIndexOf('/') + 1));
		assertThat(row.get("EMERGENCY")).isEqualTo(true);
		assertThat(row.get("LEVEL")).isEqualTo("EMERGENCY");
		Draft kept = Draft.fromBytes((byte[]) row.get("ANSWERS"));
		assertThat(kept.selected(Question.SUBSTANCES)).contains(Substance.ALCOHOL.name(), Substance.OPIOIDS.name());
		for (Question question : page.questions()) {
			assertThat(kept.has(question)).as(question.path()).isTrue();
		}
		String protocol = browser.get(call + "/crisis").body();
		assertThat(protocol).contains("data-saved-code=\"")
			.contains("1-800-222-1222")
			.contains("1-800-662-4357")
			.contains("1-800-487-4889")
			.contains("AYUDA")
			.contains("press 1")
			.contains("videophone")
			.contains("Where the caller is now");
	}

	@Test
	void theProtocolAddsTheLocationAndWhatWasDoneToTheSameRecordOnce() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String call = startCall(browser, "SELF");
		Map<String, List<String>> fields = Drafts.iopFields("SELF");
		fields.put("crisis.overdoseOrMedicalEmergency", List.of("true"));
		assertRedirect(answer(browser, call, Step.SAFETY, fields), call + "/crisis");
		String id = call.substring(call.lastIndexOf('/') + 1);
		String code = this.jdbc.queryForObject("SELECT reference_code FROM saved_screening WHERE call_id = ?",
				String.class, id);
		String token = browser.csrf(call + "/crisis");

		Map<String, List<String>> form = Map.of("location", List.of("12 Elm St, back bedroom"), "actions",
				List.of("STAYED_ON_LINE", "DIALED_911"), "_csrf", List.of(token));
		assertRedirect(browser.postAll(call + "/crisis", form), "/staff/screenings/" + code + "?saved");
		assertRedirect(browser.postAll(call + "/crisis", form), "/staff/screenings/" + code + "?saved");

		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM saved_screening WHERE call_id = ?", Integer.class, id))
			.isEqualTo(1);
		String record = browser.get("/staff/screenings/" + code).body();
		assertThat(record).contains("12 Elm St, back bedroom").contains("Dialed 911");
		assertThat(browser.get("/staff").body()).doesNotContain(id);
	}

	@Test
	void aLocationWithAHiddenCharacterIsRefusedWithWhatWasTypedKept() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String call = startCall(browser, "SELF");
		String token = browser.csrf(call + "/safety");
		browser.postAll(call + "/safety/crisis", Map.of("_csrf", List.of(token)));

		HttpResponse<String> refused = browser.postAll(call + "/crisis", Map.of("location", List.of("12 Elm\u202E St"),
				"callbackPhone", List.of("555-010-0123"), "_csrf", List.of(token)));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("<a href=\"#location\">").contains("value=\"555-010-0123\"");
		assertThat(this.jdbc.queryForObject("SELECT caller_location FROM saved_screening WHERE call_id = ?",
				String.class, call.substring(call.lastIndexOf('/') + 1)))
			.isNull();
	}

	@Test
	void backToTheQuestionsKeepsTheEmergencyMarkedWithdrawnAndTheCallGoesOnToOneMoreRecord() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String call = startCall(browser, "SELF");
		Map<String, List<String>> fields = Drafts.iopFields("SELF");
		answer(browser, call, Step.SAFETY, fields);
		answer(browser, call, Step.SIGNS, fields);
		String token = browser.csrf(call + "/health");
		browser.postAll(call + "/health/crisis", Map.of("_csrf", List.of(token)));
		String id = call.substring(call.lastIndexOf('/') + 1);
		String emergency = this.jdbc.queryForObject("SELECT reference_code FROM saved_screening WHERE call_id = ?",
				String.class, id);

		HttpResponse<String> noReason = browser.postAll(call + "/crisis/withdraw",
				Map.of("reason", List.of(" "), "_csrf", List.of(token)));
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("Say why the protocol was a mistake");
		assertRedirect(
				browser.postAll(call + "/crisis/withdraw",
						Map.of("reason", List.of("Pressed by mistake, caller is safe"), "_csrf", List.of(token))),
				call + "/health");
		assertRedirect(
				browser.postAll(call + "/crisis/withdraw",
						Map.of("reason", List.of("Pressed by mistake, caller is safe"), "_csrf", List.of(token))),
				call + "/health");

		assertThat(browser.get("/staff/screenings/" + emergency).body()).contains("Opened by mistake")
			.contains("Pressed by mistake, caller is safe");
		for (Step step : List.of(Step.HEALTH, Step.MENTAL_HEALTH, Step.SUPPORT, Step.LIFE)) {
			answer(browser, call, step, fields);
		}
		String saved = location(browser.submitAll(call + "/result", call + "/result", Map.of()));
		assertThat(saved).isNotEqualTo("/staff/screenings/" + emergency + "?saved");
		assertThat(this.jdbc.queryForObject("SELECT level FROM saved_screening WHERE call_id = ?", String.class, id))
			.isEqualTo("IOP");
	}

	@Test
	void discardingAsksFirstAndThenForgetsTheCall() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String call = startCall(browser, "SELF");
		answer(browser, call, Step.SAFETY, Drafts.iopFields("SELF"));

		String confirm = browser.get(call + "/discard").body();
		assertThat(confirm).contains("Discard this call?").contains("Keep the call and go on");
		assertThat(browser.get("/staff").body()).contains(call);
		assertRedirect(browser.submit(call + "/discard", call + "/discard", Map.of()), "/staff");

		assertThat(browser.get(call + "/signs").statusCode()).isEqualTo(404);
		assertThat(browser.get("/staff").body()).doesNotContain(call);
	}

	@Test
	void theLanguageButtonKeepsWhatIsTickedOnThePage() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String call = startCall(browser, "SELF");
		answer(browser, call, Step.SAFETY, Drafts.iopFields("SELF"));

		HttpResponse<String> switched = browser.submitAll(call + "/signs", call + "/signs",
				Map.of("substances", List.of("ALCOHOL"), "lang", List.of("es")));

		assertRedirect(switched, call + "/signs");
		String signs = browser.get(call + "/signs").body();
		assertThat(signs).contains("lang=\"es\"").containsPattern("value=\"ALCOHOL\"\\s+checked");
	}

	@Test
	void theRetentionJobPurgesACallADayAfterItsLastChange() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String call = startCall(browser, "SELF");
		String id = call.substring(call.lastIndexOf('/') + 1);

		this.clock.advance(Duration.ofHours(23));
		this.retention.run();
		assertThat(calls(id)).isEqualTo(1);
		this.clock.advance(Duration.ofHours(2));
		Map<String, Integer> deleted = this.retention.run();

		assertThat(deleted.get("phone calls in progress")).isPositive();
		assertThat(calls(id)).isZero();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'DELETED' AND record_kind = 'CALL' AND record_id = ?",
				Integer.class, id))
			.isEqualTo(1);
	}

	private static HttpResponse<String> answer(StaffClient browser, String call, Step step,
			Map<String, List<String>> answers) {
		String page = call + "/" + step.slug();
		return browser.submitAll(page, page, fieldsOf(step, answers));
	}

	private static Map<String, List<String>> fieldsOf(Step step, Map<String, List<String>> answers) {
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
		return fields;
	}

	private int calls(String id) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM phone_call WHERE id = ?", Integer.class, id);
	}

	private int count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM saved_screening", Integer.class);
	}

}
