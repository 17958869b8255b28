package org.iopfit.records;

import java.time.LocalDate;

import org.iopfit.placement.Level;

/**
 * What staff record about a call besides the answers; every field may be empty, except
 * that a recorded level needs a reason.
 *
 * @param callType who called about whom
 * @param callerName the caller's first name or initials
 * @param callbackPhone a number that is safe to call back
 * @param voicemailOk whether a voicemail may be left
 * @param referralSource how they heard of us
 * @param disposition how the call ended
 * @param followUpDate when to follow up
 * @param recordedLevel a level staff record instead of the suggestion
 * @param overrideReason why
 */
public record CallDetails(CallType callType, String callerName, String callbackPhone, Boolean voicemailOk,
		String referralSource, Disposition disposition, LocalDate followUpDate, Level recordedLevel,
		String overrideReason) {

	public CallDetails {
		callerName = blankToNull(callerName);
		callbackPhone = blankToNull(callbackPhone);
		referralSource = blankToNull(referralSource);
		overrideReason = blankToNull(overrideReason);
		if (callerName != null && !TypedText.isCleanLine(callerName)) {
			throw new IllegalArgumentException("A caller's name has no control or format characters");
		}
		if (recordedLevel != null && overrideReason == null) {
			throw new IllegalArgumentException("A recorded level needs a reason");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	@Override
	public String toString() {
		return "CallDetails[" + this.callType + "]";
	}

}
