package org.iopfit.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where to get help now, shown before anything else whenever a crisis answer is given
 * (rule R1) and on the "need help now?" page. National US numbers that answer 24/7.
 */
public enum CrisisResource {

	/** Immediate danger, a possible overdose, a seizure. */
	EMERGENCY_911("911", "tel:911", null, null),

	/**
	 * The 988 Suicide &amp; Crisis Lifeline: call or text; Spanish, veterans, Deaf and
	 * hard of hearing callers.
	 */
	LIFELINE_988("988", "tel:988", "sms:988", null),

	/** Poison Help, for a possible poisoning or overdose; interpreters on request. */
	POISON_HELP("1-800-222-1222", "tel:+18002221222", null, null),

	/**
	 * The SAMHSA National Helpline: free, confidential, 24/7, English and Spanish, with a
	 * TTY line.
	 */
	SAMHSA_HELPLINE("1-800-662-4357", "tel:+18006624357", null, "1-800-487-4889");

	private final String phone;

	private final String tel;

	private final String sms;

	private final String tty;

	CrisisResource(String phone, String tel, String sms, String tty) {
		this.phone = phone;
		this.tel = tel;
		this.sms = sms;
		this.tty = tty;
	}

	/**
	 * The lines in the order a person needs them, for the crisis answers given: 911 first
	 * for a body in danger now (an overdose, a medical emergency, severe withdrawal), 988
	 * first for thoughts of suicide alone, then the others in their usual order. With no
	 * crisis answer (the "need help now?" page, where nothing is known yet) 911 comes
	 * first.
	 * @param crisis the crisis answers
	 * @return every line, once, the one that fits first
	 */
	public static List<CrisisResource> orderFor(Crisis crisis) {
		List<CrisisResource> lines = new ArrayList<>(List.of(values()));
		CrisisResource first = (crisis.suicidalThoughts() && !crisis.medicalEmergency()) ? LIFELINE_988 : EMERGENCY_911;
		lines.remove(first);
		lines.add(0, first);
		if (crisis.overdoseOrMedicalEmergency() && !crisis.suicidalThoughts()) {
			// Poison Help, for someone awake and breathing, before the lines for talking.
			lines.remove(POISON_HELP);
			lines.add(1, POISON_HELP);
		}
		return List.copyOf(lines);
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

	/**
	 * The {@code sms:} link for a page's language: on a Spanish page, the 988 text
	 * already says AYUDA, the word that reaches the Lifeline's Spanish counselors, so a
	 * person does not have to know it (RFC 5724's {@code body}).
	 * @param locale the page's language
	 * @return the link, or {@code null} where texting is not offered
	 */
	public String smsFor(Locale locale) {
		if (this.sms != null && hasSpanishOption() && "es".equals(locale.getLanguage())) {
			return this.sms + "?body=AYUDA";
		}
		return this.sms;
	}

	/**
	 * Whether the line has a way in for Spanish speakers of its own (988: press 2, or
	 * text AYUDA), shown in Spanish on every page.
	 */
	public boolean hasSpanishOption() {
		return this == LIFELINE_988;
	}

	/**
	 * The number for a TTY (text telephone), or {@code null} where the line has none of
	 * its own.
	 */
	public String tty() {
		return this.tty;
	}

}
