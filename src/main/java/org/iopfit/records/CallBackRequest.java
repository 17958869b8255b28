package org.iopfit.records;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's request to be called back: a first name, a number, when to call, and whether
 * a voicemail may be left. No answers.
 *
 * @param id the row's id, {@code null} before it is saved
 * @param requestedAt when they asked
 * @param firstName their first name
 * @param phone their number
 * @param bestTime when to call, as they wrote it, or {@code null}
 * @param voicemailOk whether a voicemail may be left
 * @param language the language they used ({@code en} or {@code es})
 * @param status where it stands
 * @param contactedAt when staff first called, or {@code null}
 * @param contactedBy who, or {@code null}
 * @param closedAt when it was closed, or {@code null}
 * @param closedBy who, or {@code null}
 */
@Table
public record CallBackRequest(@Id Long id, Instant requestedAt, String firstName, String phone, String bestTime,
		boolean voicemailOk, String language, CallBackStatus status, Instant contactedAt, String contactedBy,
		Instant closedAt, String closedBy) {

	CallBackRequest withId(Long id) {
		return new CallBackRequest(id, this.requestedAt, this.firstName, this.phone, this.bestTime, this.voicemailOk,
				this.language, this.status, this.contactedAt, this.contactedBy, this.closedAt, this.closedBy);
	}

	@Override
	public String toString() {
		return "CallBackRequest[" + this.id + "]";
	}

}
