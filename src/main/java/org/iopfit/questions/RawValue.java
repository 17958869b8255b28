package org.iopfit.questions;

/**
 * One value as it came in, before it is given a meaning: text, a yes/no, or something
 * that is neither (a JSON number, object or null).
 *
 * @param type what kind of value it is
 * @param text its text, for {@code TEXT} and {@code BOOLEAN}
 */
public record RawValue(Type type, String text) {

	private static final RawValue OTHER = new RawValue(Type.OTHER, "");

	private static final RawValue NOT_A_LIST = new RawValue(Type.NOT_A_LIST, "");

	/** A JSON string. */
	public static RawValue text(String text) {
		return new RawValue(Type.TEXT, text);
	}

	/** A JSON {@code true} or {@code false}. */
	public static RawValue bool(boolean value) {
		return new RawValue(Type.BOOLEAN, Boolean.toString(value));
	}

	/** A JSON value that is neither a string nor a boolean. */
	public static RawValue other() {
		return OTHER;
	}

	/** A single JSON value where a list of choices is expected. */
	public static RawValue notAList() {
		return NOT_A_LIST;
	}

	/**
	 * A form field's value. A form has only text, so the words {@code true} and
	 * {@code false} are its yes and no.
	 */
	public static RawValue formField(String value) {
		return ("true".equals(value) || "false".equals(value)) ? new RawValue(Type.BOOLEAN, value) : text(value);
	}

	/** What kind of value. */
	public enum Type {

		TEXT, BOOLEAN, OTHER, NOT_A_LIST

	}

}
