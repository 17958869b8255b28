package org.iopfit.records;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;
import org.iopfit.placement.Level;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Recommendation;
import org.iopfit.placement.Rule;
import org.iopfit.questions.Draft;
import org.iopfit.retention.RetentionProperties;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves screenings and finds them again: an online screening a person chose to keep, a
 * phone screening staff finished. Every save, look-up, view and note is audited with the
 * record's id, never its answers. Looking a code up is limited per staff member, counted
 * in the database so that every instance applies the same limit.
 */
@Service
public class ScreeningRecords {

	/** Codes not found that a staff member may look up in {@link #LOOKUP_WINDOW}. */
	public static final int MAX_FAILED_LOOKUPS = 10;

	/** The window the failed look-ups are counted in. */
	public static final Duration LOOKUP_WINDOW = Duration.ofMinutes(15);

	private static final int RECENT = 200;

	private final SavedScreenings screenings;

	private final ScreeningNotes notes;

	private final PlacementRules rules;

	private final AuditLog audit;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int retentionDays;

	ScreeningRecords(SavedScreenings screenings, ScreeningNotes notes, PlacementRules rules, AuditLog audit,
			JdbcTemplate jdbc, Clock clock, RetentionProperties properties) {
		this.screenings = screenings;
		this.notes = notes;
		this.rules = rules;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.retentionDays = properties.retentionDays();
	}

	/** Days a saved screening, its code and a call-back request are kept. */
	public int retentionDays() {
		return this.retentionDays;
	}

	/**
	 * Keeps a person's own online screening, with no identity, under a new code.
	 * @param answers complete answers, or answers up to a crisis answer
	 * @return the code to quote
	 */
	@Transactional
	public ReferenceCode saveOnline(Draft answers) {
		SavedScreening saved = save(answers, Source.ONLINE, null, null, Set.of(), null, null, false);
		this.audit.record(null, AuditAction.CREATED, RecordKind.SCREENING, saved.id());
		return saved.code();
	}

	/**
	 * Saves a phone screening.
	 * @param staff who screened the caller
	 * @param answers complete answers, or answers up to a crisis answer
	 * @param call the call's details
	 * @param crisisActions what was done in a crisis, empty for none
	 * @param basedOn the online screening it was confirmed from, or {@code null}
	 * @return the saved screening
	 */
	@Transactional
	public SavedScreening savePhone(String staff, Draft answers, CallDetails call, Set<CrisisAction> crisisActions,
			ReferenceCode basedOn) {
		return savePhone(staff, answers, call, crisisActions, basedOn, null, false);
	}

	/**
	 * Saves a phone screening from a call, or as an emergency at once when the worker
	 * opens the crisis protocol (with every answer given so far, complete or not).
	 * @param staff who screened the caller
	 * @param answers the answers
	 * @param call the call's details
	 * @param crisisActions what was done in a crisis, empty for none
	 * @param basedOn the online screening it was confirmed from, or {@code null}
	 * @param callId the call it ends, unique among saved screenings, or {@code null}
	 * @param emergency whether it is saved as an emergency whatever the answers
	 * @return the saved screening
	 * @throws org.springframework.dao.DataIntegrityViolationException when a record of
	 * this call is already saved (read it back with {@link #savedFromCall})
	 */
	@Transactional
	public SavedScreening savePhone(String staff, Draft answers, CallDetails call, Set<CrisisAction> crisisActions,
			ReferenceCode basedOn, String callId, boolean emergency) {
		SavedScreening saved = save(answers, Source.PHONE, staff, call, crisisActions, basedOn, callId, emergency);
		this.audit.record(staff, AuditAction.CREATED, RecordKind.SCREENING, saved.id());
		return saved;
	}

	/**
	 * The record a call was saved as, if it was, for the worker who made it.
	 * @param staff the worker
	 * @param callId the call
	 * @return the record
	 */
	@Transactional(readOnly = true)
	public Optional<SavedScreening> savedFromCall(String staff, String callId) {
		return this.screenings.findByCallIdAndStaffUsername(callId, staff);
	}

	/**
	 * Records on an emergency record what the worker did and where the caller is, typed
	 * on the crisis protocol after the record was saved. Only the worker who saved it,
	 * and only an emergency: every other record is never changed.
	 * @param staff the worker
	 * @param emergency the emergency record
	 * @param call the call's details
	 * @param crisisActions what was done
	 * @param location where the caller is, or {@code null}
	 */
	@Transactional
	public void recordCrisis(String staff, SavedScreening emergency, CallDetails call, Set<CrisisAction> crisisActions,
			String location) {
		String place = (location == null || location.isBlank()) ? null : location.strip();
		if (place != null && !TypedText.isCleanText(place)) {
			throw new IllegalArgumentException("A location has no control or format characters");
		}
		String actions = crisisActions.isEmpty() ? null
				: crisisActions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		int changed = this.jdbc.update(
				"UPDATE saved_screening SET crisis_actions = ?, caller_location = ?, caller_name = ?, callback_phone = ?,"
						+ " voicemail_ok = ?, referral_source = ?, disposition = ?, follow_up_date = ?"
						+ " WHERE id = ? AND staff_username = ? AND emergency = TRUE AND withdrawn_reason IS NULL",
				actions, place, call.callerName(), call.callbackPhone(), call.voicemailOk(), call.referralSource(),
				(call.disposition() != null) ? call.disposition().name() : null, call.followUpDate(), emergency.id(),
				staff);
		if (changed == 1) {
			this.audit.record(staff, AuditAction.CHANGED, RecordKind.SCREENING, emergency.id(), "crisis protocol");
		}
	}

	/**
	 * Marks an emergency record as opened by mistake, with the worker's reason. The
	 * record stays (it was saved, and who saw what is on record); it gives its call up,
	 * so the call can go on and be saved once.
	 * @param staff the worker who saved it
	 * @param emergency the emergency record
	 * @param reason why
	 */
	@Transactional
	public void withdraw(String staff, SavedScreening emergency, String reason) {
		if (!TypedText.isCleanText(reason) || reason.isBlank()) {
			throw new IllegalArgumentException("A reason, with no control or format characters");
		}
		int changed = this.jdbc.update(
				"UPDATE saved_screening SET withdrawn_reason = ?, call_id = NULL"
						+ " WHERE id = ? AND staff_username = ? AND emergency = TRUE AND withdrawn_reason IS NULL",
				reason.strip(), emergency.id(), staff);
		if (changed == 1) {
			this.audit.record(staff, AuditAction.CHANGED, RecordKind.SCREENING, emergency.id(), "withdrawn");
		}
	}

	/**
	 * The rules' suggestion for answers a screening may be saved with.
	 * @param answers complete answers, or answers with a crisis answer
	 * @return the suggestion, or empty for an emergency stopped at the safety questions
	 */
	public Optional<Recommendation> recommend(Draft answers) {
		if (answers.isComplete()) {
			return Optional.of(this.rules.recommend(answers.toAnswers()));
		}
		if (answers.anyCrisis()) {
			return Optional.empty();
		}
		throw new IllegalArgumentException("Not every question is answered");
	}

	private SavedScreening save(Draft answers, Source source, String staff, CallDetails call,
			Set<CrisisAction> crisisActions, ReferenceCode basedOn, String callId, boolean emergency) {
		// The crisis control opens the protocol from any page: the record is an emergency
		// whatever has been answered, and keeps every answer given so far.
		Optional<Recommendation> recommendation = emergency ? Optional.empty() : recommend(answers);
		Level level = recommendation.map(Recommendation::level).orElse(Level.EMERGENCY);
		Rule rule = recommendation.map(Recommendation::decidedBy).orElse(Rule.R1);
		CallDetails details = (call != null) ? call
				: new CallDetails(null, null, null, null, null, null, null, null, null);
		String actions = crisisActions.isEmpty() ? null
				: crisisActions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		for (int attempt = 1;; attempt++) {
			ReferenceCode code = ReferenceCode.random();
			try {
				return this.screenings.save(new SavedScreening(null, code.value(), source, this.clock.instant(), staff,
						answers.toBytes(), level, rule, recommendation.map(Recommendation::severity).orElse(null),
						PlacementRules.VERSION, emergency || answers.anyCrisis(), actions, details.callType(),
						details.callerName(), details.callbackPhone(), details.voicemailOk(), details.referralSource(),
						details.disposition(), details.followUpDate(), details.recordedLevel(),
						details.overrideReason(), (basedOn != null) ? basedOn.value() : null, callId, null, null));
			}
			catch (DuplicateKeyException ex) {
				// A second save of one call: no new code helps; the caller reads it back.
				if (callId != null && String.valueOf(ex.getMostSpecificCause().getMessage())
					.toUpperCase(java.util.Locale.ROOT)
					.contains("SAVED_SCREENING_CALL_UNIQUE")) {
					throw ex;
				}
				// 40 random bits: a clash is rare; a few new draws settle it.
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Looks up a code a staff member typed or followed, and records that they did. See
	 * {@link #lookUp(String, String, AuditAction, Set)} for the limit.
	 * @param staff who looks
	 * @param typed the code as typed
	 * @return what was found
	 */
	@Transactional
	public Lookup lookUp(String staff, String typed) {
		return lookUp(staff, typed, AuditAction.VIEWED, Set.of());
	}

	/**
	 * Looks up a code as {@link #lookUp(String, String)} does, for something other than
	 * opening the record: that action is audited in its place.
	 * @param staff who looks
	 * @param typed the code as typed or followed
	 * @param action what is audited when it is found, or {@code null} for nothing (the
	 * caller audits what it does)
	 * @return what was found
	 */
	@Transactional
	public Lookup lookUp(String staff, String typed, AuditAction action) {
		return lookUp(staff, typed, action, Set.of());
	}

	/**
	 * Looks up a code a staff member typed or followed. Only a well-formed code that is
	 * not found counts against the limit: a malformed one is answered with the expected
	 * shape and costs nothing, and opening a record that exists is audited anyway. Once a
	 * staff member has looked up {@link #MAX_FAILED_LOOKUPS} codes that do not exist
	 * within {@link #LOOKUP_WINDOW}, look-ups by code are refused until the window has
	 * passed, except of records already known to them: one they saved, one they opened
	 * before, one a list showed them. A typed address and a followed link are the same
	 * GET, so it is what the code names, not how it came, that decides; and over the
	 * limit an unknown record that exists is refused exactly as a code that does not
	 * exist, so the refusal tells a guesser nothing.
	 * @param staff who looks
	 * @param typed the code as typed or followed
	 * @param action what is audited when it is found, or {@code null} for nothing (the
	 * caller audits what it does)
	 * @param listed the codes (canonical, as {@link ReferenceCode#value()}) that lists
	 * showed this staff member
	 * @return what was found
	 */
	@Transactional
	public Lookup lookUp(String staff, String typed, AuditAction action, Set<String> listed) {
		Optional<ReferenceCode> code = ReferenceCode.parse(typed);
		if (code.isEmpty()) {
			return new Lookup(Lookup.Outcome.MALFORMED, null);
		}
		Instant now = this.clock.instant();
		Optional<SavedScreening> found = this.screenings.findByReferenceCode(code.get().value());
		if (failedLookUps(staff, now) >= MAX_FAILED_LOOKUPS
				&& !found.filter((screening) -> isKnownTo(staff, screening, listed)).isPresent()) {
			return new Lookup(Lookup.Outcome.LIMITED, null);
		}
		this.jdbc.update("INSERT INTO code_lookup (staff_username, looked_at, found) VALUES (?, ?, ?)", staff,
				java.time.OffsetDateTime.ofInstant(now, ZoneOffset.UTC), found.isPresent());
		if (found.isEmpty()) {
			this.audit.record(staff, AuditAction.SEARCHED, RecordKind.SCREENING, null);
			return new Lookup(Lookup.Outcome.NOT_FOUND, null);
		}
		if (action != null) {
			this.audit.record(staff, action, RecordKind.SCREENING, found.get().id());
		}
		return new Lookup(Lookup.Outcome.FOUND, found.get());
	}

	private int failedLookUps(String staff, Instant now) {
		Integer failed = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM code_lookup WHERE staff_username = ? AND found = FALSE AND looked_at > ?",
				Integer.class, staff, java.time.OffsetDateTime.ofInstant(now.minus(LOOKUP_WINDOW), ZoneOffset.UTC));
		return (failed != null) ? failed : 0;
	}

	private boolean isKnownTo(String staff, SavedScreening screening, Set<String> listed) {
		return staff.equals(screening.staffUsername()) || listed.contains(screening.referenceCode())
				|| this.audit.viewsOf(RecordKind.SCREENING, screening.id())
					.stream()
					.anyMatch((view) -> staff.equals(view.actor()));
	}

	/**
	 * The notes of a screening, oldest first.
	 * @param screening the screening
	 * @return its notes
	 */
	@Transactional(readOnly = true)
	public List<ScreeningNote> notesOf(SavedScreening screening) {
		return this.notes.findByScreeningIdOrderByWrittenAtAscIdAsc(screening.id());
	}

	/**
	 * Adds a note.
	 * @param staff who writes it
	 * @param screening the screening
	 * @param text the note
	 * @param corrects the id of a note of the same screening it corrects, or {@code null}
	 * @return the note
	 * @throws IllegalArgumentException when the corrected note is not one of this
	 * screening's
	 */
	@Transactional
	public ScreeningNote addNote(String staff, SavedScreening screening, String text, Long corrects) {
		if (!TypedText.isCleanText(text)) {
			throw new IllegalArgumentException("A note has no control or format characters but line breaks");
		}
		if (corrects != null && notesOf(screening).stream().noneMatch((note) -> note.id().equals(corrects))) {
			throw new IllegalArgumentException("Not a note of this screening");
		}
		ScreeningNote note = this.notes
			.save(new ScreeningNote(null, screening.id(), this.clock.instant(), staff, text.strip(), corrects));
		this.audit.record(staff, AuditAction.CHANGED, RecordKind.SCREENING, screening.id());
		return note;
	}

	/**
	 * The most recent screenings, newest first, filtered.
	 * @param staff who asks (the listing is audited)
	 * @param filter what to list
	 * @return at most 200 screenings
	 */
	// Not read-only: it writes its audit entry.
	@Transactional
	public List<SavedScreening> recent(String staff, Filter filter) {
		StringBuilder sql = new StringBuilder("SELECT reference_code FROM saved_screening WHERE 1 = 1");
		List<Object> args = new ArrayList<>();
		if (filter.from() != null) {
			sql.append(" AND created_at >= ?");
			args.add(filter.from().atStartOfDay(filter.zone()).toOffsetDateTime());
		}
		if (filter.to() != null) {
			sql.append(" AND created_at < ?");
			args.add(filter.to().plusDays(1).atStartOfDay(filter.zone()).toOffsetDateTime());
		}
		if (filter.level() != null) {
			sql.append(" AND COALESCE(recorded_level, level) = ?");
			args.add(filter.level().name());
		}
		if (filter.source() != null) {
			sql.append(" AND source = ?");
			args.add(filter.source().name());
		}
		sql.append(" ORDER BY created_at DESC, id DESC FETCH FIRST " + RECENT + " ROWS ONLY");
		this.audit.record(staff, AuditAction.SEARCHED, RecordKind.SCREENING, null);
		return this.jdbc.queryForList(sql.toString(), String.class, args.toArray())
			.stream()
			.map(this.screenings::findByReferenceCode)
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * What to list.
	 *
	 * @param from the first day, or {@code null}
	 * @param to the last day, or {@code null}
	 * @param level the level on record, or {@code null} for any
	 * @param source phone or online, or {@code null} for both
	 * @param zone where the days are days: the staff's time zone
	 */
	public record Filter(LocalDate from, LocalDate to, Level level, Source source, ZoneId zone) {

		public static final Filter ALL = new Filter(null, null, null, null);

		/** Days in UTC. */
		public Filter(LocalDate from, LocalDate to, Level level, Source source) {
			this(from, to, level, source, ZoneOffset.UTC);
		}

	}

	/**
	 * What looking a code up gave.
	 *
	 * @param outcome found, not found, refused, or not a code
	 * @param screening the screening when found
	 */
	public record Lookup(Outcome outcome, SavedScreening screening) {

		/** What happened. */
		public enum Outcome {

			/** The record. */
			FOUND,
			/** A well-formed code that names no record: it counts against the limit. */
			NOT_FOUND,
			/** Refused: too many codes not found in the window. */
			LIMITED,
			/** Not the shape of a code at all: a typing slip, which does not count. */
			MALFORMED

		}

	}

}
