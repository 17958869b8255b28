package org.iopfit.placement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Builds {@link Answers} for tests, starting from the least risky answer to every
 * question, so that each test states only the answers its case is about.
 */
public final class AnswersBuilder {

	private Respondent respondent = Respondent.SELF;

	private Crisis crisis = Crisis.NONE;

	private Set<Criterion> criteria = EnumSet.noneOf(Criterion.class);

	// A substance that brings no caution of its own, so that each test names the
	// cautions it is about.
	private Set<Substance> substances = EnumSet.of(Substance.CANNABIS);

	private WithdrawalHistory withdrawalHistory = WithdrawalHistory.NONE;

	private boolean medicalMonitoringNeeded;

	private MentalHealth mentalHealth = MentalHealth.NONE;

	private Support support = Support.STRONG;

	private boolean stableHousing = true;

	private boolean substanceUseAtHome;

	private CanAttend canAttend = CanAttend.YES;

	private boolean needsFlexibility;

	private boolean recentInpatientDischarge;

	private boolean relapsedAfterTreatment;

	/**
	 * The first {@code count} criteria in their declared order: for tests that, like the
	 * rules, only care how many there are.
	 * @param count how many criteria, 0 to 11
	 * @return that many criteria
	 */
	public static Set<Criterion> firstCriteria(int count) {
		Severity.of(count);
		Set<Criterion> criteria = EnumSet.noneOf(Criterion.class);
		for (int i = 0; i < count; i++) {
			criteria.add(Criterion.values()[i]);
		}
		return criteria;
	}

	static AnswersBuilder answers() {
		return new AnswersBuilder();
	}

	AnswersBuilder respondent(Respondent respondent) {
		this.respondent = respondent;
		return this;
	}

	AnswersBuilder crisis(Crisis crisis) {
		this.crisis = crisis;
		return this;
	}

	AnswersBuilder criteria(Criterion... criteria) {
		this.criteria = (criteria.length != 0) ? EnumSet.of(criteria[0], criteria) : EnumSet.noneOf(Criterion.class);
		return this;
	}

	AnswersBuilder criteriaCount(int count) {
		this.criteria = firstCriteria(count);
		return this;
	}

	AnswersBuilder substances(Substance first, Substance... more) {
		this.substances = EnumSet.of(first, more);
		return this;
	}

	AnswersBuilder withdrawalHistory(WithdrawalHistory withdrawalHistory) {
		this.withdrawalHistory = withdrawalHistory;
		return this;
	}

	AnswersBuilder medicalMonitoringNeeded() {
		this.medicalMonitoringNeeded = true;
		return this;
	}

	AnswersBuilder mentalHealth(MentalHealth mentalHealth) {
		this.mentalHealth = mentalHealth;
		return this;
	}

	AnswersBuilder support(Support support) {
		this.support = support;
		return this;
	}

	AnswersBuilder noStableHousing() {
		this.stableHousing = false;
		return this;
	}

	AnswersBuilder substanceUseAtHome() {
		this.substanceUseAtHome = true;
		return this;
	}

	AnswersBuilder canAttend(CanAttend canAttend) {
		this.canAttend = canAttend;
		return this;
	}

	AnswersBuilder needsFlexibility() {
		this.needsFlexibility = true;
		return this;
	}

	AnswersBuilder recentInpatientDischarge() {
		this.recentInpatientDischarge = true;
		return this;
	}

	AnswersBuilder relapsedAfterTreatment() {
		this.relapsedAfterTreatment = true;
		return this;
	}

	Answers build() {
		return new Answers(this.respondent, this.crisis, this.criteria, this.substances, this.withdrawalHistory,
				this.medicalMonitoringNeeded, this.mentalHealth, this.support, this.stableHousing,
				this.substanceUseAtHome, this.canAttend, this.needsFlexibility, this.recentInpatientDischarge,
				this.relapsedAfterTreatment);
	}

}
