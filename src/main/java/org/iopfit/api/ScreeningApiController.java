package org.iopfit.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import org.iopfit.fhir.FhirScreenings;
import org.iopfit.fhir.FhirTerms;
import org.iopfit.fhir.InvalidQuestionnaireResponseException;
import org.iopfit.placement.Answers;
import org.iopfit.placement.CrisisResource;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Recommendation;
import org.iopfit.system.security.BodySizeLimit;
import org.iopfit.system.Languages;
import org.iopfit.system.ProviderProperties;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/screenings}: answers in (JSON, or a FHIR QuestionnaireResponse),
 * the suggestion out. Stateless: nothing is stored and nothing about the answers is
 * logged.
 */
@RestController
class ScreeningApiController {

	static final String PATH = "/api/v1/screenings";

	/** FHIR JSON's media type before R4, which some clients still send. */
	static final String FHIR_LEGACY_MEDIA_TYPE = "application/json+fhir";

	/** The encodings JSON's parser detects by itself (RFC 8259, RFC 4627). */
	private static final Set<Charset> JSON_ENCODINGS = Set.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16,
			StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, Charset.forName("UTF-32"),
			Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"));

	private final PlacementRules rules;

	private final MessageSource messages;

	private final ProviderProperties provider;

	private final FhirScreenings fhir;

	private final ObjectReader bodyReader;

	private final ObjectWriter responseWriter;

	ScreeningApiController(PlacementRules rules, MessageSource messages, ProviderProperties provider,
			FhirScreenings fhir, JsonMapper json) {
		this.rules = rules;
		this.messages = messages;
		this.provider = provider;
		this.fhir = fhir;
		this.bodyReader = json.readerFor(JsonNode.class);
		this.responseWriter = json.writerFor(ScreeningResponse.class);
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	void screen(HttpServletRequest request, HttpServletResponse response,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage)
			throws IOException {
		sendAnswer(response, respond(JsonAnswers.read(readBody(request)), acceptLanguage));
	}

	/**
	 * The body as a JSON tree, read the way {@code @RequestBody} would (the charset of
	 * the {@code Content-Type}, Jackson's duplicate detection), so that an empty,
	 * malformed or oversized body is refused with the same problem ({@link ApiProblems}).
	 */
	private JsonNode readBody(HttpServletRequest request) throws IOException {
		try {
			byte[] bytes = request.getInputStream().readAllBytes();
			if (bytes.length == 0) {
				throw new HttpMessageNotReadableException("Required request body is missing",
						new ServletServerHttpRequest(request));
			}
			// The mapping's "consumes" has parsed it already (cached).
			Charset charset = MediaType.parseMediaType(request.getContentType()).getCharset();
			if (charset == null || JSON_ENCODINGS.contains(charset)) {
				return this.bodyReader.readValue(bytes);
			}
			return this.bodyReader.readValue(new String(bytes, charset));
		}
		catch (JacksonException | BodySizeLimit.TooLargeException ex) {
			throw new HttpMessageNotReadableException("Unreadable JSON body", ex,
					new ServletServerHttpRequest(request));
		}
	}

	/**
	 * The same for a FHIR QuestionnaireResponse. Reads the body itself, so that even a
	 * body over the size limit gets an OperationOutcome rather than a problem.
	 */
	@PostMapping(path = PATH, consumes = { FhirTerms.MEDIA_TYPE, FHIR_LEGACY_MEDIA_TYPE })
	void screenQuestionnaireResponse(InputStream body, HttpServletResponse response,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage)
			throws IOException {
		String json;
		try {
			json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (BodySizeLimit.TooLargeException ex) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
			send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, FhirScreenings.FHIR_JSON.toString(),
					this.fhir.tooLarge(BodySizeLimit.DETAIL).getBytes(StandardCharsets.UTF_8));
			return;
		}
		Answers answers;
		try {
			answers = this.fhir.read(json);
		}
		catch (InvalidQuestionnaireResponseException ex) {
			sendOperationOutcome(response, ex.operationOutcome());
			return;
		}
		sendAnswer(response, respond(answers, acceptLanguage));
	}

	/**
	 * Writes the suggestion as JSON. Written here, not by a message converter: the
	 * mapping has already settled the format, and choosing a converter again for every
	 * answer cost a tenth of the request (docs/performance.md).
	 */
	private void sendAnswer(HttpServletResponse response, ScreeningResponse answer) throws IOException {
		send(response, HttpServletResponse.SC_OK, MediaType.APPLICATION_JSON_VALUE,
				this.responseWriter.writeValueAsBytes(answer));
	}

	private static void sendOperationOutcome(HttpServletResponse response, String json) throws IOException {
		send(response, HttpServletResponse.SC_BAD_REQUEST, FhirScreenings.FHIR_JSON.toString(),
				json.getBytes(StandardCharsets.UTF_8));
	}

	private static void send(HttpServletResponse response, int status, String contentType, byte[] body)
			throws IOException {
		response.setStatus(status);
		response.setContentType(contentType);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private ScreeningResponse respond(Answers answers, String acceptLanguage) {
		Recommendation recommendation = this.rules.recommend(answers);
		Locale locale = Languages.fromAcceptLanguage(acceptLanguage);
		// The count as text, as on the pages: no number format looked up per message.
		Object[] count = { String.valueOf(recommendation.criteriaCount()) };
		List<ScreeningResponse.Text> reasons = recommendation.reasons()
			.stream()
			.map((reason) -> new ScreeningResponse.Text(reason.code(), reason.kind(),
					this.messages.getMessage(recommendation.messageKey(reason, answers.respondent()), count, locale)))
			.toList();
		List<ScreeningResponse.CrisisLine> crisis = recommendation.isEmergency()
				? CrisisResource.orderFor(answers.crisis()).stream().map((line) -> crisisLine(line, locale)).toList()
				: List.of();
		return new ScreeningResponse(recommendation.level(), recommendation.decidedBy(), recommendation.severity(),
				recommendation.criteriaCount(), reasons, recommendation.rulesVersion(),
				new ScreeningResponse.CallUs(this.provider.phone(), this.provider.tel()), crisis,
				this.messages.getMessage("result.notDiagnosis", null, locale));
	}

	private ScreeningResponse.CrisisLine crisisLine(CrisisResource line, Locale locale) {
		return new ScreeningResponse.CrisisLine(line,
				this.messages.getMessage("crisis." + line + ".name", null, locale), line.phone(), line.tel(),
				line.sms(), this.messages.getMessage("crisis." + line + ".when", null, locale));
	}

}
