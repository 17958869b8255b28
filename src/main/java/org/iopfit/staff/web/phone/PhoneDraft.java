package org.iopfit.staff.web.phone;

import java.io.Serializable;

import jakarta.servlet.http.HttpSession;

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
public record PhoneDraft(byte[] answers, CallType callType, String basedOn) implements Serializable {

	static final String ATTRIBUTE = PhoneDraft.class.getName();

	/**
	 * Starts phone mode on the answers of an online screening, to be read back to the
	 * caller page by page and saved as a new phone record that names it.
	 * @param session the staff member's session, where the screening in progress is kept
	 * @param answers the online screening's answers, as {@link Draft#toBytes()}
	 * @param basedOn its reference code
	 * @param callType who is calling about whom, as the online answers say
	 * @return the address of phone mode's first page
	 */
	public static String confirming(HttpSession session, byte[] answers, String basedOn, CallType callType) {
		session.setAttribute(ATTRIBUTE, new PhoneDraft(answers, null, basedOn));
		return PhoneScreeningController.BASE + "?callType=" + callType.name();
	}

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
