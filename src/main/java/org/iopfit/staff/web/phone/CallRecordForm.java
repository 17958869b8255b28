package org.iopfit.staff.web.phone;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.iopfit.placement.Level;
import org.iopfit.records.CallDetails;
import org.iopfit.records.CallType;
import org.iopfit.records.CrisisAction;
import org.iopfit.records.Disposition;
import org.iopfit.records.TypedText;

/**
 * The call record staff fill in when they finish a phone screening. Every field is
 * optional and kept as typed, so a page with an error shows it again; a different level
 * needs a reason.
 */
class CallRecordForm {

	/** The longest location kept, as the column allows. */
	static final int MAX_LOCATION = 300;

	private static final Pattern PHONE = Pattern.compile("[0-9 ()+.\\-]{7,30}");

	private String callerName = "";

	private String callbackPhone = "";

	private String voicemail = "";

	private String referralSource = "";

	private String disposition = "";

	private String followUpDate = "";

	private String recordedLevel = "";

	private String overrideReason = "";

	private List<String> actions = new ArrayList<>();

	private String location = "";

	public String getCallerName() {
		return this.callerName;
	}

	public void setCallerName(String callerName) {
		this.callerName = orEmpty(callerName);
	}

	public String getCallbackPhone() {
		return this.callbackPhone;
	}

	public void setCallbackPhone(String callbackPhone) {
		this.callbackPhone = orEmpty(callbackPhone);
	}

	public String getVoicemail() {
		return this.voicemail;
	}

	public void setVoicemail(String voicemail) {
		// "Not asked" is a choice of its own on the page, and no value on the record.
		this.voicemail = "unknown".equals(voicemail) ? "" : orEmpty(voicemail);
	}

	public String getReferralSource() {
		return this.referralSource;
	}

	public void setReferralSource(String referralSource) {
		this.referralSource = orEmpty(referralSource);
	}

	public String getDisposition() {
		return this.disposition;
	}

	public void setDisposition(String disposition) {
		this.disposition = orEmpty(disposition);
	}

	public String getFollowUpDate() {
		return this.followUpDate;
	}

	public void setFollowUpDate(String followUpDate) {
		this.followUpDate = orEmpty(followUpDate);
	}

	public String getRecordedLevel() {
		return this.recordedLevel;
	}

	public void setRecordedLevel(String recordedLevel) {
		this.recordedLevel = orEmpty(recordedLevel);
	}

	public String getOverrideReason() {
		return this.overrideReason;
	}

	public void setOverrideReason(String overrideReason) {
		this.overrideReason = orEmpty(overrideReason);
	}

	public List<String> getActions() {
		return this.actions;
	}

	public void setActions(List<String> actions) {
		this.actions = (actions != null) ? new ArrayList<>(actions) : new ArrayList<>();
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = orEmpty(location);
	}

	/**
	 * Every problem, in the order of the fields.
	 * @param suggested the rules' suggestion (a "different" level must differ from it)
	 * @return the id of each field in error, with its message key
	 */
	Map<String, String> errors(Level suggested) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (!TypedText.isCleanLine(this.callerName)) {
			errors.put("callerName", "staff.call.error.callerName.characters");
		}
		else if (tooLong(this.callerName, 60)) {
			errors.put("callerName", "staff.call.error.callerName");
		}
		String phone = this.callbackPhone.strip();
		long digits = phone.chars().filter(Character::isDigit).count();
		if (!phone.isEmpty() && (!PHONE.matcher(phone).matches() || digits < 7 || digits > 15)) {
			errors.put("callbackPhone", "staff.call.error.callbackPhone");
		}
		if (!List.of("", "true", "false").contains(this.voicemail)) {
			errors.put("voicemail-unknown", "staff.call.error.invalid");
		}
		if (tooLong(this.referralSource, 200)) {
			errors.put("referralSource", "staff.call.error.referralSource");
		}
		if (!this.disposition.isEmpty() && enumOf(Disposition.class, this.disposition) == null) {
			errors.put("disposition", "staff.call.error.invalid");
		}
		if (!this.followUpDate.isBlank() && date() == null) {
			errors.put("followUpDate", "staff.call.error.followUp");
		}
		Level level = enumOf(Level.class, this.recordedLevel);
		if (!this.recordedLevel.isEmpty() && (level == null || level == Level.EMERGENCY)) {
			errors.put("recordedLevel", "staff.call.error.invalid");
		}
		else if (level != null && level != suggested && this.overrideReason.isBlank()) {
			errors.put("overrideReason", "staff.call.error.overrideReason");
		}
		if (tooLong(this.overrideReason, 1000)) {
			errors.put("overrideReason", "staff.call.error.overrideReason.long");
		}
		if (this.actions.stream().anyMatch((action) -> enumOf(CrisisAction.class, action) == null)) {
			errors.put("action-" + CrisisAction.values()[0], "staff.call.error.invalid");
		}
		// An address with its line breaks, as typed into a note; no hidden characters.
		if (!TypedText.isCleanText(this.location)) {
			errors.put("location", "staff.call.error.location.characters");
		}
		else if (this.location.strip().length() > MAX_LOCATION) {
			errors.put("location", "staff.call.error.location");
		}
		return errors;
	}

	/** The details, once {@link #errors} found none. */
	CallDetails toDetails(CallType callType, Level suggested) {
		Level level = enumOf(Level.class, this.recordedLevel);
		boolean different = level != null && level != suggested;
		return new CallDetails(callType, this.callerName, this.callbackPhone,
				this.voicemail.isEmpty() ? null : Boolean.valueOf(this.voicemail), this.referralSource,
				enumOf(Disposition.class, this.disposition), date(), different ? level : null,
				different ? this.overrideReason : null);
	}

	/** The crisis actions ticked. */
	Set<CrisisAction> crisisActions() {
		Set<CrisisAction> set = EnumSet.noneOf(CrisisAction.class);
		this.actions.stream().map((action) -> enumOf(CrisisAction.class, action)).forEach(set::add);
		return set;
	}

	private LocalDate date() {
		try {
			return this.followUpDate.isBlank() ? null : LocalDate.parse(this.followUpDate.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean tooLong(String text, int max) {
		return text.strip().length() > max
				|| text.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r');
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	@Override
	public String toString() {
		return "CallRecordForm";
	}

}
