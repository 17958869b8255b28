package org.iopfit.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * HAPI's validator for tests outside this package (the staff export): the errors it finds
 * in a QuestionnaireResponse, checked against the screening's Questionnaire.
 */
public final class FhirChecks {

	private FhirChecks() {
	}

	/**
	 * Validates a QuestionnaireResponse.
	 * @param json the resource as FHIR JSON
	 * @return the errors (and worse), one line each; empty when it is valid
	 */
	public static List<String> errorsInQuestionnaireResponse(String json) {
		QuestionnaireResponse response = Fhir.context()
			.newJsonParser()
			.parseResource(QuestionnaireResponse.class, json);
		return FhirTestResources.validation().errors(response);
	}

}
