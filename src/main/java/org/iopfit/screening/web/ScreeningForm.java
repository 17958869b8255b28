package org.iopfit.screening.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.iopfit.placement.Answers;
import org.iopfit.placement.CanAttend;
import org.iopfit.placement.Crisis;
import org.iopfit.placement.Criterion;
import org.iopfit.placement.MentalHealth;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Substance;
import org.iopfit.placement.Support;
import org.iopfit.placement.WithdrawalHistory;

/**
 * The questionnaire's answers as they travel between the pages: every page posts all the
 * answers given so far (hidden fields for the other pages' answers), and each post is
 * validated again up to the page it came from. Field names are the API's property names.
 */
public class ScreeningForm {

	@NotNull(groups = Who.class)
	private Respondent respondent;

	@Valid
	private CrisisForm crisis = new CrisisForm();

	@NotNull(groups = Signs.class)
	private Set<Criterion> criteria;

	@NotEmpty(groups = Signs.class)
	private Set<Substance> substances;

	@NotNull(groups = Health.class)
	private WithdrawalHistory withdrawalHistory;

	@NotNull(groups = Health.class)
	private Boolean medicalMonitoringNeeded;

	@NotNull(groups = MentalHealthStep.class)
	private MentalHealth mentalHealth;

	@NotNull(groups = SupportStep.class)
	private Support support;

	@NotNull(groups = SupportStep.class)
	private Boolean stableHousing;

	@NotNull(groups = SupportStep.class)
	private Boolean substanceUseAtHome;

	@NotNull(groups = Life.class)
	private CanAttend canAttend;

	@NotNull(groups = Life.class)
	private Boolean needsFlexibility;

	@NotNull(groups = Life.class)
	private Boolean recentInpatientDischarge;

	@NotNull(groups = Life.class)
	private Boolean relapsedAfterTreatment;

	/**
	 * Set while an answer is changed from the check-your-answers page, to return there.
	 */
	private boolean changing;

	/**
	 * The complete answers; call only once every step has validated.
	 * @return the answers for the placement rules
	 */
	Answers toAnswers() {
		return new Answers(this.respondent, this.crisis.toCrisis(), this.criteria, this.substances,
				this.withdrawalHistory, this.medicalMonitoringNeeded, this.mentalHealth, this.support,
				this.stableHousing, this.substanceUseAtHome, this.canAttend, this.needsFlexibility,
				this.recentInpatientDischarge, this.relapsedAfterTreatment);
	}

	/**
	 * Whether the wording is about someone else ("they") rather than the respondent
	 * ("you").
	 */
	public String getWho() {
		return (this.respondent != null) ? this.respondent.name() : Respondent.SELF.name();
	}

	/**
	 * The answers given on every page but one, as name-value pairs for hidden fields.
	 * @param shown the page whose fields are shown as inputs, or {@code null} to carry
	 * all
	 * @return the hidden fields
	 */
	List<HiddenField> hiddenFields(Step shown) {
		List<HiddenField> hidden = new ArrayList<>();
		add(hidden, shown, "respondent", this.respondent);
		add(hidden, shown, "crisis.suicidalThoughts", this.crisis.getSuicidalThoughts());
		add(hidden, shown, "crisis.overdoseOrMedicalEmergency", this.crisis.getOverdoseOrMedicalEmergency());
		add(hidden, shown, "crisis.severeWithdrawalNow", this.crisis.getSevereWithdrawalNow());
		addAll(hidden, shown, "criteria", this.criteria);
		addAll(hidden, shown, "substances", this.substances);
		add(hidden, shown, "withdrawalHistory", this.withdrawalHistory);
		add(hidden, shown, "medicalMonitoringNeeded", this.medicalMonitoringNeeded);
		add(hidden, shown, "mentalHealth", this.mentalHealth);
		add(hidden, shown, "support", this.support);
		add(hidden, shown, "stableHousing", this.stableHousing);
		add(hidden, shown, "substanceUseAtHome", this.substanceUseAtHome);
		add(hidden, shown, "canAttend", this.canAttend);
		add(hidden, shown, "needsFlexibility", this.needsFlexibility);
		add(hidden, shown, "recentInpatientDischarge", this.recentInpatientDischarge);
		add(hidden, shown, "relapsedAfterTreatment", this.relapsedAfterTreatment);
		return hidden;
	}

	private static void add(List<HiddenField> hidden, Step shown, String name, Object value) {
		if (value != null && (shown == null || !shown.fields().contains(name))) {
			hidden.add(new HiddenField(name, (value instanceof Enum<?> e) ? e.name() : value.toString()));
		}
	}

	private static void addAll(List<HiddenField> hidden, Step shown, String name, Set<? extends Enum<?>> values) {
		if (values != null && (shown == null || !shown.fields().contains(name))) {
			// The marker tells "answered, none ticked" apart from "not answered yet".
			hidden.add(new HiddenField("_" + name, "on"));
			values.stream().sorted().forEach((value) -> hidden.add(new HiddenField(name, value.name())));
		}
	}

	/**
	 * A hidden form field.
	 *
	 * @param name the field name
	 * @param value its value
	 */
	record HiddenField(String name, String value) {

	}

	/** Validation group of the "who is answering" page. */
	interface Who {

	}

	/** Validation group of the "safety now" page. */
	interface Safety {

	}

	/** Validation group of the "signs in the past 12 months" page. */
	interface Signs {

	}

	/** Validation group of the "withdrawal and physical health" page. */
	interface Health {

	}

	/** Validation group of the "mental health" page. */
	interface MentalHealthStep {

	}

	/** Validation group of the "support and home" page. */
	interface SupportStep {

	}

	/** Validation group of the "fitting treatment into life" page. */
	interface Life {

	}

	public Respondent getRespondent() {
		return this.respondent;
	}

	public void setRespondent(Respondent respondent) {
		this.respondent = respondent;
	}

	public CrisisForm getCrisis() {
		return this.crisis;
	}

	public void setCrisis(CrisisForm crisis) {
		this.crisis = crisis;
	}

	public Set<Criterion> getCriteria() {
		return this.criteria;
	}

	public void setCriteria(Set<Criterion> criteria) {
		this.criteria = criteria;
	}

	public Set<Substance> getSubstances() {
		return this.substances;
	}

	public void setSubstances(Set<Substance> substances) {
		this.substances = substances;
	}

	public WithdrawalHistory getWithdrawalHistory() {
		return this.withdrawalHistory;
	}

	public void setWithdrawalHistory(WithdrawalHistory withdrawalHistory) {
		this.withdrawalHistory = withdrawalHistory;
	}

	public Boolean getMedicalMonitoringNeeded() {
		return this.medicalMonitoringNeeded;
	}

	public void setMedicalMonitoringNeeded(Boolean medicalMonitoringNeeded) {
		this.medicalMonitoringNeeded = medicalMonitoringNeeded;
	}

	public MentalHealth getMentalHealth() {
		return this.mentalHealth;
	}

	public void setMentalHealth(MentalHealth mentalHealth) {
		this.mentalHealth = mentalHealth;
	}

	public Support getSupport() {
		return this.support;
	}

	public void setSupport(Support support) {
		this.support = support;
	}

	public Boolean getStableHousing() {
		return this.stableHousing;
	}

	public void setStableHousing(Boolean stableHousing) {
		this.stableHousing = stableHousing;
	}

	public Boolean getSubstanceUseAtHome() {
		return this.substanceUseAtHome;
	}

	public void setSubstanceUseAtHome(Boolean substanceUseAtHome) {
		this.substanceUseAtHome = substanceUseAtHome;
	}

	public CanAttend getCanAttend() {
		return this.canAttend;
	}

	public void setCanAttend(CanAttend canAttend) {
		this.canAttend = canAttend;
	}

	public Boolean getNeedsFlexibility() {
		return this.needsFlexibility;
	}

	public void setNeedsFlexibility(Boolean needsFlexibility) {
		this.needsFlexibility = needsFlexibility;
	}

	public Boolean getRecentInpatientDischarge() {
		return this.recentInpatientDischarge;
	}

	public void setRecentInpatientDischarge(Boolean recentInpatientDischarge) {
		this.recentInpatientDischarge = recentInpatientDischarge;
	}

	public Boolean getRelapsedAfterTreatment() {
		return this.relapsedAfterTreatment;
	}

	public void setRelapsedAfterTreatment(Boolean relapsedAfterTreatment) {
		this.relapsedAfterTreatment = relapsedAfterTreatment;
	}

	public boolean isChanging() {
		return this.changing;
	}

	public void setChanging(boolean changing) {
		this.changing = changing;
	}

	/**
	 * The three "safety now" answers.
	 */
	public static class CrisisForm {

		@NotNull(groups = Safety.class)
		private Boolean suicidalThoughts;

		@NotNull(groups = Safety.class)
		private Boolean overdoseOrMedicalEmergency;

		@NotNull(groups = Safety.class)
		private Boolean severeWithdrawalNow;

		Crisis toCrisis() {
			return new Crisis(this.suicidalThoughts, this.overdoseOrMedicalEmergency, this.severeWithdrawalNow);
		}

		/** Whether any crisis answer is yes. */
		boolean any() {
			return Boolean.TRUE.equals(this.suicidalThoughts) || Boolean.TRUE.equals(this.overdoseOrMedicalEmergency)
					|| Boolean.TRUE.equals(this.severeWithdrawalNow);
		}

		public Boolean getSuicidalThoughts() {
			return this.suicidalThoughts;
		}

		public void setSuicidalThoughts(Boolean suicidalThoughts) {
			this.suicidalThoughts = suicidalThoughts;
		}

		public Boolean getOverdoseOrMedicalEmergency() {
			return this.overdoseOrMedicalEmergency;
		}

		public void setOverdoseOrMedicalEmergency(Boolean overdoseOrMedicalEmergency) {
			this.overdoseOrMedicalEmergency = overdoseOrMedicalEmergency;
		}

		public Boolean getSevereWithdrawalNow() {
			return this.severeWithdrawalNow;
		}

		public void setSevereWithdrawalNow(Boolean severeWithdrawalNow) {
			this.severeWithdrawalNow = severeWithdrawalNow;
		}

	}

}
