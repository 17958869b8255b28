package org.iopfit.fhir;

import java.util.Map;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The screening's FHIR resources built from the real message bundles, without a Spring
 * context, and one validator for every test (it loads the whole R4 specification).
 */
final class FhirTestResources {

	static final FhirScreenings SCREENINGS = new FhirScreenings(messages());

	static final ScreeningQuestionnaire BUILDER = new ScreeningQuestionnaire(new Texts(messages()));

	static final Questionnaire QUESTIONNAIRE = BUILDER.questionnaire();

	static final Map<String, CodeSystem> CODE_SYSTEMS = BUILDER.codeSystems();

	private FhirTestResources() {
	}

	/** The validator, made on first use. */
	static FhirValidation validation() {
		return Validation.INSTANCE;
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		// As spring.messages in application.yml.
		messages.setBasenames("messages/messages", "messages/staff");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static final class Validation {

		static final FhirValidation INSTANCE = new FhirValidation(QUESTIONNAIRE, CODE_SYSTEMS);

	}

}
