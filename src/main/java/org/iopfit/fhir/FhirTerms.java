package org.iopfit.fhir;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.iopfit.placement.PlacementRules;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;

/**
 * The names the FHIR resources are known by. Canonical URLs are identifiers, the same for
 * every installation (an EHR maps them once), so they are fixed here rather than taken
 * from wherever the app runs; each installation serves the same resources under its own
 * {@code /fhir/}.
 */
public final class FhirTerms {

	/** The base of every canonical URL. */
	public static final String CANONICAL_BASE = "https://iopfit.org/fhir";

	/** The Questionnaire's id. */
	public static final String QUESTIONNAIRE_ID = "iop-fit-screening";

	/** The Questionnaire's canonical URL, without version. */
	public static final String QUESTIONNAIRE_URL = CANONICAL_BASE + "/Questionnaire/" + QUESTIONNAIRE_ID;

	/** The media type of FHIR JSON. */
	public static final String MEDIA_TYPE = "application/fhir+json";

	/** The CodeSystem of the levels of care. */
	static final String LEVEL_ID = "iop-fit-level";

	/** The CodeSystem of the placement rules. */
	static final String RULE_ID = "iop-fit-rule";

	/**
	 * The code for "None of these" signs: a FHIR item that must be answered needs an
	 * answer, and an empty list is none.
	 */
	static final String NONE = "NONE";

	/** The group of read-only items with the suggestion, and its items. */
	static final String SUGGESTION = "suggestion";

	static final String SUGGESTION_LEVEL = "suggestion.level";

	static final String SUGGESTION_RULE = "suggestion.decidedBy";

	static final String SUGGESTION_VERSION = "suggestion.rulesVersion";

	static final String SUGGESTION_REASONS = "suggestion.reasons";

	static final String SUGGESTION_CAUTIONS = "suggestion.cautions";

	static final String RECORDED_LEVEL = "suggestion.recordedLevel";

	static final String OVERRIDE_REASON = "suggestion.overrideReason";

	static final String SUGGESTION_NOTICE = "suggestion.notice";

	private FhirTerms() {
	}

	/** The Questionnaire's canonical URL with the version of the rules it feeds. */
	static String questionnaireCanonical(String rulesVersion) {
		return QUESTIONNAIRE_URL + "|" + rulesVersion;
	}

	/**
	 * The version of the first Questionnaire: its items are those of today's less the
	 * optional ones policy v1.1 added, so a response written for it is still read.
	 */
	static final String V1 = "1";

	/** The current Questionnaire's canonical URL with version. */
	static String questionnaireCanonical() {
		return questionnaireCanonical(PlacementRules.VERSION);
	}

	/**
	 * The id of the CodeSystem of a question's choices, e.g. {@code iop-fit-substances}
	 * for {@code substances}; empty for a yes/no question (a FHIR boolean).
	 */
	static Optional<String> codeSystemId(Question question) {
		if (question.kind() == Question.Kind.YES_NO) {
			return Optional.empty();
		}
		return Optional.of("iop-fit-" + question.path().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
	}

	static String codeSystemUrl(String id) {
		return CANONICAL_BASE + "/CodeSystem/" + id;
	}

	/** Every CodeSystem the app serves: the questions' choices, the levels, the rules. */
	public static List<String> codeSystemIds() {
		return Stream
			.concat(Question.all().stream().flatMap((question) -> codeSystemId(question).stream()),
					Stream.of(LEVEL_ID, RULE_ID))
			.toList();
	}

	/**
	 * The linkId of a page's group, e.g. {@code step-support}: a page's slug alone can be
	 * a question's path too ({@code support}), and linkIds are unique.
	 */
	static String groupOf(Step step) {
		return "step-" + step.slug();
	}

	/** The linkId of the group of the page a question is on. */
	static String groupOf(Question question) {
		return groupOf(question.step());
	}

	/** The page of a group's linkId. */
	static Optional<Step> stepOf(String linkId) {
		return Step.all().stream().filter((step) -> groupOf(step).equals(linkId)).findFirst();
	}

}
