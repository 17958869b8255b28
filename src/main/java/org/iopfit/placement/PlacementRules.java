package org.iopfit.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.iopfit.placement.Reason.Code.*;
import static org.iopfit.placement.Reason.Kind.CAUTION;
import static org.iopfit.placement.Reason.Kind.REASON;

/**
 * The placement rules of screening policy v1: rules R1 to R11, tried in order, the first
 * that matches deciding the level; then every other answer that matters, as a reason or a
 * caution.
 * <p>
 * Guarantees, proven over the whole answer space by the tests: exactly one rule decides;
 * a riskier answer never gives a lower level; every recommendation carries at least one
 * reason. Stateless and thread-safe.
 */
public final class PlacementRules {

	/** The version of the policy these rules implement. */
	public static final String VERSION = "1";

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
		return severity == Severity.SEVERE && (a.medicalMonitoringNeeded() || a.mentalHealth() != MentalHealth.NONE);
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
		Map<Reason.Code, Reason.Kind> notes = new LinkedHashMap<>();
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
			case R5 -> notes.put(STEP_DOWN_AFTER_INPATIENT, REASON);
			case R7 -> {
				add(notes, a.canAttend() == CanAttend.NO, CANNOT_ATTEND, REASON);
				add(notes, !a.stableHousing(), UNSTABLE_HOUSING, REASON);
			}
			case R10 -> notes.put(RELAPSE_AFTER_TREATMENT, REASON);
			default -> {
			}
		}
		add(notes, a.withdrawalHistory() == WithdrawalHistory.SEIZURES_OR_DELIRIUM, WITHDRAWAL_SEIZURES_OR_DELIRIUM,
				REASON);
		add(notes, severeWithCoOccurring(a, severity), SEVERE_WITH_CO_OCCURRING, REASON);
		add(notes, a.mentalHealth() == MentalHealth.UNSTABLE && severity != Severity.NONE, MENTAL_HEALTH_UNSTABLE,
				REASON);
		add(notes, a.substanceUseAtHome(), SUBSTANCE_USE_AT_HOME, homeRisk);
		add(notes, a.canAttend() == CanAttend.NO && (level == Level.IOP || homeRisk == REASON), CANNOT_ATTEND,
				homeRisk);
		add(notes, !a.stableHousing(), UNSTABLE_HOUSING, homeRisk);
		add(notes, a.support() == Support.NONE, NO_SUPPORT, homeRisk);
		notes.putIfAbsent(moderatePlus ? MODERATE_OR_SEVERE : (severity == Severity.MILD) ? MILD_SIGNS : FEW_SIGNS,
				REASON);
		add(notes, a.relapsedAfterTreatment(), RELAPSE_AFTER_TREATMENT, (level == Level.OUTPATIENT) ? CAUTION : REASON);

		add(notes, a.canAttend() == CanAttend.UNSURE && level == Level.IOP, ATTENDANCE_UNSURE, CAUTION);
		add(notes, a.needsFlexibility() && level != Level.INPATIENT, NEEDS_FLEXIBILITY, CAUTION);
		add(notes, a.needsFlexibility() && level == Level.INPATIENT, ARRANGE_LEAVE, CAUTION);
		add(notes, a.uses(Substance.OPIOIDS), OPIOID_MEDICATION, CAUTION);
		add(notes, a.uses(Substance.OPIOIDS) && (a.recentInpatientDischarge() || a.relapsedAfterTreatment()),
				OPIOID_TOLERANCE_DROPS, CAUTION);
		boolean alcoholOrBenzodiazepines = a.uses(Substance.ALCOHOL) || a.uses(Substance.BENZODIAZEPINES);
		add(notes, a.withdrawalHistory() == WithdrawalHistory.UNCOMPLICATED && alcoholOrBenzodiazepines,
				MEDICAL_CHECK_BEFORE_STOPPING, CAUTION);
		add(notes, a.withdrawalHistory() == WithdrawalHistory.UNCOMPLICATED && a.uses(Substance.OPIOIDS),
				OPIOID_WITHDRAWAL_DOCTOR, CAUTION);
		// "No withdrawal" also means "never stopped": heavy daily drinking or sedative
		// use
		// can still be dangerous to stop.
		add(notes, a.withdrawalHistory() == WithdrawalHistory.NONE && alcoholOrBenzodiazepines,
				STOPPING_CAN_BE_DANGEROUS, CAUTION);
		add(notes, a.medicalMonitoringNeeded() && severity != Severity.SEVERE, COORDINATE_WITH_DOCTOR, CAUTION);
		add(notes, a.mentalHealth() == MentalHealth.STABLE && severity != Severity.SEVERE, MENTAL_HEALTH_COORDINATE,
				CAUTION);
		add(notes, a.mentalHealth() == MentalHealth.UNSTABLE && severity == Severity.NONE, MENTAL_HEALTH_SUPPORT,
				CAUTION);
		return toList(notes);
	}

	private static void add(Map<Reason.Code, Reason.Kind> notes, boolean applies, Reason.Code code, Reason.Kind kind) {
		if (applies) {
			notes.putIfAbsent(code, kind);
		}
	}

	private static List<Reason> toList(Map<Reason.Code, Reason.Kind> notes) {
		List<Reason> reasons = new ArrayList<>();
		notes.forEach((code, kind) -> reasons.add(new Reason(code, kind)));
		// Reasons before cautions; otherwise the order they were added in (a stable
		// sort).
		reasons.sort(Comparator.comparing(Reason::kind));
		return reasons;
	}

}
