package org.iopfit.placement;

import java.util.ArrayList;
import java.util.List;

/**
 * The three "safety now" answers. Any one of them true interrupts the screening (rule
 * R1).
 *
 * @param suicidalThoughts thoughts of ending their life or of seriously harming
 * themselves or someone else, now
 * @param overdoseOrMedicalEmergency possible overdose, unresponsiveness, chest pain or
 * trouble breathing, now
 * @param severeWithdrawalNow seizure, hallucinations or severe confusion after stopping
 * or cutting down, now
 */
public record Crisis(boolean suicidalThoughts, boolean overdoseOrMedicalEmergency, boolean severeWithdrawalNow) {

	/** No crisis at all. */
	public static final Crisis NONE = new Crisis(false, false, false);

	public boolean any() {
		return this.suicidalThoughts || this.overdoseOrMedicalEmergency || this.severeWithdrawalNow;
	}

	/**
	 * Whether a body is in danger now (an overdose, a medical emergency, severe
	 * withdrawal): then 911 comes before anything else.
	 * @return whether 911 is the first call
	 */
	public boolean medicalEmergency() {
		return this.overdoseOrMedicalEmergency || this.severeWithdrawalNow;
	}

	/**
	 * The reasons of an emergency result: one per crisis answer given, in the order the
	 * questions are asked.
	 * @return the reasons, empty when no crisis answer is yes
	 */
	public List<Reason> reasons() {
		List<Reason> reasons = new ArrayList<>();
		if (this.suicidalThoughts) {
			reasons.add(new Reason(Reason.Code.SUICIDAL_THOUGHTS, Reason.Kind.REASON));
		}
		if (this.overdoseOrMedicalEmergency) {
			reasons.add(new Reason(Reason.Code.OVERDOSE_OR_MEDICAL_EMERGENCY, Reason.Kind.REASON));
		}
		if (this.severeWithdrawalNow) {
			reasons.add(new Reason(Reason.Code.SEVERE_WITHDRAWAL_NOW, Reason.Kind.REASON));
		}
		return List.copyOf(reasons);
	}

	/**
	 * What to do for each crisis answer given, the most urgent first: a body in danger
	 * (call 911) before thoughts of suicide (call or text 988), as the crisis lines are
	 * ordered by {@link CrisisResource#orderFor(Crisis)}.
	 * @return the same reasons as {@link #reasons()}, most urgent first
	 */
	public List<Reason> advice() {
		List<Reason> advice = new ArrayList<>(reasons());
		if (medicalEmergency() && this.suicidalThoughts) {
			advice.add(advice.remove(0));
		}
		return List.copyOf(advice);
	}

}
