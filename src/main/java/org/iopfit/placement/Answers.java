package org.iopfit.placement;

import java.util.Objects;
import java.util.Set;

/**
 * Every answer of one screening. Complete by construction: a missing answer or an empty
 * set of substances cannot be represented.
 *
 * @param respondent who answers
 * @param crisis the "safety now" answers
 * @param criteria the signs present in the past 12 months, possibly none
 * @param substances the substances used, at least one
 * @param withdrawalHistory the worst withdrawal ever had
 * @param medicalMonitoringNeeded a health condition that needs regular medical monitoring
 * @param mentalHealth a mental-health condition
 * @param support people who support recovery
 * @param stableHousing a safe, stable place to live for the next few months
 * @param substanceUseAtHome people at home use, or substances are easy to get there
 * @param canAttend able to attend sessions on 3 to 5 days a week
 * @param needsFlexibility work, school or caregiving that cannot be put on hold
 * @param recentInpatientDischarge finished inpatient or residential treatment in the past
 * 3 months
 * @param relapsedAfterTreatment returned to use after an earlier treatment
 * @param background the answers policy v1.1 added, each absent when not asked
 */
public record Answers(Respondent respondent, Crisis crisis, Set<Criterion> criteria, Set<Substance> substances,
		WithdrawalHistory withdrawalHistory, boolean medicalMonitoringNeeded, MentalHealth mentalHealth,
		Support support, boolean stableHousing, boolean substanceUseAtHome, CanAttend canAttend,
		boolean needsFlexibility, boolean recentInpatientDischarge, boolean relapsedAfterTreatment,
		Background background) {

	public Answers {
		Objects.requireNonNull(respondent, "respondent");
		Objects.requireNonNull(crisis, "crisis");
		Objects.requireNonNull(criteria, "criteria");
		Objects.requireNonNull(substances, "substances");
		Objects.requireNonNull(withdrawalHistory, "withdrawalHistory");
		Objects.requireNonNull(mentalHealth, "mentalHealth");
		Objects.requireNonNull(support, "support");
		Objects.requireNonNull(canAttend, "canAttend");
		Objects.requireNonNull(background, "background");
		if (substances.isEmpty()) {
			throw new IllegalArgumentException("At least one substance is needed");
		}
		if (background.opioidMedicationNow() != null && !substances.contains(Substance.OPIOIDS)) {
			// Asked only after opioids were chosen: an answer without them is a bug.
			throw new IllegalArgumentException("Opioid medication is asked only when opioids are used");
		}
		criteria = Set.copyOf(criteria);
		substances = Set.copyOf(substances);
	}

	/** The answers of policy v1, none of those v1.1 added. */
	public Answers(Respondent respondent, Crisis crisis, Set<Criterion> criteria, Set<Substance> substances,
			WithdrawalHistory withdrawalHistory, boolean medicalMonitoringNeeded, MentalHealth mentalHealth,
			Support support, boolean stableHousing, boolean substanceUseAtHome, CanAttend canAttend,
			boolean needsFlexibility, boolean recentInpatientDischarge, boolean relapsedAfterTreatment) {
		this(respondent, crisis, criteria, substances, withdrawalHistory, medicalMonitoringNeeded, mentalHealth,
				support, stableHousing, substanceUseAtHome, canAttend, needsFlexibility, recentInpatientDischarge,
				relapsedAfterTreatment, Background.NONE);
	}

	/** These answers with the v1.1 answers given. */
	public Answers with(Background background) {
		return new Answers(this.respondent, this.crisis, this.criteria, this.substances, this.withdrawalHistory,
				this.medicalMonitoringNeeded, this.mentalHealth, this.support, this.stableHousing,
				this.substanceUseAtHome, this.canAttend, this.needsFlexibility, this.recentInpatientDischarge,
				this.relapsedAfterTreatment, background);
	}

	public int criteriaCount() {
		return this.criteria.size();
	}

	public Severity severity() {
		return Severity.of(criteriaCount());
	}

	public boolean uses(Substance substance) {
		return this.substances.contains(substance);
	}

}
