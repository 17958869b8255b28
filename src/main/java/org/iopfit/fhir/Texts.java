package org.iopfit.fhir;

import java.util.Locale;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;

import org.iopfit.placement.Respondent;
import org.iopfit.system.Languages;

import org.springframework.context.MessageSource;

/**
 * The wording of the resources from the message bundles: English as the text, Spanish in
 * FHIR's translation extension. Questions are worded as asked of the person screened
 * ({@link Respondent#SELF}).
 */
final class Texts {

	static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

	private static final String WHO = Respondent.SELF.name();

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	/** A message in English. */
	String english(String key) {
		return text(key, Languages.ENGLISH);
	}

	/** A message in English, with its arguments. */
	String english(String key, Object... args) {
		return this.messages.getMessage(key, args, Languages.ENGLISH);
	}

	/** A message worded for the person screened ({@code key.SELF}), else for anyone. */
	String worded(String key) {
		return english(key + "." + WHO);
	}

	/**
	 * Sets a text in English with its Spanish translation.
	 * @param element the string element, e.g. an item's {@code textElement}
	 * @param key the message key
	 */
	void set(StringType element, String key) {
		element.setValue(text(key, Languages.ENGLISH));
		translate(element, text(key, Languages.SPANISH));
	}

	/** The wording of a question's part ({@code q.<path>.<part>.SELF}). */
	String questionKey(String path, String part) {
		return "q." + path + "." + part + "." + WHO;
	}

	/**
	 * The key of a choice's wording: for the person screened, else for anyone, else a
	 * plain yes or no, as the pages resolve it.
	 */
	String choiceKey(String path, String value) {
		String stem = "q." + path + "." + value;
		for (String key : new String[] { stem + "." + WHO, stem, "answer." + value }) {
			if (this.messages.getMessage(key, null, null, Languages.ENGLISH) != null) {
				return key;
			}
		}
		return stem;
	}

	/** A message; a missing key fails (the tests build every resource). */
	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	static void translate(Element element, String spanish) {
		Extension translation = new Extension(TRANSLATION);
		translation.addExtension("lang", new CodeType(Languages.SPANISH.getLanguage()));
		translation.addExtension("content", new StringType(spanish));
		element.addExtension(translation);
	}

}
