package org.iopfit.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.iopfit.placement.Level;
import org.iopfit.placement.Rule;
import org.iopfit.placement.Severity;
import org.iopfit.questions.Draft;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A screening kept on record: the answers, what the rules suggested, and for a phone
 * screening the call around it. Never changed once saved; notes are added beside it.
 *
 * @param id the row's id, {@code null} before it is saved
 * @param referenceCode the code it is found by, 8 characters without the hyphen
 * @param source phone or online
 * @param createdAt when it was saved
 * @param staffUsername who saved it, {@code null} for a person's own online screening
 * @param answers the answers as {@link Draft#toBytes()}
 * @param level the rules' suggestion
 * @param decidedBy the rule that decided it
 * @param severity the severity, {@code null} for an emergency stopped at the safety
 * questions
 * @param rulesVersion the version of the rules that decided
 * @param emergency whether a crisis answer was given
 * @param crisisActions what staff did in a crisis, comma separated, or {@code null}
 * @param callType who called about whom, or {@code null}
 * @param callerName the caller's first name or initials, or {@code null}
 * @param callbackPhone a number that is safe to call back, or {@code null}
 * @param voicemailOk whether a voicemail may be left there, or {@code null}
 * @param referralSource how they heard of us, or {@code null}
 * @param disposition how the call ended, or {@code null}
 * @param followUpDate when to follow up, or {@code null}
 * @param recordedLevel the level staff recorded instead of the suggestion, or
 * {@code null}
 * @param overrideReason why, whenever there is a recorded level
 * @param basedOnCode the online screening a phone record was confirmed from, or
 * {@code null}
 * @param callId the phone call it was saved from, unique (one record per call), or
 * {@code null}
 * @param callerLocation where the caller was, typed on the crisis protocol, or
 * {@code null}
 * @param withdrawnReason why the worker left the crisis protocol for the questions (the
 * emergency record was opened by mistake), or {@code null}
 */
@Table
public record SavedScreening(@Id Long id, String referenceCode, Source source, Instant createdAt, String staffUsername,
		byte[] answers, Level level, Rule decidedBy, Severity severity, String rulesVersion, boolean emergency,
		String crisisActions, CallType callType, String callerName, String callbackPhone, Boolean voicemailOk,
		String referralSource, Disposition disposition, LocalDate followUpDate, Level recordedLevel,
		String overrideReason, String basedOnCode, String callId, String callerLocation, String withdrawnReason) {

	SavedScreening withId(Long id) {
		return new SavedScreening(id, this.referenceCode, this.source, this.createdAt, this.staffUsername, this.answers,
				this.level, this.decidedBy, this.severity, this.rulesVersion, this.emergency, this.crisisActions,
				this.callType, this.callerName, this.callbackPhone, this.voicemailOk, this.referralSource,
				this.disposition, this.followUpDate, this.recordedLevel, this.overrideReason, this.basedOnCode,
				this.callId, this.callerLocation, this.withdrawnReason);
	}

	/** The code as shown. */
	public ReferenceCode code() {
		return new ReferenceCode(this.referenceCode);
	}

	/** The answers, read back through the question table. */
	public Draft draft() {
		return Draft.fromBytes(this.answers);
	}

	/** What staff did in a crisis. */
	public Set<CrisisAction> crisisActionSet() {
		if (this.crisisActions == null || this.crisisActions.isEmpty()) {
			return Set.of();
		}
		return Arrays.stream(this.crisisActions.split(","))
			.map(CrisisAction::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(CrisisAction.class)));
	}

	/** Whether the worker withdrew this emergency record as opened by mistake. */
	public boolean withdrawn() {
		return this.withdrawnReason != null;
	}

	/** The level on record: staff's where they recorded one, else the suggestion. */
	public Level levelOnRecord() {
		return (this.recordedLevel != null) ? this.recordedLevel : this.level;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof SavedScreening saved) && this.id != null && this.id.equals(saved.id);
	}

	@Override
	public int hashCode() {
		return (this.id != null) ? this.id.hashCode() : 0;
	}

	@Override
	public String toString() {
		// Answers and the caller's details are health information: never in a log line.
		return "SavedScreening[" + this.id + "]";
	}

}
