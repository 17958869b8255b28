package org.iopfit.placement;

import java.util.Objects;
import java.util.Set;

/**
 * One answer that matters for the result: either a reason for the suggested level or a
 * caution to talk about.
 *
 * @param code the stable code, also the key of its wording
 * @param kind reason or caution
 * @param sedatives which of alcohol and benzodiazepines a note about them names, so that
 * a person who only drinks does not read about pills, and the reverse;
 * {@link Sedatives#NONE} for every other note
 */
public record Reason(Code code, Kind kind, Sedatives sedatives) {

	/** One instance of each reason and caution: they are values, and shared freely. */
	private static final Reason[][][] ALL = new Reason[Code.values().length][Kind.values().length][Sedatives
		.values().length];

	static {
		for (Code code : Code.values()) {
			for (Kind kind : Kind.values()) {
				for (Sedatives sedatives : Sedatives.values()) {
					ALL[code.ordinal()][kind.ordinal()][sedatives.ordinal()] = new Reason(code, kind, sedatives);
				}
			}
		}
	}

	public Reason {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(sedatives, "sedatives");
	}

	/** A note worded the same for every substance. */
	public Reason(Code code, Kind kind) {
		this(code, kind, Sedatives.NONE);
	}

	/** The reason or caution of a code. */
	public static Reason of(Code code, Kind kind) {
		return of(code, kind, Sedatives.NONE);
	}

	/** The reason or caution of a code, worded for the sedatives it is about. */
	public static Reason of(Code code, Kind kind, Sedatives sedatives) {
		return ALL[code.ordinal()][kind.ordinal()][sedatives.ordinal()];
	}

	/**
	 * The key of this reason's wording on a result of a level, for a respondent: one key
	 * per code, kind and respondent, e.g. {@code reason.ARRANGE_LEAVE.CAUTION.SELF},
	 * since a reason and a caution of the same code, and "you" and "they", read
	 * differently. Where what a note says depends on the level it appears with (how many
	 * signs, and what that count means for the care suggested), the level is part of the
	 * key, e.g. {@code reason.MILD_SIGNS.REASON.OUTPATIENT.SELF}: so a result never gives
	 * a reason that advises another level than its own. A note about stopping alcohol or
	 * benzodiazepines names the ones chosen, e.g.
	 * {@code reason.STOPPING_CAN_BE_DANGEROUS.CAUTION.ALCOHOL.SELF}.
	 * @param respondent who answers
	 * @param level the level of the result the note appears on
	 * @return the message key
	 */
	public String messageKey(Respondent respondent, Level level) {
		Objects.requireNonNull(respondent, "respondent");
		Objects.requireNonNull(level, "level");
		String perLevel = this.code.isWordedPerLevel() ? "." + level : "";
		String perSedatives = (this.sedatives != Sedatives.NONE) ? "." + this.sedatives : "";
		return "reason." + this.code + "." + this.kind + perLevel + perSedatives + "." + respondent;
	}

	/**
	 * Which of the two substances that are dangerous to stop all at once, and that slow
	 * breathing with opioids, a note names.
	 */
	public enum Sedatives {

		NONE, ALCOHOL, BENZODIAZEPINES, ALCOHOL_AND_BENZODIAZEPINES;

		/**
		 * The sedatives among the substances chosen.
		 * @param alcohol whether alcohol was chosen
		 * @param benzodiazepines whether benzodiazepines were chosen
		 * @return which of them to name
		 */
		public static Sedatives of(boolean alcohol, boolean benzodiazepines) {
			if (alcohol) {
				return benzodiazepines ? ALCOHOL_AND_BENZODIAZEPINES : ALCOHOL;
			}
			return benzodiazepines ? BENZODIAZEPINES : NONE;
		}

	}

	/**
	 * Whether a note explains the level or warns about something to plan for.
	 */
	public enum Kind {

		REASON, CAUTION

	}

	/**
	 * The stable codes of the reasons and cautions. Clients may rely on them; new codes
	 * may be added.
	 */
	public enum Code {

		SUICIDAL_THOUGHTS, OVERDOSE_OR_MEDICAL_EMERGENCY, SEVERE_WITHDRAWAL_NOW, WITHDRAWAL_SEIZURES_OR_DELIRIUM,
		SEVERE_WITH_CO_OCCURRING, MENTAL_HEALTH_UNSTABLE, STEP_DOWN_AFTER_INPATIENT, SUBSTANCE_USE_AT_HOME,
		CANNOT_ATTEND, UNSTABLE_HOUSING, NO_SUPPORT, MODERATE_OR_SEVERE, MILD_SIGNS, FEW_SIGNS, RELAPSE_AFTER_TREATMENT,
		ATTENDANCE_UNSURE, NEEDS_FLEXIBILITY, ARRANGE_LEAVE, OPIOID_MEDICATION, MEDICAL_CHECK_BEFORE_STOPPING,
		COORDINATE_WITH_DOCTOR, MENTAL_HEALTH_COORDINATE, MENTAL_HEALTH_SUPPORT,

		/**
		 * Opioids and a past withdrawal: talk to a doctor before stopping; medicine eases
		 * opioid withdrawal.
		 */
		OPIOID_WITHDRAWAL_DOCTOR,

		/**
		 * Opioids after a recent inpatient stay or a return to use: tolerance drops, so
		 * the overdose risk rises.
		 */
		OPIOID_TOLERANCE_DROPS,

		/**
		 * Alcohol or benzodiazepines and "no withdrawal", which may mean never having
		 * stopped: stopping heavy daily use can be dangerous without a doctor.
		 */
		STOPPING_CAN_BE_DANGEROUS,

		/**
		 * Stimulants, benzodiazepines or "something else" without opioids: street drugs
		 * and pills are often mixed with fentanyl, so naloxone and not using alone matter
		 * to them too.
		 */
		FENTANYL_IN_SUPPLY,

		/**
		 * Opioids with alcohol or benzodiazepines: together they slow breathing far more
		 * than either alone (the FDA's boxed warning).
		 */
		OPIOIDS_WITH_SEDATIVES,

		/**
		 * Opioids, and buprenorphine or methadone taken now (v1.1): keep taking it; a
		 * program should not make them stop.
		 */
		KEEP_OPIOID_MEDICATION,

		/**
		 * Pregnant, or might be (v1.1): tell us, since pregnant people are often seen
		 * first.
		 */
		PREGNANCY,

		/**
		 * Pregnant with opioids (v1.1): do not stop suddenly; medicine for opioid use
		 * disorder is safe and recommended in pregnancy.
		 */
		PREGNANCY_OPIOIDS,

		/**
		 * An overdose before (v1.1): another is more likely; naloxone and not using
		 * alone, whatever the substance.
		 */
		PAST_OVERDOSE,

		/**
		 * Under 18 (v1.1): programs for teens, a parent or guardian usually takes part,
		 * consent rules differ by state.
		 */
		UNDER_18,

		/**
		 * Unsure or not ready (v1.1): common, a call is no promise, a first talk helps
		 * decide; on an IOP result, regular attendance is what makes it work. Never a
		 * reason to refuse care.
		 */
		NOT_SURE_READY;

		/** The codes whose wording depends on the level of the result. */
		private static final Set<Code> WORDED_PER_LEVEL = Set.of(MODERATE_OR_SEVERE, MILD_SIGNS, FEW_SIGNS,
				NEEDS_FLEXIBILITY, NOT_SURE_READY);

		/**
		 * Whether what this note says depends on the level it appears with: the number of
		 * signs (the care it calls for on its own), and keeping up work or school (how
		 * the care suggested fits around it).
		 * @return whether the level is part of the wording's key
		 */
		public boolean isWordedPerLevel() {
			return WORDED_PER_LEVEL.contains(this);
		}

	}

}
