package org.iopfit.records;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call-back queue: a person asks to be called, staff call and close the request. Each
 * step records who and when, and is audited.
 */
@Service
public class CallBacks {

	private final CallBackRequests requests;

	private final AuditLog audit;

	private final Clock clock;

	CallBacks(CallBackRequests requests, AuditLog audit, Clock clock) {
		this.requests = requests;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Puts a request in the queue.
	 * @param firstName the person's first name
	 * @param phone their number
	 * @param bestTime when to call, or empty
	 * @param voicemailOk whether a voicemail may be left
	 * @param language the language they used
	 * @return the request
	 */
	@Transactional
	public CallBackRequest request(String firstName, String phone, String bestTime, boolean voicemailOk,
			String language) {
		if (!TypedText.isCleanLine(firstName)) {
			throw new IllegalArgumentException("A first name has no control or format characters");
		}
		CallBackRequest saved = this.requests.save(new CallBackRequest(null, this.clock.instant(), firstName.strip(),
				phone.strip(), (bestTime == null || bestTime.isBlank()) ? null : bestTime.strip(), voicemailOk,
				language, CallBackStatus.NEW, null, null, null, null));
		this.audit.record(null, AuditAction.CREATED, RecordKind.CALL_BACK, saved.id());
		return saved;
	}

	/**
	 * The requests in one state, the one waiting longest first.
	 * @param staff who looks (audited)
	 * @param status the state
	 * @return the requests
	 */
	// Not read-only: it writes its audit entry.
	@Transactional
	public List<CallBackRequest> queue(String staff, CallBackStatus status) {
		this.audit.record(staff, AuditAction.SEARCHED, RecordKind.CALL_BACK, null);
		return this.requests.findByStatusOrderByRequestedAtAscIdAsc(status);
	}

	/**
	 * Opens one request.
	 * @param staff who opens it (audited)
	 * @param id the request
	 * @return the request, or empty
	 */
	// Not read-only: it writes its audit entry.
	@Transactional
	public Optional<CallBackRequest> open(String staff, long id) {
		Optional<CallBackRequest> request = this.requests.findById(id);
		request.ifPresent((found) -> this.audit.record(staff, AuditAction.VIEWED, RecordKind.CALL_BACK, id));
		return request;
	}

	/**
	 * Records the first call to the person.
	 * @param staff who called
	 * @param id the request
	 * @return whether it was new and is now contacted
	 */
	@Transactional
	public boolean contacted(String staff, long id) {
		boolean changed = this.requests.markContacted(id, this.clock.instant(), staff) == 1;
		if (changed) {
			this.audit.record(staff, AuditAction.CHANGED, RecordKind.CALL_BACK, id);
		}
		return changed;
	}

	/**
	 * Closes a request.
	 * @param staff who closes it
	 * @param id the request
	 * @return whether it was open and is now closed
	 */
	@Transactional
	public boolean close(String staff, long id) {
		boolean changed = this.requests.close(id, this.clock.instant(), staff) == 1;
		if (changed) {
			this.audit.record(staff, AuditAction.CHANGED, RecordKind.CALL_BACK, id);
		}
		return changed;
	}

}
