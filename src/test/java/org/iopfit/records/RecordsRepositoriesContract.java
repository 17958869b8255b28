package org.iopfit.records;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.iopfit.placement.Level;
import org.iopfit.placement.Rule;
import org.iopfit.placement.Severity;
import org.iopfit.staff.MutableClock;
import org.iopfit.retention.RetentionJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What saved screenings, notes, code look-ups, call-backs, retention and the report must
 * do on every database the app runs on, through the same migrations. Run by a subclass
 * per database.
 */
abstract class RecordsRepositoriesContract {

	@Autowired
	Flyway flyway;

	@Autowired
	ScreeningRecords records;

	@Autowired
	SavedScreenings screenings;

	@Autowired
	CallBacks callBacks;

	@Autowired
	AdmissionsReport report;

	@Autowired
	PhoneCalls calls;

	@Autowired
	RetentionJob retention;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
		// The retention runs here hold the job's lock by the clock they were set to.
		this.jdbc.update("UPDATE job_lock SET locked_until = ? WHERE name = 'retention'",
				java.sql.Timestamp.from(Instant.EPOCH));
	}

	@Test
	void theRecordsMigrationsAreApplied() {
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.flyway.info().applied()).extracting((migration) -> migration.getVersion().getVersion())
			.contains("3", "4");
	}

	@Test
	void anOnlineScreeningIsFoundByItsCodeWithItsAnswersAndSuggestion() {
		Instant at = Instant.parse("2026-03-01T10:15:30.123456Z");
		this.clock.setTo(at);

		ReferenceCode code = this.records.saveOnline(Drafts.seizures());

		SavedScreening found = this.records.lookUp("someone", code.display().toLowerCase()).screening();
		assertThat(found.source()).isEqualTo(Source.ONLINE);
		assertThat(found.draft()).isEqualTo(Drafts.seizures());
		assertThat(found.level()).isEqualTo(Level.INPATIENT);
		assertThat(found.decidedBy()).isEqualTo(Rule.R2);
		assertThat(found.severity()).isEqualTo(Severity.MODERATE);
		assertThat(found.rulesVersion()).isEqualTo("1.1");
		assertThat(found.createdAt()).isEqualTo(at);
		assertThat(found.staffUsername()).isNull();
		assertThat(found.emergency()).isFalse();
	}

	@Test
	void aPhoneScreeningKeepsTheCallTheCrisisActionsAndAnOverrideBesideTheSuggestion() {
		CallDetails call = new CallDetails(CallType.PROFESSIONAL, "J.R.", "555-0100", false, "Hospital social worker",
				Disposition.CALL_BACK, LocalDate.parse("2026-04-02"), Level.INPATIENT, "Lives alone, far from us");

		SavedScreening saved = this.records.savePhone("staffer", Drafts.iop(), call, Set.of(), null);
		SavedScreening crisis = this.records.savePhone("staffer", Drafts.crisis(),
				new CallDetails(CallType.SELF, null, null, null, null, null, null, null, null),
				Set.of(CrisisAction.STAYED_ON_LINE, CrisisAction.CONFERENCED_988), saved.code());

		SavedScreening found = this.screenings.findByReferenceCode(saved.referenceCode()).orElseThrow();
		assertThat(found.level()).isEqualTo(Level.IOP);
		assertThat(found.recordedLevel()).isEqualTo(Level.INPATIENT);
		assertThat(found.levelOnRecord()).isEqualTo(Level.INPATIENT);
		assertThat(found.overrideReason()).isEqualTo("Lives alone, far from us");
		assertThat(found.callType()).isEqualTo(CallType.PROFESSIONAL);
		assertThat(found.voicemailOk()).isFalse();
		assertThat(found.followUpDate()).isEqualTo(LocalDate.parse("2026-04-02"));
		assertThat(found.disposition()).isEqualTo(Disposition.CALL_BACK);
		SavedScreening emergency = this.screenings.findByReferenceCode(crisis.referenceCode()).orElseThrow();
		assertThat(emergency.emergency()).isTrue();
		assertThat(emergency.level()).isEqualTo(Level.EMERGENCY);
		assertThat(emergency.decidedBy()).isEqualTo(Rule.R1);
		assertThat(emergency.severity()).isNull();
		assertThat(emergency.crisisActionSet()).containsExactly(CrisisAction.STAYED_ON_LINE,
				CrisisAction.CONFERENCED_988);
		assertThat(emergency.basedOnCode()).isEqualTo(saved.referenceCode());
	}

	@Test
	void theDatabaseRefusesAnOverrideWithoutAReason() {
		SavedScreening saved = this.records.savePhone("staffer", Drafts.iop(), null, Set.of(), null);

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.update("UPDATE saved_screening SET recorded_level = 'INPATIENT' WHERE id = ?", saved.id()));
	}

	@Test
	void theDatabaseKeepsOneRecordPerCallWhateverIsSentTwice() {
		PhoneCall call = this.calls
			.start("staffer", PhoneCall.newId(), CallType.SELF, Drafts.iop(), null, PhoneCall.RESULT)
			.orElseThrow();
		CallDetails details = new CallDetails(CallType.SELF, "Ana", null, null, null, null, null, null, null);

		SavedScreening first = this.calls.finish("staffer", call, details);

		// A second save of the call that raced the first: the unique call id refuses it,
		// and nothing of it is left behind.
		int before = this.jdbc.queryForObject("SELECT COUNT(*) FROM saved_screening", Integer.class);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.calls.finish("staffer", call, details));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM saved_screening", Integer.class)).isEqualTo(before);
		assertThat(this.records.savedFromCall("staffer", call.id())).contains(first);
		assertThat(this.records.savedFromCall("someone else", call.id())).isEmpty();
		assertThat(this.calls.get("staffer", call.id())).isEmpty();
		SavedScreening other = this.records.savePhone("staffer", Drafts.iop(), null, Set.of(), null);
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.jdbc.update("UPDATE saved_screening SET call_id = ? WHERE id = ?", call.id(), other.id()));
	}

	@Test
	void aCallKeepsItsAnswersOpensTheCrisisWithThemAndIsPurgedADayAfterItsLastChange() {
		this.clock.setTo(Instant.parse("2026-05-01T10:00:00Z"));
		PhoneCall call = this.calls
			.start("staffer", PhoneCall.newId(), CallType.SOMEONE_ELSE,
					Drafts.iop().without(org.iopfit.questions.Step.LIFE), null, "life")
			.orElseThrow();
		assertThat(this.calls.start("someone else", call.id(), CallType.SELF, Drafts.iop(), null, "safety")).isEmpty();
		assertThat(this.calls.unfinished("staffer")).extracting(PhoneCall::id).contains(call.id());
		assertThat(this.calls.get("staffer", call.id()).orElseThrow().draft()).isEqualTo(call.draft());

		SavedScreening emergency = this.calls.openCrisis("staffer", call, call.draft());
		assertThat(this.calls.openCrisis("staffer", this.calls.get("staffer", call.id()).orElseThrow(), call.draft()))
			.isEqualTo(emergency);
		PhoneCall onProtocol = this.calls.get("staffer", call.id()).orElseThrow();
		assertThat(onProtocol.inCrisis()).isTrue();
		this.calls.closeCrisis("staffer", onProtocol, emergency,
				new CallDetails(CallType.SOMEONE_ELSE, null, "555-0100", null, null, null, null, null, null),
				Set.of(CrisisAction.DIALED_911), "Bus shelter, 5th and Main");
		SavedScreening found = this.screenings.findByReferenceCode(emergency.referenceCode()).orElseThrow();
		assertThat(found.emergency()).isTrue();
		assertThat(found.draft()).isEqualTo(call.draft());
		assertThat(found.callerLocation()).isEqualTo("Bus shelter, 5th and Main");
		assertThat(found.crisisActionSet()).containsExactly(CrisisAction.DIALED_911);
		assertThat(found.callbackPhone()).isEqualTo("555-0100");

		// Kept a day after its last change: one left since the day before goes, one
		// changed this morning stays.
		PhoneCall old = this.calls
			.start("staffer", PhoneCall.newId(), CallType.SELF, Drafts.iop(), null, PhoneCall.RESULT)
			.orElseThrow();
		this.clock.setTo(Instant.parse("2026-05-02T09:00:00Z"));
		PhoneCall kept = this.calls
			.start("staffer", PhoneCall.newId(), CallType.SELF, Drafts.iop(), null, PhoneCall.RESULT)
			.orElseThrow();
		this.clock.setTo(Instant.parse("2026-05-02T10:30:00Z"));
		this.retention.run();

		assertThat(this.calls.get("staffer", old.id())).isEmpty();
		assertThat(this.calls.get("staffer", kept.id())).isPresent();
	}

	@Test
	void aWithdrawnEmergencyStaysMarkedAndGivesItsCallUp() {
		PhoneCall call = this.calls.start("staffer", PhoneCall.newId(), CallType.SELF, Drafts.crisis(), null, "safety")
			.orElseThrow();
		SavedScreening emergency = this.calls.openCrisis("staffer", call, call.draft());

		PhoneCall goesOn = this.calls.withdrawCrisis("staffer", this.calls.get("staffer", call.id()).orElseThrow(),
				emergency, "Misheard the caller");

		assertThat(goesOn.step()).isEqualTo("safety");
		assertThat(goesOn.draft().anyCrisis()).isFalse();
		SavedScreening found = this.screenings.findByReferenceCode(emergency.referenceCode()).orElseThrow();
		assertThat(found.withdrawnReason()).isEqualTo("Misheard the caller");
		assertThat(found.callId()).isNull();
		assertThat(this.records.savedFromCall("staffer", call.id())).isEmpty();
	}

	@Test
	void notesAreAddedInOrderAndACorrectionPointsAtTheOldNote() {
		SavedScreening saved = this.records.savePhone("staffer", Drafts.iop(), null, Set.of(), null);
		ScreeningNote first = this.records.addNote("staffer", saved, "Calls back on Monday", null);

		ScreeningNote correction = this.records.addNote("other", saved, "Tuesday, not Monday", first.id());

		assertThat(this.records.notesOf(saved)).extracting(ScreeningNote::text, ScreeningNote::correctsNoteId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Calls back on Monday", null),
					org.assertj.core.groups.Tuple.tuple("Tuesday, not Monday", first.id()));
		assertThat(correction.author()).isEqualTo("other");
	}

	@Test
	void lookingUpUnknownCodesIsLimitedPerStaffMemberAndTheLimitPasses() {
		ReferenceCode code = this.records.saveOnline(Drafts.iop());
		Instant start = Instant.parse("2031-01-06T09:00:00Z");
		this.clock.setTo(start);
		for (int i = 0; i < ScreeningRecords.MAX_FAILED_LOOKUPS; i++) {
			assertThat(this.records.lookUp("guesser", ReferenceCode.random().value()).outcome())
				.isEqualTo(ScreeningRecords.Lookup.Outcome.NOT_FOUND);
		}

		assertThat(this.records.lookUp("guesser", code.value()).outcome())
			.isEqualTo(ScreeningRecords.Lookup.Outcome.LIMITED);
		assertThat(this.records.lookUp("someone-else", code.value()).outcome())
			.isEqualTo(ScreeningRecords.Lookup.Outcome.FOUND);

		this.clock.setTo(start.plus(ScreeningRecords.LOOKUP_WINDOW).plusSeconds(1));
		assertThat(this.records.lookUp("guesser", code.value()).outcome())
			.isEqualTo(ScreeningRecords.Lookup.Outcome.FOUND);
	}

	@Test
	void aCallBackGoesFromNewToContactedToClosedWithWhoAndWhen() {
		Instant asked = Instant.parse("2026-05-04T08:00:00Z");
		this.clock.setTo(asked);
		CallBackRequest request = this.callBacks.request(" Ana ", "555-0199", "mornings", true, "es");
		assertThat(this.callBacks.queue("staffer", CallBackStatus.NEW)).extracting(CallBackRequest::id)
			.contains(request.id());

		this.clock.setTo(asked.plusSeconds(3600));
		assertThat(this.callBacks.contacted("staffer", request.id())).isTrue();
		assertThat(this.callBacks.contacted("other", request.id())).isFalse();
		this.clock.setTo(asked.plusSeconds(7200));
		assertThat(this.callBacks.close("other", request.id())).isTrue();

		CallBackRequest closed = this.callBacks.open("other", request.id()).orElseThrow();
		assertThat(closed.firstName()).isEqualTo("Ana");
		assertThat(closed.status()).isEqualTo(CallBackStatus.CLOSED);
		assertThat(closed.contactedAt()).isEqualTo(asked.plusSeconds(3600));
		assertThat(closed.contactedBy()).isEqualTo("staffer");
		assertThat(closed.closedAt()).isEqualTo(asked.plusSeconds(7200));
		assertThat(closed.closedBy()).isEqualTo("other");
		assertThat(this.callBacks.close("other", request.id())).isFalse();
	}

	@Test
	void retentionDeletesOldScreeningsWithTheirNotesAndOldCallBacks() {
		Instant old = Instant.parse("2020-02-01T00:00:00Z");
		this.clock.setTo(old);
		SavedScreening screening = this.records.savePhone("staffer", Drafts.iop(), null, Set.of(), null);
		this.records.addNote("staffer", screening, "A note", null);
		CallBackRequest request = this.callBacks.request("Bo", "555-0101", null, false, "en");
		this.clock.setTo(old.plus(Duration.ofDays(29)));
		SavedScreening recent = this.records.savePhone("staffer", Drafts.iop(), null, Set.of(), null);

		this.clock.setTo(old.plus(Duration.ofDays(31)));
		this.retention.run();

		assertThat(this.screenings.findByReferenceCode(screening.referenceCode())).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM screening_note WHERE screening_id = ?", Integer.class,
				screening.id()))
			.isZero();
		assertThat(this.callBacks.open("staffer", request.id())).isEmpty();
		assertThat(this.screenings.findByReferenceCode(recent.referenceCode())).isPresent();
		// Each deleted screening is on record by its id, deleted by no one signed in.
		assertThat(this.jdbc
			.queryForList("SELECT record_id FROM audit_entry WHERE action = 'DELETED' AND record_kind = 'SCREENING'"
					+ " AND actor IS NULL AND record_id IS NOT NULL", String.class))
			.contains(screening.id().toString())
			.doesNotContain(recent.id().toString());
	}

	@Test
	void theReportCountsKnownDataByWeekLevelAndSource() {
		this.jdbc.update("DELETE FROM saved_screening");
		this.jdbc.update("DELETE FROM call_back_request");
		Instant monday = Instant.parse("2032-03-01T09:00:00Z");
		// Last week: two online IOPs, one phone screening recorded as inpatient.
		this.clock.setTo(monday.minus(Duration.ofDays(6)));
		this.records.saveOnline(Drafts.iop());
		this.records.saveOnline(Drafts.iop());
		this.records.savePhone("staffer", Drafts.iop(),
				new CallDetails(null, null, null, null, null, null, null, Level.INPATIENT, "Needs a safe place"),
				Set.of(), null);
		// This week: one phone emergency.
		this.clock.setTo(monday.plusSeconds(60));
		this.records.savePhone("staffer", Drafts.crisis(), null, Set.of(CrisisAction.DIALED_911), null);
		// Call-backs contacted after 1 h, 2 h and 6 h; two waiting.
		long[] hours = { 1, 2, 6 };
		for (long wait : hours) {
			this.clock.setTo(monday);
			long id = this.callBacks.request("A", "555-0102", null, false, "en").id();
			this.clock.setTo(monday.plus(Duration.ofHours(wait)));
			this.callBacks.contacted("staffer", id);
		}
		this.clock.setTo(monday);
		this.callBacks.request("B", "555-0103", null, false, "en");
		this.callBacks.request("C", "555-0104", null, false, "en");
		this.clock.setTo(monday.plus(Duration.ofDays(2)));

		AdmissionsReport.Report counts = this.report.report("lead", 2);

		assertThat(counts.weeks()).extracting(AdmissionsReport.Week::start)
			.containsExactly(LocalDate.parse("2032-02-23"), LocalDate.parse("2032-03-01"));
		AdmissionsReport.Week last = counts.weeks().get(0);
		assertThat(last.count(Level.IOP, Source.ONLINE)).isEqualTo(2);
		assertThat(last.count(Level.INPATIENT, Source.PHONE)).isEqualTo(1);
		assertThat(last.count(Level.IOP, Source.PHONE)).isZero();
		assertThat(last.total()).isEqualTo(3);
		assertThat(counts.weeks().get(1).count(Level.EMERGENCY, Source.PHONE)).isEqualTo(1);
		assertThat(counts.weeks().get(1).total()).isEqualTo(1);
		assertThat(counts.callBacksWaiting()).isEqualTo(2);
		assertThat(counts.medianToFirstContact()).isEqualTo(Duration.ofHours(2));
		assertThat(counts.contacted()).isEqualTo(3);
	}

	@Test
	void theReportsWeeksAreWeeksWhereTheStaffAre() {
		// Sunday 23:30 in UTC is Monday 00:30 in London (summer time).
		this.clock.setTo(Instant.parse("2034-07-09T23:30:00Z"));
		this.records.savePhone("staffer", Drafts.iop(), null, Set.of(), null);

		AdmissionsReport.Report london = this.report.report("lead", 2, java.time.ZoneId.of("Europe/London"));
		AdmissionsReport.Report utc = this.report.report("lead", 2, java.time.ZoneOffset.UTC);

		assertThat(london.weeks()).extracting(AdmissionsReport.Week::start)
			.containsExactly(LocalDate.parse("2034-07-03"), LocalDate.parse("2034-07-10"));
		assertThat(london.weeks().get(1).total()).isEqualTo(1);
		assertThat(london.weeks().get(0).total()).isZero();
		assertThat(utc.weeks()).extracting(AdmissionsReport.Week::start)
			.containsExactly(LocalDate.parse("2034-06-26"), LocalDate.parse("2034-07-03"));
		assertThat(utc.weeks().get(1).total()).isEqualTo(1);
	}

}
