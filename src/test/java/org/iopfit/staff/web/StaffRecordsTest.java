package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iopfit.records.Drafts;
import org.iopfit.records.ReferenceCode;
import org.iopfit.records.SavedScreening;
import org.iopfit.records.ScreeningRecords;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved screenings, notes, code look-ups and the call-back queue through the staff pages,
 * with the audit entries they leave (ids, never answers).
 */
class StaffRecordsTest extends StaffWebTest {

	@Autowired
	ScreeningRecords records;

	@Test
	void notesAreAddedNeverEditedAndACorrectionPointsAtTheOldOne() {
		SavedScreening screening = this.records.savePhone("someone", Drafts.iop(), null, Set.of(), null);
		String page = "/staff/screenings/" + screening.referenceCode();
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));

		assertRedirect(browser.submit(page, page + "/notes", Map.of("text", "Prefers mornings")), page + "#notes");
		long first = this.jdbc.queryForObject("SELECT MAX(id) FROM screening_note WHERE screening_id = ?", Long.class,
				screening.id());
		assertRedirect(
				browser.submit(page, page + "/notes", Map.of("text", "Evenings, not mornings", "corrects", "" + first)),
				page + "#notes");

		String shown = browser.get(page).body();
		assertThat(shown).contains("Prefers mornings")
			.contains("Evenings, not mornings")
			.contains("<a href=\"#note-" + first + "\">Corrects note " + first + "</a>")
			.doesNotContain(">Prefers mornings</textarea>");
		// No address changes or deletes a note.
		assertThat(browser.submit(page, page + "/notes/" + first, Map.of("text", "changed")).statusCode()).isIn(404,
				405);
		assertThat(this.jdbc.queryForObject("SELECT text FROM screening_note WHERE id = ?", String.class, first))
			.isEqualTo("Prefers mornings");
		// An empty note or a correction of another screening's note is refused, the text
		// kept.
		HttpResponse<String> empty = browser.submit(page, page + "/notes", Map.of("text", "  "));
		assertThat(empty.body()).contains("<a href=\"#text\">Write the note</a>");
		HttpResponse<String> foreign = browser.submit(page, page + "/notes",
				Map.of("text", "Kept as typed", "corrects", "999999"));
		assertThat(foreign.body()).contains("Kept as typed").contains("<a href=\"#corrects\">");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM screening_note WHERE screening_id = ?", Integer.class,
				screening.id()))
			.isEqualTo(2);
	}

	@Test
	void aNoteWithHiddenCharactersIsRefusedAndLineBreaksAreKept() {
		SavedScreening screening = this.records.savePhone("someone", Drafts.iop(), null, Set.of(), null);
		String page = "/staff/screenings/" + screening.referenceCode();
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));

		for (String hidden : List.of("\u202E", "\u200B", "\u0000", "\u001B")) {
			HttpResponse<String> refused = browser.submit(page, page + "/notes",
					Map.of("text", "Call back" + hidden + " after 5"));
			assertThat(refused.statusCode()).isEqualTo(200);
			assertThat(refused.body()).contains("<a href=\"#text\">The note has a hidden or control character");
		}
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM screening_note WHERE screening_id = ?", Integer.class,
				screening.id()))
			.isZero();

		assertRedirect(browser.submit(page, page + "/notes", Map.of("text", "Call back\r\n\tafter 5")),
				page + "#notes");
		assertThat(this.jdbc.queryForObject("SELECT text FROM screening_note WHERE screening_id = ?", String.class,
				screening.id()))
			.isEqualTo("Call back\r\n\tafter 5");
	}

	@Test
	void lookingUpCodesThatDoNotExistIsLimitedThenEvenARealCodeWaits() {
		ReferenceCode real = this.records.saveOnline(Drafts.iop());
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		assertRedirect(browser.get("/staff/screenings/find?code=" + real.display()),
				"/staff/screenings/" + real.value());

		for (int i = 0; i < ScreeningRecords.MAX_FAILED_LOOKUPS; i++) {
			HttpResponse<String> miss = browser.get("/staff/screenings/find?code=" + ReferenceCode.random().value());
			assertThat(miss.statusCode()).isEqualTo(200);
			assertThat(miss.body()).contains("No screening has this code.");
		}

		HttpResponse<String> limited = browser.get("/staff/screenings/" + real.value());
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.body()).contains("Wait 15 minutes");
		// Another staff member is not held up.
		assertThat(signedIn(account(StaffRole.ADMISSIONS)).get("/staff/screenings/" + real.value()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void tenWrongCodesStopTypedCodesOnlyNotTheListKnownRecordsOrASavesConfirmation() {
		var staff = account(StaffRole.ADMISSIONS);
		SavedScreening mine = this.records.savePhone(staff.getUsername(), Drafts.iop(), null, Set.of(), null);
		ReferenceCode listed = this.records.saveOnline(Drafts.iop());
		StaffClient browser = signedIn(staff);
		assertThat(browser.get("/staff/screenings").body()).contains(listed.display());
		// Saved after the list was shown: this worker has never seen it.
		ReferenceCode unknown = this.records.saveOnline(Drafts.iop());
		for (int i = 0; i < ScreeningRecords.MAX_FAILED_LOOKUPS; i++) {
			assertThat(browser.get("/staff/screenings/find?code=" + ReferenceCode.random().value()).body())
				.contains("No screening has this code.");
		}

		HttpResponse<String> typed = browser.get("/staff/screenings/find?code=" + ReferenceCode.random().value());
		assertThat(typed.statusCode()).isEqualTo(429);
		assertThat(typed.body()).contains("Too many codes that were not found.");
		// Over the limit, a record that exists but is not known to this worker is refused
		// as a code that does not exist: the refusal tells a guesser nothing.
		assertThat(browser.get("/staff/screenings/" + unknown.value()).statusCode()).isEqualTo(429);
		assertThat(browser.get("/staff/screenings/" + ReferenceCode.random().value()).statusCode()).isEqualTo(429);

		HttpResponse<String> list = browser.get("/staff/screenings?source=PHONE");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(mine.code().display()).doesNotContain("Too many codes");
		HttpResponse<String> confirmation = browser.get("/staff/screenings/" + mine.referenceCode() + "?saved");
		assertThat(confirmation.statusCode()).isEqualTo(200);
		assertThat(confirmation.body())
			.contains("The screening is saved. Its reference code is " + mine.code().display());
		HttpResponse<String> fromTheList = browser.get("/staff/screenings/" + listed.value());
		assertThat(fromTheList.statusCode()).isEqualTo(200);
		assertThat(fromTheList.body()).contains(listed.display());
		assertThat(browser.get("/staff/screenings/" + listed.value() + "/summary").statusCode()).isEqualTo(200);
		assertThat(browser.get("/staff/screenings/" + mine.referenceCode() + "/summary").statusCode()).isEqualTo(200);
		assertThat(browser.get("/staff/screenings/" + mine.referenceCode() + "/fhir").statusCode()).isEqualTo(200);
		// Found by its code before the limit: opened, so known.
		assertRedirect(browser.get("/staff/screenings/find?code=" + listed.display()),
				"/staff/screenings/" + listed.value());
	}

	@Test
	void aMalformedCodeGetsItsShapeAndDoesNotCount() {
		ReferenceCode real = this.records.saveOnline(Drafts.iop());
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));

		for (int i = 0; i < ScreeningRecords.MAX_FAILED_LOOKUPS + 2; i++) {
			HttpResponse<String> malformed = browser.get("/staff/screenings/find?code=ABCD");
			assertThat(malformed.statusCode()).isEqualTo(200);
			assertThat(malformed.body()).contains("That is not a reference code.")
				.contains("A code has 8 letters and numbers, like 7KQM-3XDA.");
		}
		assertThat(browser.get("/staff/screenings/ABCD").body()).contains("That is not a reference code.");

		HttpResponse<String> wellFormed = browser.get("/staff/screenings/find?code=" + ReferenceCode.random().value());
		assertThat(wellFormed.statusCode()).isEqualTo(200);
		assertThat(wellFormed.body()).contains("No screening has this code.");
		assertRedirect(browser.get("/staff/screenings/find?code=" + real.display()),
				"/staff/screenings/" + real.value());
	}

	@Test
	void aMalformedCodeIsToldItsShapeInSpanish() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));

		assertThat(browser.get("/staff/screenings/find?code=ABCD&lang=es").body())
			.contains("Eso no es un código de referencia.");
	}

	@Test
	void timesAreShownInTheStaffTimeZoneWithItsNameAndItsDaysFilterTheList() {
		// Half past eleven at night in UTC is half past midnight the next day in London
		// (screener.time-zone in the test configuration).
		this.clock.setTo(java.time.Instant.parse("2026-07-01T23:30:00Z"));
		var staff = account(StaffRole.ADMISSIONS);
		SavedScreening saved = this.records.savePhone(staff.getUsername(), Drafts.iop(), null, Set.of(), null);
		StaffClient browser = signedIn(staff);

		assertThat(browser.get("/staff/screenings/" + saved.referenceCode()).body())
			.contains("2026-07-02 00:30:00 BST");
		assertThat(browser.get("/staff/screenings/" + saved.referenceCode() + "/summary").body())
			.contains("2026-07-02 00:30:00 BST");
		assertThat(browser.get("/staff/screenings?from=2026-07-02&to=2026-07-02&source=PHONE").body())
			.contains(saved.code().display())
			.contains("2026-07-02 00:30:00 BST");
		assertThat(browser.get("/staff/screenings?from=2026-07-01&to=2026-07-01&source=PHONE").body())
			.doesNotContain(saved.code().display());
	}

	@Test
	void aRecordPageAndItsSummaryAreAuditedAndShowWhoOpenedThem() {
		SavedScreening screening = this.records.savePhone("someone", Drafts.seizures(), null, Set.of(), null);
		var staff = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(staff);

		String page = browser.get("/staff/screenings/" + screening.referenceCode()).body();
		String summary = browser.get("/staff/screenings/" + screening.referenceCode() + "/summary").body();

		assertThat(page).contains("Who has viewed this record").contains(staff.getUsername());
		assertThat(summary).contains("Summary of screening " + screening.code().display())
			.contains("Plain text to copy into your records")
			.contains("Confidential: a substance use disorder record under 42 CFR Part 2");
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM audit_entry WHERE record_kind = 'SCREENING' AND record_id = ? ORDER BY id",
				String.class, screening.id().toString()))
			.containsSubsequence("CREATED", "VIEWED", "EXPORTED");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE record_id LIKE '%SEIZURES%'",
				Integer.class))
			.isZero();
	}

	@Test
	void theListIsFilteredByLevelSourceAndDate() {
		SavedScreening phone = this.records.savePhone("someone", Drafts.seizures(), null, Set.of(), null);
		ReferenceCode online = this.records.saveOnline(Drafts.iop());
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));

		String inpatientPhone = browser.get("/staff/screenings?level=INPATIENT&source=PHONE").body();
		String iopOnline = browser.get("/staff/screenings?level=IOP&source=ONLINE").body();
		String tooOld = browser.get("/staff/screenings?to=2001-01-01").body();
		HttpResponse<String> badDate = browser.get("/staff/screenings?from=yesterday");

		assertThat(inpatientPhone).contains(phone.code().display()).doesNotContain(online.display());
		assertThat(iopOnline).contains(online.display()).doesNotContain(phone.code().display());
		assertThat(tooOld).contains("No screenings match.");
		assertThat(badDate.statusCode()).isEqualTo(200);
		assertThat(badDate.body()).contains("<a href=\"#from\">Enter a date like 2026-12-01</a>")
			.contains("value=\"yesterday\"");
	}

	@Test
	void aCallBackRequestGoesThroughItsStatesOldestFirstWithWhoAndWhen() {
		StaffClient person = browser();
		assertRedirect303(person.submit("/screening/call-back", "/screening/call-back",
				Map.of("firstName", "Queue Tester", "phone", "555-010-0111", "voicemail", "false", "consent", "yes")));
		long id = this.jdbc.queryForObject("SELECT MAX(id) FROM call_back_request", Long.class);
		var staff = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(staff);

		assertThat(browser.get("/staff/call-backs").body()).contains("Queue Tester");
		String request = browser.get("/staff/call-backs/" + id).body();
		assertThat(request).contains("May I speak with Queue Tester?")
			.contains("I will call back later.")
			.contains("42 CFR 2.13")
			.contains("data-status=\"NEW\"");

		assertRedirect(browser.submit("/staff/call-backs/" + id, "/staff/call-backs/" + id + "/contacted", Map.of()),
				"/staff/call-backs/" + id);
		assertThat(browser.get("/staff/call-backs/" + id).body()).contains("data-status=\"CONTACTED\"")
			.contains(staff.getUsername());
		assertThat(browser.get("/staff/call-backs?status=CONTACTED").body()).contains("Queue Tester");
		assertThat(browser.get("/staff/call-backs").body()).doesNotContain("Queue Tester");

		browser.submit("/staff/call-backs/" + id, "/staff/call-backs/" + id + "/close", Map.of());
		assertThat(browser.get("/staff/call-backs/" + id).body()).contains("data-status=\"CLOSED\"");
		assertThat(browser.get("/staff/call-backs?status=CLOSED").body()).contains("Queue Tester");
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM audit_entry WHERE record_kind = 'CALL_BACK' AND record_id = ? ORDER BY id",
				String.class, "" + id))
			.containsSubsequence("CREATED", "VIEWED", "CHANGED", "CHANGED");
	}

	@Test
	void theQueueListsTheOldestRequestFirst() {
		this.clock.setTo(java.time.Instant.parse("2026-01-02T10:00:00Z"));
		this.jdbc.update(
				"INSERT INTO call_back_request (requested_at, first_name, phone, voicemail_ok, language, "
						+ "status) VALUES (?, 'Later Person', '555-010-0002', FALSE, 'en', 'NEW')",
				java.time.OffsetDateTime.parse("2026-01-02T09:00:00Z"));
		this.jdbc.update(
				"INSERT INTO call_back_request (requested_at, first_name, phone, voicemail_ok, language, "
						+ "status) VALUES (?, 'Earlier Person', '555-010-0001', FALSE, 'en', 'NEW')",
				java.time.OffsetDateTime.parse("2026-01-01T09:00:00Z"));

		String queue = signedIn(account(StaffRole.ADMISSIONS)).get("/staff/call-backs").body();

		assertThat(queue.indexOf("Earlier Person")).isLessThan(queue.indexOf("Later Person"));
	}

	@Test
	void theReportShowsCountsOnly() {
		this.records.saveOnline(Drafts.iop());

		String report = signedIn(account(StaffRole.ADMISSIONS)).get("/staff/report").body();

		assertThat(report).contains("Admissions report")
			.contains("Call-backs waiting for a first contact")
			.contains("Median time to first contact")
			.doesNotContain("data-reference-code");
	}

	@Test
	void staffPagesOfRecordsNeedASignedInStaffMember() {
		StaffClient anonymous = browser();
		for (String page : List.of("/staff/screenings", "/staff/screenings/new", "/staff/call-backs",
				"/staff/report")) {
			HttpResponse<String> response = anonymous.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login");
		}
	}

	private static void assertRedirect303(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(303);
	}

}
