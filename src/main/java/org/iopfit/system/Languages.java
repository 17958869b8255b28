package org.iopfit.system;

import java.util.List;
import java.util.Locale;

/**
 * The languages the app speaks, English first.
 */
public final class Languages {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale SPANISH = Locale.forLanguageTag("es");

	public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

	private Languages() {
	}

	/**
	 * The best supported language for an {@code Accept-Language} header: a missing,
	 * malformed or unsupported header gives English.
	 * @param acceptLanguage the header's value, possibly {@code null}
	 * @return English or Spanish
	 */
	public static Locale fromAcceptLanguage(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return ENGLISH;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
			return (match != null) ? match : ENGLISH;
		}
		catch (IllegalArgumentException ex) {
			return ENGLISH;
		}
	}

	/**
	 * The supported language of a locale, or {@code null} when it is not supported.
	 * @param locale any locale, possibly {@code null}
	 * @return English, Spanish or {@code null}
	 */
	public static Locale supported(Locale locale) {
		if (locale == null) {
			return null;
		}
		return SUPPORTED.stream().filter((l) -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(null);
	}

}
