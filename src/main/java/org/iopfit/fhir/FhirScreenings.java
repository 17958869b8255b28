package org.iopfit.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

import org.iopfit.placement.Answers;
import org.iopfit.placement.Level;
import org.iopfit.placement.Recommendation;
import org.iopfit.questions.Draft;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The screening in FHIR R4, as JSON: the Questionnaire and its CodeSystems, a
 * QuestionnaireResponse read into answers, and answers with their suggestion written as
 * one. The FHIR context and the resources are made on first use, not at start-up.
 * Thread-safe.
 */
@Component
public class FhirScreenings {

	/** FHIR JSON, always UTF-8. */
	public static final MediaType FHIR_JSON = new MediaType("application", "fhir+json", StandardCharsets.UTF_8);

	private final Texts texts;

	private final ScreeningQuestionnaire questionnaire;

	private final Supplier<String> questionnaireJson;

	private final Supplier<Map<String, String>> codeSystemsJson;

	FhirScreenings(MessageSource messages) {
		this.texts = new Texts(messages);
		this.questionnaire = new ScreeningQuestionnaire(this.texts);
		this.questionnaireJson = SingletonSupplier
			.of(() -> Fhir.writer().encodeResourceToString(this.questionnaire.questionnaire()));
		this.codeSystemsJson = SingletonSupplier.of(() -> {
			Map<String, String> json = new LinkedHashMap<>();
			this.questionnaire.codeSystems()
				.forEach((id, codeSystem) -> json.put(id, Fhir.writer().encodeResourceToString(codeSystem)));
			return Collections.unmodifiableMap(json);
		});
	}

	/** The Questionnaire {@value FhirTerms#QUESTIONNAIRE_ID}, FHIR JSON. */
	public String questionnaire() {
		return this.questionnaireJson.get();
	}

	/**
	 * A CodeSystem of the screening.
	 * @param id its id, e.g. {@code iop-fit-level}
	 * @return it as FHIR JSON, or empty when there is none of that id
	 */
	public Optional<String> codeSystem(String id) {
		return Optional.ofNullable(this.codeSystemsJson.get().get(id));
	}

	/**
	 * Reads the answers of a QuestionnaireResponse for the screening's Questionnaire.
	 * Validity is the JSON API's: the same reader checks the values.
	 * @param json the QuestionnaireResponse, FHIR JSON
	 * @return the complete answers
	 * @throws InvalidQuestionnaireResponseException when it is not FHIR JSON, not a
	 * QuestionnaireResponse for this Questionnaire, or has an unknown, missing or wrong
	 * item; its OperationOutcome names each by linkId
	 */
	public Answers read(String json) {
		return ResponseReader.read(json);
	}

	/**
	 * A completed screening as a QuestionnaireResponse (status completed): the answers in
	 * their groups and the suggestion's read-only items (level, deciding rule, rules
	 * version). It names no one but the author given.
	 * @param answers the complete answers
	 * @param recommendation what the rules suggested for them; its rules version is also
	 * the version of the Questionnaire referred to
	 * @param authored when the screening was done
	 * @param author who asked the questions (a staff member's display name), or
	 * {@code null} for none
	 * @return FHIR JSON
	 */
	public String questionnaireResponse(Answers answers, Recommendation recommendation, Instant authored,
			String author) {
		return Fhir.writer().encodeResourceToString(toResource(answers, recommendation, authored, author));
	}

	/**
	 * As {@link #questionnaireResponse(Answers, Recommendation, Instant, String)}, from a
	 * complete draft.
	 * @param answers the answers, every question answered
	 * @param recommendation what the rules suggested for them
	 * @param authored when the screening was done
	 * @param author who asked the questions, or {@code null} for none
	 * @return FHIR JSON
	 * @throws IllegalStateException when a question is not answered
	 */
	public String questionnaireResponse(Draft answers, Recommendation recommendation, Instant authored, String author) {
		return questionnaireResponse(answers.toAnswers(), recommendation, authored, author);
	}

	/**
	 * As {@link #questionnaireResponse(Draft, Recommendation, Instant, String)}, with the
	 * level staff recorded when it differs from the suggestion, and their reason: the
	 * record travels whole, so a chart never shows the suggestion alone where staff
	 * decided otherwise.
	 * @param answers the answers, every question answered
	 * @param recommendation what the rules suggested for them
	 * @param authored when the screening was done
	 * @param author who asked the questions, or {@code null} for none
	 * @param recorded what staff recorded, or {@code null} for the suggestion itself
	 * @return FHIR JSON
	 */
	public String questionnaireResponse(Draft answers, Recommendation recommendation, Instant authored, String author,
			Recorded recorded) {
		Answers complete = answers.toAnswers();
		return Fhir.writer()
			.encodeResourceToString(new ResponseWriter(this.questionnaire, this.texts).write(
					(question) -> ResponseWriter.valueOf(complete, question), recommendation, authored, author,
					recorded));
	}

	/**
	 * The level staff recorded in place of the suggestion.
	 *
	 * @param level the level on record
	 * @param reason why, in staff's words
	 */
	public record Recorded(Level level, String reason) {
	}

	/** The same, as HAPI's model, for the tests. */
	QuestionnaireResponse toResource(Answers answers, Recommendation recommendation, Instant authored, String author) {
		return new ResponseWriter(this.questionnaire, this.texts)
			.write((question) -> ResponseWriter.valueOf(answers, question), recommendation, authored, author);
	}

	/**
	 * An OperationOutcome for a body too large to read.
	 * @param text the limit, in plain words
	 * @return FHIR JSON
	 */
	public String tooLarge(String text) {
		return Outcomes.single(IssueType.TOOLONG, text);
	}

	/**
	 * An OperationOutcome for a resource that is not served.
	 * @param text what was not found
	 * @return FHIR JSON
	 */
	public String notFound(String text) {
		return Outcomes.single(IssueType.NOTFOUND, text);
	}

}
