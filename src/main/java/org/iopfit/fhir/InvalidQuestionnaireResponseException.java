package org.iopfit.fhir;

/**
 * A body that is no valid, complete QuestionnaireResponse for the screening, with the
 * OperationOutcome that names every bad item.
 */
public class InvalidQuestionnaireResponseException extends RuntimeException {

	private final String operationOutcome;

	InvalidQuestionnaireResponseException(int issues, String operationOutcome) {
		super(issues + " issue(s)", null, false, false);
		this.operationOutcome = operationOutcome;
	}

	/** The OperationOutcome as FHIR JSON ({@value FhirTerms#MEDIA_TYPE}). */
	public String operationOutcome() {
		return this.operationOutcome;
	}

}
