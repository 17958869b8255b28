package org.iopfit.records;

/**
 * The characters a person may type into a name or a note. Unicode control and format
 * characters (general categories Cc and Cf) are refused: a right-to-left override
 * (U+202E) makes a name read differently in the staff queue than it was typed, a
 * zero-width space (U+200B) makes two names that look the same differ, a NUL (U+0000)
 * cuts text short in other tools. Nobody types them on purpose. A note keeps its line
 * breaks and tabs.
 */
public final class TypedText {

	private TypedText() {
	}

	/**
	 * Whether a name is free of control and format characters.
	 * @param text what was typed
	 * @return whether it may be kept
	 */
	public static boolean isCleanLine(String text) {
		return text.codePoints().noneMatch(TypedText::isControlOrFormat);
	}

	/**
	 * Whether a note is free of control and format characters, line breaks and tabs
	 * apart.
	 * @param text what was typed
	 * @return whether it may be kept
	 */
	public static boolean isCleanText(String text) {
		return text.codePoints().noneMatch((c) -> c != '\n' && c != '\r' && c != '\t' && isControlOrFormat(c));
	}

	private static boolean isControlOrFormat(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT;
	}

}
