package org.iopfit.fhir.web;

import java.util.concurrent.TimeUnit;

import org.iopfit.fhir.FhirScreenings;
import org.iopfit.fhir.FhirTerms;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The screening's FHIR definitions, public and read-only: they hold no answers. Any
 * client may fetch them and keep them for a day.
 */
@RestController
class FhirController {

	private static final MediaType FHIR_JSON = FhirScreenings.FHIR_JSON;

	private static final CacheControl CACHE = CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic();

	private final FhirScreenings fhir;

	FhirController(FhirScreenings fhir) {
		this.fhir = fhir;
	}

	@GetMapping("/fhir/Questionnaire/" + FhirTerms.QUESTIONNAIRE_ID)
	ResponseEntity<String> questionnaire() {
		return ResponseEntity.ok().contentType(FHIR_JSON).cacheControl(CACHE).body(this.fhir.questionnaire());
	}

	@GetMapping("/fhir/CodeSystem/{id}")
	ResponseEntity<String> codeSystem(@PathVariable String id) {
		return this.fhir.codeSystem(id)
			.map((json) -> ResponseEntity.ok().contentType(FHIR_JSON).cacheControl(CACHE).body(json))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(FHIR_JSON)
				.body(this.fhir.notFound("There is no CodeSystem of that id. The screening's are: "
						+ String.join(", ", FhirTerms.codeSystemIds()) + ".")));
	}

	/** Anything else under {@code /fhir/}: a FHIR client gets a FHIR answer. */
	@GetMapping("/fhir/**")
	ResponseEntity<String> nothingHere() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(FHIR_JSON)
			.body(this.fhir
				.notFound("There is nothing at this address. The screening's Questionnaire is at /fhir/Questionnaire/"
						+ FhirTerms.QUESTIONNAIRE_ID + "."));
	}

}
