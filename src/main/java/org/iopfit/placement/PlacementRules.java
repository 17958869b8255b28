package org.iopfit.placement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.iopfit.placement.Reason.Code.*;
import static org.iopfit.placement.Reason.Kind.CAUTION;
import static org.iopfit.placement.Reason.Kind.REASON;

/**
 * The placement rules of screening policy v1.1: rules R1 to R11, tried in order, the
 * first that matches deciding the level; then every other answer that matters, as a
 * reason or a caution.
 * <p>
 * Guarantees, proven over the whole answer space by the tests: exactly one rule decides;
 * a riskier answer never gives a lower level; every recommendation carries at least one
 * reason; of the answers v1.1 added ({@link Background}), only {@code pregnant} changes a
 * level (as medical monitoring in R3), and an answer not given changes nothing. Stateless
 * and thread-safe.
 */
public final class PlacementRules {

	/** The version of the policy these rules implement. */
	public static final String VERSION = "1.1";

	/**
	 * Suggests a level of care for a complete set of answers.
	 * @param answers the answers of one screening
	 * @return the suggestion, the rule that decided it and why
	 */
	public Recommendation recommend(Answers answers) {
		Severity severity = answers.severity();
		Rule rule = decide(answers, severity);
		Level level = levelOf(rule, answers, severity);
		return new Recommendation(level, rule, severity, answers.criteriaCount(),
				explain(answers, severity, rule, level), VERSION);
	}

	private static Rule decide(Answers a, Severity severity) {
		boolean moderatePlus = severity.isModerateOrWorse();
		if (a.crisis().any()) {
			return Rule.R1;
		}
		if (a.withdrawalHistory() == WithdrawalHistory.SEIZURES_OR_DELIRIUM) {
			return Rule.R2;
		}
		if (severeWithCoOccurring(a, severity)) {
			return Rule.R3;
		}
		if (a.mentalHealth() == MentalHealth.UNSTABLE && severity != Severity.NONE) {
			return Rule.R4;
		}
		if (a.recentInpatientDischarge() && severity != Severity.NONE) {
			return Rule.R5;
		}
		if (a.substanceUseAtHome() && moderatePlus) {
			return Rule.R6;
		}
		if ((a.canAttend() == CanAttend.NO || !a.stableHousing()) && moderatePlus) {
			return Rule.R7;
		}
		if (a.support() == Support.NONE && moderatePlus) {
			return Rule.R8;
		}
		if (moderatePlus) {
			return Rule.R9;
		}
		if (severity == Severity.MILD && a.relapsedAfterTreatment()) {
			return Rule.R10;
		}
		return Rule.R11;
	}

	private static boolean severeWithCoOccurring(Answers a, Severity severity) {
		return severity == Severity.SEVERE && (a.medicalMonitoringNeeded() || a.background().isPregnant()
				|| a.mentalHealth() != MentalHealth.NONE);
	}

	private static Level levelOf(Rule rule, Answers a, Severity severity) {
		return switch (rule) {
			case R1 -> Level.EMERGENCY;
			case R2, R3, R4, R6, R7, R8 -> Level.INPATIENT;
			case R5 -> (severity.isModerateOrWorse() || a.relapsedAfterTreatment()) ? Level.IOP : Level.OUTPATIENT;
			case R9, R10 -> Level.IOP;
			case R11 -> Level.OUTPATIENT;
		};
	}

	private static List<Reason> explain(Answers a, Severity severity, Rule rule, Level level) {
		Notes notes = new Notes();
		if (level == Level.EMERGENCY) {
			// Safety first: no placement talk until the crisis is dealt with.
			return a.crisis().reasons();
		}
		boolean moderatePlus = severity.isModerateOrWorse();
		// A risk that would call for inpatient care is a reason where inpatient was
		// suggested,
		// and a caution to plan around everywhere else (e.g. a step-down after inpatient
		// care).
		Reason.Kind homeRisk = (level == Level.INPATIENT && moderatePlus) ? REASON : CAUTION;

		// The deciding rule's own reason comes first.
		switch (rule) {
			case R5 -> {
				notes.add(true, STEP_DOWN_AFTER_INPATIENT, REASON);
				// With mild signs, the relapse is what makes it an IOP: the signs' reason
				// below says "the answer above", so the relapse must come before it.
				notes.add(a.relapsedAfterTreatment() && level == Level.IOP, RELAPSE_AFTER_TREATMENT, REASON);
			}
			case R7 -> {
				notes.add(a.canAttend() == CanAttend.NO, CANNOT_ATTEND, REASON);
				notes.add(!a.stableHousing(), UNSTABLE_HOUSING, REASON);
			}
			case R10 -> notes.add(true, RELAPSE_AFTER_TREATMENT, REASON);
			default -> {
			}
		}
		notes.add(a.withdrawalHistory() == WithdrawalHistory.SEIZURES_OR_DELIRIUM, WITHDRAWAL_SEIZURES_OR_DELIRIUM,
				REASON);
		notes.add(severeWithCoOccurring(a, severity), SEVERE_WITH_CO_OCCURRING, REASON);
		notes.add(a.mentalHealth() == MentalHealth.UNSTABLE && severity != Severity.NONE, MENTAL_HEALTH_UNSTABLE,
				REASON);
		notes.add(a.substanceUseAtHome(), SUBSTANCE_USE_AT_HOME, homeRisk);
		notes.add(a.canAttend() == CanAttend.NO && (level == Level.IOP || homeRisk == REASON), CANNOT_ATTEND, homeRisk);
		notes.add(!a.stableHousing(), UNSTABLE_HOUSING, homeRisk);
		notes.add(a.support() == Support.NONE, NO_SUPPORT, homeRisk);
		notes.add(true, moderatePlus ? MODERATE_OR_SEVERE : (severity == Severity.MILD) ? MILD_SIGNS : FEW_SIGNS,
				REASON);
		notes.add(a.relapsedAfterTreatment(), RELAPSE_AFTER_TREATMENT, (level == Level.OUTPATIENT) ? CAUTION : REASON);

		notes.add(a.canAttend() == CanAttend.UNSURE && level == Level.IOP, ATTENDANCE_UNSURE, CAUTION);
		notes.add(a.needsFlexibility() && level != Level.INPATIENT, NEEDS_FLEXIBILITY, CAUTION);
		notes.add(a.needsFlexibility() && level == Level.INPATIENT, ARRANGE_LEAVE, CAUTION);
		Background more = a.background();
		// Someone on buprenorphine or methadone already has the medicine: they need to
		// hear that they may keep it, not to ask about it.
		notes.add(a.uses(Substance.OPIOIDS) && more.takesOpioidMedication(), KEEP_OPIOID_MEDICATION, CAUTION);
		notes.add(a.uses(Substance.OPIOIDS) && !more.takesOpioidMedication(), OPIOID_MEDICATION, CAUTION);
		notes.add(more.isPregnant(), PREGNANCY, CAUTION);
		notes.add(more.isPregnant() && a.uses(Substance.OPIOIDS), PREGNANCY_OPIOIDS, CAUTION);
		notes.add(more.hadOverdose(), PAST_OVERDOSE, CAUTION);
		notes.add(more.isUnder18(), UNDER_18, CAUTION);
		notes.add(more.notSureOrNotReady(), NOT_SURE_READY, CAUTION);
		// Tolerance drops during any time without opioids: after a stay, after a return
		// to use, and during the stay an inpatient result is about to start.
		notes.add(
				a.uses(Substance.OPIOIDS)
						&& (a.recentInpatientDischarge() || a.relapsedAfterTreatment() || level == Level.INPATIENT),
				OPIOID_TOLERANCE_DROPS, CAUTION);
		Reason.Sedatives sedatives = Reason.Sedatives.of(a.uses(Substance.ALCOHOL), a.uses(Substance.BENZODIAZEPINES));
		boolean alcoholOrBenzodiazepines = sedatives != Reason.Sedatives.NONE;
		notes.add(a.uses(Substance.OPIOIDS) && alcoholOrBenzodiazepines, OPIOIDS_WITH_SEDATIVES, CAUTION, sedatives);
		// Street stimulants and pills are often mixed with fentanyl: naloxone is for them
		// too. Opioid users already read about naloxone.
		notes.add(!a.uses(Substance.OPIOIDS)
				&& (a.uses(Substance.STIMULANTS) || a.uses(Substance.BENZODIAZEPINES) || a.uses(Substance.OTHER)),
				FENTANYL_IN_SUPPLY, CAUTION);
		notes.add(a.withdrawalHistory() == WithdrawalHistory.UNCOMPLICATED && alcoholOrBenzodiazepines,
				MEDICAL_CHECK_BEFORE_STOPPING, CAUTION, sedatives);
		notes.add(a.withdrawalHistory() == WithdrawalHistory.UNCOMPLICATED && a.uses(Substance.OPIOIDS),
				OPIOID_WITHDRAWAL_DOCTOR, CAUTION);
		// "No withdrawal" also means "never stopped": heavy daily drinking or sedative
		// use can still be dangerous to stop.
		notes.add(a.withdrawalHistory() == WithdrawalHistory.NONE && alcoholOrBenzodiazepines,
				STOPPING_CAN_BE_DANGEROUS, CAUTION, sedatives);
		notes.add(a.medicalMonitoringNeeded() && severity != Severity.SEVERE, COORDINATE_WITH_DOCTOR, CAUTION);
		notes.add(a.mentalHealth() == MentalHealth.STABLE && severity != Severity.SEVERE, MENTAL_HEALTH_COORDINATE,
				CAUTION);
		notes.add(a.mentalHealth() == MentalHealth.UNSTABLE && severity == Severity.NONE, MENTAL_HEALTH_SUPPORT,
				CAUTION);
		return notes.toList();
	}

	/**
	 * The notes of one result: each code once, at its first kind, reasons before cautions
	 * and otherwise in the order added. Kept small and allocation-light: this runs for
	 * every screening.
	 */
	private static final class Notes {

		private final EnumSet<Reason.Code> seen = EnumSet.noneOf(Reason.Code.class);

		private final List<Reason> reasons = new ArrayList<>(4);

		private final List<Reason> cautions = new ArrayList<>(4);

		void add(boolean applies, Reason.Code code, Reason.Kind kind) {
			add(applies, code, kind, Reason.Sedatives.NONE);
		}

		void add(boolean applies, Reason.Code code, Reason.Kind kind, Reason.Sedatives sedatives) {
			if (applies && this.seen.add(code)) {
				((kind == REASON) ? this.reasons : this.cautions).add(Reason.of(code, kind, sedatives));
			}
		}

		List<Reason> toList() {
			this.reasons.addAll(this.cautions);
			return this.reasons;
		}

	}

}
