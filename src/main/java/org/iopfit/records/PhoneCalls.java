package org.iopfit.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Step;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phone calls in progress, one row each, opened only by the worker who started them and
 * audited like the records they become (created, opened, changed, ended, purged). A call
 * ends in the same transaction as the record it is saved as, and the record's unique call
 * id makes a second save of it fail rather than make a second record.
 */
@Service
public class PhoneCalls {

	private static final String COLUMNS = "id, staff_username, call_type, answers, based_on_code, step, created_at,"
			+ " updated_at";

	private final JdbcTemplate jdbc;

	private final ScreeningRecords records;

	private final AuditLog audit;

	private final Clock clock;

	PhoneCalls(JdbcTemplate jdbc, ScreeningRecords records, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Starts a call under the id its start page drew, so that a second post of the same
	 * page (a double click) finds the call the first one started.
	 * @param staff the worker
	 * @param id from {@link PhoneCall#newId()}
	 * @param callType who is calling about whom
	 * @param answers the answers to start from (the respondent, or an online screening's)
	 * @param basedOn the online screening being confirmed, or {@code null}
	 * @param step the page to go on with
	 * @return the call, or empty when the id is another worker's
	 */
	@Transactional
	public Optional<PhoneCall> start(String staff, String id, CallType callType, Draft answers, ReferenceCode basedOn,
			String step) {
		if (!PhoneCall.isId(id)) {
			throw new IllegalArgumentException("Not a call id");
		}
		Optional<PhoneCall> existing = find(id);
		if (existing.isPresent()) {
			return owned(staff, existing);
		}
		OffsetDateTime now = now();
		this.jdbc.update("INSERT INTO phone_call (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, staff,
				callType.name(), answers.toBytes(), (basedOn != null) ? basedOn.value() : null, step, now, now);
		this.audit.record(staff, AuditAction.CREATED, RecordKind.CALL, id);
		return find(id);
	}

	/**
	 * A call its worker opens (audited as viewed); another worker's, or one that has
	 * ended, is not found (audited as a search, like a code that does not exist).
	 * @param staff the worker
	 * @param id the call's id as it came in
	 * @return the call
	 */
	@Transactional
	public Optional<PhoneCall> open(String staff, String id) {
		Optional<PhoneCall> call = owned(staff, PhoneCall.isId(id) ? find(id) : Optional.empty());
		call.ifPresent((found) -> this.audit.record(staff, AuditAction.VIEWED, RecordKind.CALL, found.id()));
		return call;
	}

	/**
	 * A call its worker is about to change, found as {@link #open} finds it; the change
	 * is audited.
	 * @param staff the worker
	 * @param id the call's id as it came in
	 * @return the call
	 */
	@Transactional
	public Optional<PhoneCall> get(String staff, String id) {
		return owned(staff, PhoneCall.isId(id) ? find(id) : Optional.empty());
	}

	/**
	 * Keeps the answers of a page, who is calling and the page to go on with.
	 * @param staff the worker
	 * @param call the call
	 * @param callType who is calling about whom
	 * @param answers every answer so far
	 * @param step the page to go on with
	 * @return the call as kept
	 */
	@Transactional
	public PhoneCall save(String staff, PhoneCall call, CallType callType, Draft answers, String step) {
		this.jdbc.update(
				"UPDATE phone_call SET call_type = ?, answers = ?, step = ?, updated_at = ? WHERE id = ? AND staff_username = ?",
				callType.name(), answers.toBytes(), step, now(), call.id(), staff);
		this.audit.record(staff, AuditAction.CHANGED, RecordKind.CALL, call.id());
		return find(call.id()).orElseThrow();
	}

	/**
	 * The worker's calls not saved or discarded yet, oldest first.
	 * @param staff the worker
	 * @return their calls
	 */
	@Transactional
	public List<PhoneCall> unfinished(String staff) {
		List<PhoneCall> calls = this.jdbc.query(
				"SELECT " + COLUMNS + " FROM phone_call WHERE staff_username = ? ORDER BY created_at, id", this::row,
				staff);
		if (!calls.isEmpty()) {
			this.audit.record(staff, AuditAction.SEARCHED, RecordKind.CALL, null);
		}
		return calls;
	}

	/**
	 * Discards a call and its answers; nothing is saved.
	 * @param staff the worker
	 * @param call the call
	 */
	@Transactional
	public void discard(String staff, PhoneCall call) {
		if (this.jdbc.update("DELETE FROM phone_call WHERE id = ? AND staff_username = ?", call.id(), staff) == 1) {
			this.audit.record(staff, AuditAction.DELETED, RecordKind.CALL, call.id(), "discarded");
		}
	}

	/**
	 * Saves the call as a record and ends it, in one transaction.
	 * @param staff the worker
	 * @param call the call, every question answered
	 * @param details the call record
	 * @return the record
	 * @throws org.springframework.dao.DataIntegrityViolationException when the call was
	 * saved already (a second submit that raced the first): read it back with
	 * {@link ScreeningRecords#savedFromCall}
	 */
	@Transactional
	public SavedScreening finish(String staff, PhoneCall call, CallDetails details) {
		SavedScreening saved = this.records.savePhone(staff, call.draft(), details, Set.of(), basedOn(call), call.id(),
				false);
		end(staff, call, saved);
		return saved;
	}

	/**
	 * Opens the crisis protocol: saves the emergency record at once, with every answer
	 * given so far, before anything else can go wrong (a timeout, a dropped call). The
	 * call stays open on the protocol, for what was done and where the caller is.
	 * @param staff the worker
	 * @param call the call
	 * @param answers every answer given so far, the page's own included
	 * @return the emergency record (the one already saved, when the protocol was open)
	 */
	@Transactional
	public SavedScreening openCrisis(String staff, PhoneCall call, Draft answers) {
		Optional<SavedScreening> open = this.records.savedFromCall(staff, call.id());
		if (open.isEmpty()) {
			open = Optional.of(this.records.savePhone(staff, answers,
					new CallDetails(call.callType(), null, null, null, null, null, null, null, null), Set.of(),
					basedOn(call), call.id(), true));
		}
		save(staff, call, call.callType(), answers, PhoneCall.CRISIS);
		return open.get();
	}

	/**
	 * Records what was done and where the caller is on the emergency record, and ends the
	 * call.
	 * @param staff the worker
	 * @param call the call, on its protocol
	 * @param emergency its emergency record
	 * @param details the call record
	 * @param actions what was done
	 * @param location where the caller is, or {@code null}
	 */
	@Transactional
	public void closeCrisis(String staff, PhoneCall call, SavedScreening emergency, CallDetails details,
			Set<CrisisAction> actions, String location) {
		this.records.recordCrisis(staff, emergency, details, actions, location);
		end(staff, call, emergency);
	}

	/**
	 * Leaves the protocol for the questions, the crisis having been chosen by mistake:
	 * the emergency record stays, marked withdrawn with the reason, and the call goes on
	 * from the first page not answered. A "yes" to a safety question is cleared with the
	 * rest of that page, to be asked again.
	 * @param staff the worker
	 * @param call the call, on its protocol
	 * @param emergency its emergency record
	 * @param reason why
	 * @return the call as it goes on
	 */
	@Transactional
	public PhoneCall withdrawCrisis(String staff, PhoneCall call, SavedScreening emergency, String reason) {
		this.records.withdraw(staff, emergency, reason);
		Draft answers = call.draft().anyCrisis() ? call.draft().without(Step.SAFETY) : call.draft();
		String step = answers.firstIncompleteBefore(null)
			.map((page) -> (page == Step.WHO) ? Step.SAFETY : page)
			.map(Step::slug)
			.orElse(PhoneCall.RESULT);
		return save(staff, call, call.callType(), answers, step);
	}

	int deleteOlderThan(Instant cutoff) {
		return this.jdbc.update("DELETE FROM phone_call WHERE updated_at < ?", at(cutoff));
	}

	List<String> idsOlderThan(Instant cutoff) {
		return this.jdbc.queryForList("SELECT id FROM phone_call WHERE updated_at < ? ORDER BY id", String.class,
				at(cutoff));
	}

	private void end(String staff, PhoneCall call, SavedScreening saved) {
		this.jdbc.update("DELETE FROM phone_call WHERE id = ? AND staff_username = ?", call.id(), staff);
		this.audit.record(staff, AuditAction.DELETED, RecordKind.CALL, call.id(), "saved as screening " + saved.id());
	}

	private Optional<PhoneCall> owned(String staff, Optional<PhoneCall> call) {
		if (call.isPresent() && call.get().staffUsername().equals(staff)) {
			return call;
		}
		// Another worker's call is not theirs to know of: not found, as a wrong code is.
		this.audit.record(staff, AuditAction.SEARCHED, RecordKind.CALL, null);
		return Optional.empty();
	}

	private Optional<PhoneCall> find(String id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM phone_call WHERE id = ?", this::row, id)
			.stream()
			.findFirst();
	}

	private PhoneCall row(ResultSet rs, int row) throws SQLException {
		return new PhoneCall(rs.getString("id"), rs.getString("staff_username"),
				CallType.valueOf(rs.getString("call_type")), rs.getBytes("answers"), rs.getString("based_on_code"),
				rs.getString("step"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	private static ReferenceCode basedOn(PhoneCall call) {
		return (call.basedOnCode() != null) ? new ReferenceCode(call.basedOnCode()) : null;
	}

	private OffsetDateTime now() {
		return at(this.clock.instant());
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
