package org.iopfit.placement;

/**
 * Where to get help now, shown before anything else whenever a crisis answer is given
 * (rule R1) and on the "need help now?" page. National US numbers that answer 24/7.
 */
public enum CrisisResource {

	/** Immediate danger, a possible overdose, a seizure. */
	EMERGENCY_911("911", "tel:911", null),

	/** The 988 Suicide &amp; Crisis Lifeline: call or text. */
	LIFELINE_988("988", "tel:988", "sms:988"),

	/** Poison Help, for a possible poisoning or overdose. */
	POISON_HELP("1-800-222-1222", "tel:+18002221222", null),

	/** The SAMHSA National Helpline: free, confidential, 24/7, English and Spanish. */
	SAMHSA_HELPLINE("1-800-662-4357", "tel:+18006624357", null);

	private final String phone;

	private final String tel;

	private final String sms;

	CrisisResource(String phone, String tel, String sms) {
		this.phone = phone;
		this.tel = tel;
		this.sms = sms;
	}

	/** The number as people read it. */
	public String phone() {
		return this.phone;
	}

	/** A {@code tel:} link that dials it. */
	public String tel() {
		return this.tel;
	}

	/**
	 * An {@code sms:} link that texts it, or {@code null} where texting is not offered.
	 */
	public String sms() {
		return this.sms;
	}

}
