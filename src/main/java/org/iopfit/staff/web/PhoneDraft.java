package org.iopfit.staff.web;

import java.io.Serializable;

import org.iopfit.questions.Draft;
import org.iopfit.records.CallType;

/**
 * A phone screening in progress, kept in the signed-in staff member's session (in the
 * database, Spring Session JDBC), never in an address: any instance can serve the next
 * page, and it ends with the session. Immutable; each change puts a new one in.
 *
 * @param answers the answers so far, as {@link Draft#toBytes()}
 * @param callType who is calling about whom
 * @param basedOn the code of the online screening being confirmed, or {@code null}
 */
record PhoneDraft(byte[] answers, CallType callType, String basedOn) implements Serializable {

	static final String ATTRIBUTE = PhoneDraft.class.getName();

	static PhoneDraft of(Draft answers, CallType callType, String basedOn) {
		return new PhoneDraft(answers.toBytes(), callType, basedOn);
	}

	Draft draft() {
		return Draft.fromBytes(this.answers);
	}

	PhoneDraft with(Draft answers) {
		return of(answers, this.callType, this.basedOn);
	}

	@Override
	public String toString() {
		return "PhoneDraft[" + this.callType + "]";
	}

}
