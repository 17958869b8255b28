package org.iopfit.fhir;

import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The issues found in a request, as an OperationOutcome. Each says, in plain words, what
 * is wrong and what to send; the {@code expression} points at the item (FHIRPath). No
 * parser's or library's message is passed on.
 */
final class Outcomes {

	private final List<Issue> issues = new ArrayList<>();

	void add(IssueType type, String expression, String text) {
		this.issues.add(new Issue(type, expression, text));
	}

	boolean isEmpty() {
		return this.issues.isEmpty();
	}

	OperationOutcome toResource() {
		OperationOutcome outcome = new OperationOutcome();
		for (Issue issue : this.issues) {
			OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
				.setSeverity(IssueSeverity.ERROR)
				.setCode(issue.type())
				.setDetails(new CodeableConcept().setText(issue.text()));
			if (issue.expression() != null) {
				component.addExpression(issue.expression());
			}
		}
		return outcome;
	}

	InvalidQuestionnaireResponseException toException() {
		return new InvalidQuestionnaireResponseException(this.issues.size(), json(toResource()));
	}

	/** One issue, the whole request in error. */
	static String single(IssueType type, String text) {
		Outcomes outcomes = new Outcomes();
		outcomes.add(type, null, text);
		return json(outcomes.toResource());
	}

	static InvalidQuestionnaireResponseException rejection(IssueType type, String expression, String text) {
		Outcomes outcomes = new Outcomes();
		outcomes.add(type, expression, text);
		return outcomes.toException();
	}

	private static String json(OperationOutcome outcome) {
		return Fhir.writer().encodeResourceToString(outcome);
	}

	private record Issue(IssueType type, String expression, String text) {

	}

}
