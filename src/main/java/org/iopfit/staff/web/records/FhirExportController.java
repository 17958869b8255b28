package org.iopfit.staff.web.records;

import jakarta.servlet.http.HttpSession;

import org.iopfit.audit.AuditAction;
import org.iopfit.fhir.FhirScreenings;
import org.iopfit.placement.Answers;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Recommendation;
import org.iopfit.records.SavedScreening;
import org.iopfit.records.ScreeningRecords;
import org.iopfit.records.Source;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A saved screening as a FHIR R4 QuestionnaireResponse, to take into the person's chart
 * in an electronic health record instead of retyping it: the answers, the suggestion on
 * record and, for a phone screening, the staff member as author; never the caller's name
 * or number. Audited as an export.
 */
@Controller
class FhirExportController {

	private final ScreeningRecords records;

	private final FhirScreenings fhir;

	private final PlacementRules rules;

	FhirExportController(ScreeningRecords records, FhirScreenings fhir, PlacementRules rules) {
		this.records = records;
		this.fhir = fhir;
		this.rules = rules;
	}

	@GetMapping("/staff/screenings/{code}/fhir")
	ResponseEntity<String> export(@PathVariable String code, Authentication user, HttpSession session) {
		ScreeningRecords.Lookup lookup = this.records.lookUp(user.getName(), code, AuditAction.EXPORTED,
				Listed.in(session));
		switch (lookup.outcome()) {
			case LIMITED -> throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
			case FOUND -> {
			}
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		SavedScreening screening = lookup.screening();
		if (!screening.draft().isComplete()) {
			// A screening stopped by a crisis answer has unanswered required questions:
			// it is
			// no completed QuestionnaireResponse. The record page offers no download for
			// it.
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		String json = this.fhir.questionnaireResponse(screening.draft(), suggestionOf(screening), screening.createdAt(),
				(screening.source() == Source.PHONE) ? screening.staffUsername() : null,
				(screening.recordedLevel() != null)
						? new FhirScreenings.Recorded(screening.recordedLevel(), screening.overrideReason()) : null);
		return ResponseEntity.ok()
			.contentType(FhirScreenings.FHIR_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("screening-" + screening.code().display() + ".fhir.json")
						.build()
						.toString())
			.body(json);
	}

	/**
	 * The suggestion as it was saved (level, rule, severity and rules version on record),
	 * with the reasons the rules give for these answers.
	 */
	private Recommendation suggestionOf(SavedScreening screening) {
		Answers answers = screening.draft().toAnswers();
		Recommendation now = this.rules.recommend(answers);
		return new Recommendation(screening.level(), screening.decidedBy(), screening.severity(),
				answers.criteria().size(), now.reasons(), screening.rulesVersion());
	}

}
