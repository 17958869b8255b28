package org.iopfit.placement;

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

}
