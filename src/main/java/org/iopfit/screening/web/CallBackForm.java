package org.iopfit.screening.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.iopfit.records.TypedText;

/**
 * "Ask us to call you": what a person types, kept as typed so that a page with an error
 * shows it again.
 */
class CallBackForm {

	/** Digits with the usual separators; 7 to 15 digits are checked apart. */
	private static final Pattern PHONE = Pattern.compile("[0-9 ()+.\\-]{7,30}");

	private String firstName = "";

	private String phone = "";

	private String bestTime = "";

	private String voicemail = "";

	private String consent = "";

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = (firstName != null) ? firstName : "";
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = (phone != null) ? phone : "";
	}

	public String getBestTime() {
		return this.bestTime;
	}

	public void setBestTime(String bestTime) {
		this.bestTime = (bestTime != null) ? bestTime : "";
	}

	public String getVoicemail() {
		return this.voicemail;
	}

	public void setVoicemail(String voicemail) {
		this.voicemail = (voicemail != null) ? voicemail : "";
	}

	public String getConsent() {
		return this.consent;
	}

	public void setConsent(String consent) {
		this.consent = (consent != null) ? consent : "";
	}

	boolean voicemailOk() {
		return "true".equals(this.voicemail);
	}

	/**
	 * Every problem, in the order of the fields.
	 * @return the id of each field in error, with its message key
	 */
	Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = this.firstName.strip();
		if (name.isEmpty()) {
			errors.put("firstName", "optin.callBack.error.firstName");
		}
		else if (!TypedText.isCleanLine(name)) {
			errors.put("firstName", "optin.callBack.error.firstName.characters");
		}
		else if (name.length() > 60) {
			errors.put("firstName", "optin.callBack.error.firstName.long");
		}
		String number = this.phone.strip();
		long digits = number.chars().filter(Character::isDigit).count();
		if (!PHONE.matcher(number).matches() || digits < 7 || digits > 15) {
			errors.put("phone", "optin.callBack.error.phone");
		}
		if (this.bestTime.strip().length() > 100 || !TypedText.isCleanLine(this.bestTime)) {
			errors.put("bestTime", "optin.callBack.error.bestTime");
		}
		if (!"true".equals(this.voicemail) && !"false".equals(this.voicemail)) {
			errors.put("voicemail-true", "optin.callBack.error.voicemail");
		}
		if (!"yes".equals(this.consent)) {
			errors.put("consent", "optin.callBack.error.consent");
		}
		return errors;
	}

	@Override
	public String toString() {
		return "CallBackForm";
	}

}
