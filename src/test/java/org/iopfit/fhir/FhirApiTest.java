package org.iopfit.fhir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.iopfit.placement.Answers;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Recommendation;
import org.iopfit.questions.Question;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FHIR side of the app over real HTTP, as an EHR sees it: the Questionnaire and
 * CodeSystems to fetch, and {@code POST /api/v1/screenings} with a QuestionnaireResponse
 * giving what the JSON answers give.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FhirApiTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final PlacementRules RULES = new PlacementRules();

	private static final String API = "/api/v1/screenings";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	FhirScreenings fhir;

	@Test
	void theQuestionnaireIsServedAsFhirJsonToAnyoneWithoutASession() throws Exception {
		HttpResponse<String> response = get("/fhir/Questionnaire/iop-fit-screening");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/fhir+json"));
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=86400").contains("public"));
		Questionnaire questionnaire = Fhir.parser().parseResource(Questionnaire.class, response.body());
		assertThat(questionnaire.getUrl()).isEqualTo(FhirTerms.QUESTIONNAIRE_URL);
		assertThat(questionnaire.getItem().get(1).getItem()).extracting((item) -> item.getLinkId())
			.containsExactly("crisis.suicidalThoughts", "crisis.overdoseOrMedicalEmergency",
					"crisis.severeWithdrawalNow");
	}

	@Test
	void everyCodeSystemTheQuestionnaireUsesIsServedWhereItsUrlSays() throws Exception {
		Questionnaire questionnaire = Fhir.parser()
			.parseResource(Questionnaire.class, get("/fhir/Questionnaire/iop-fit-screening").body());
		Set<String> systems = new java.util.TreeSet<>();
		questionnaire.getItem()
			.forEach((group) -> group.getItem()
				.forEach((item) -> item.getAnswerOption()
					.forEach((option) -> systems.add(option.getValueCoding().getSystem()))));

		assertThat(systems).hasSize(11);
		for (String system : systems) {
			HttpResponse<String> response = get(system.substring(FhirTerms.CANONICAL_BASE.length() - "/fhir".length()));
			assertThat(response.statusCode()).as(system).isEqualTo(200);
			assertThat(Fhir.parser().parseResource(CodeSystem.class, response.body()).getUrl()).isEqualTo(system);
		}
	}

	@Test
	void anUnknownCodeSystemGetsA404OperationOutcome() throws Exception {
		HttpResponse<String> response = get("/fhir/CodeSystem/iop-fit-shoe-size");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(outcome(response).getIssueFirstRep().getDetails().getText()).contains("iop-fit-level");
	}

	@Test
	void anUnknownFhirAddressGetsA404OperationOutcome() throws Exception {
		HttpResponse<String> response = get("/fhir/Questionnaire/phq-9");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(outcome(response).getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
	}

	@Test
	void aQuestionnaireResponseGetsTheSameResultAsTheJsonAnswersForManyAnswerSets() throws Exception {
		List<Answers> cases = RandomAnswers.draw(2026, 150);
		for (Answers answers : cases) {
			Recommendation recommendation = RULES.recommend(answers);
			String language = (answers.hashCode() % 2 == 0) ? "es" : "en";

			HttpResponse<String> fromFhir = post(
					this.fhir.questionnaireResponse(answers, recommendation, Instant.now(), null),
					"application/fhir+json", language);
			HttpResponse<String> fromJson = post(jsonAnswers(answers).toString(), "application/json", language);

			assertThat(fromFhir.statusCode()).isEqualTo(200);
			assertThat(fromFhir.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
			JsonNode result = this.json.readTree(fromFhir.body());
			assertThat(result).isEqualTo(this.json.readTree(fromJson.body()));
			assertThat(result.get("level").stringValue()).isEqualTo(recommendation.level().name());
			assertThat(result.get("decidedBy").stringValue()).isEqualTo(recommendation.decidedBy().name());
		}
	}

	@Test
	void aBadQuestionnaireResponseGetsAnOperationOutcomeNamingEachItem(CapturedOutput output) throws Exception {
		Answers answers = RandomAnswers.draw(4, 1).get(0);
		QuestionnaireResponse response = this.fhir.toResource(answers, RULES.recommend(answers), Instant.now(), null);
		QuestionnaireResponseTest.question(response, Question.SUBSTANCES)
			.getAnswerFirstRep()
			.getValueCoding()
			.setCode("SECRET_SUBSTANCE_MARKER");
		QuestionnaireResponseTest.group(response, "step-life")
			.getItem()
			.removeIf((item) -> Question.CAN_ATTEND.path().equals(item.getLinkId()));

		HttpResponse<String> posted = post(QuestionnaireResponseTest.json(response), "application/fhir+json", null);

		assertThat(posted.statusCode()).isEqualTo(400);
		OperationOutcome outcome = outcome(posted);
		assertThat(outcome.getIssue()).extracting((issue) -> issue.getExpression().get(0).getValue())
			.containsExactly("QuestionnaireResponse.item[2].item[0].answer[0]",
					"QuestionnaireResponse.item.where(linkId='step-life').item.where(linkId='canAttend')");
		assertThat(outcome.getIssue()).extracting((issue) -> issue.getDetails().getText())
			.allMatch((text) -> text.contains("'substances'") || text.contains("'canAttend'"));
		// Answers are never logged, not even a wrong one.
		assertThat(output.getAll()).doesNotContain("SECRET_SUBSTANCE_MARKER");
	}

	@Test
	void bodiesThatAreNoQuestionnaireResponseGetAnOperationOutcomeNeverA5xx(CapturedOutput output) throws Exception {
		String valid = validResponse(new Random(8));
		List<BodyPublisher> bodies = new java.util.ArrayList<>(List.of(BodyPublishers.noBody(),
				BodyPublishers.ofString("respondent=SELF"), BodyPublishers.ofString("{\"resourceType\":\"Patient\"}"),
				BodyPublishers.ofString(valid.substring(0, valid.length() / 2)),
				BodyPublishers.ofString(valid + " and more"),
				BodyPublishers.ofString("{\"resourceType\":" + "[".repeat(5000) + "]".repeat(5000) + "}"),
				BodyPublishers
					.ofByteArray(valid.replace("completed", "c\u00ffmpleted").getBytes(StandardCharsets.ISO_8859_1)),
				BodyPublishers.ofString(valid.replace("\"status\"", "\"status\": \"amended\", \"status\""))));
		// Random damage to a valid body: bytes cut out or changed.
		Random random = new Random(99);
		for (int i = 0; i < 60; i++) {
			StringBuilder damaged = new StringBuilder(valid);
			int at = random.nextInt(damaged.length());
			if (random.nextBoolean()) {
				damaged.delete(at, Math.min(damaged.length(), at + 1 + random.nextInt(40)));
			}
			else {
				damaged.setCharAt(at, "{}[]\",:0aZ".charAt(random.nextInt(10)));
			}
			bodies.add(BodyPublishers.ofString(damaged.toString()));
		}
		for (BodyPublisher body : bodies) {
			HttpResponse<String> response = http.send(
					request(API).header("Content-Type", "application/fhir+json").POST(body).build(),
					BodyHandlers.ofString());

			assertThat(response.statusCode()).isIn(200, 400);
			if (response.statusCode() == 400) {
				assertThat(outcome(response).getIssue()).isNotEmpty();
				assertThat(response.body()).doesNotContainIgnoringCase("exception")
					.doesNotContain("ca.uhn")
					.doesNotContain("HAPI-")
					.doesNotContain("org.iopfit");
			}
		}
		// The parser refuses rather than logs what it cannot read (a log line could quote
		// an answer).
		assertThat(output.getAll()).doesNotContain("ca.uhn.fhir.parser").doesNotContain("LenientErrorHandler");
	}

	@Test
	void aBodyOver64KbGetsAnOperationOutcome() throws Exception {
		String tooLarge = validResponse(new Random(3)).replace("\"completed\"",
				"\"completed\", \"id\": \"" + "x".repeat(64 * 1024) + "\"");
		byte[] bytes = tooLarge.getBytes(StandardCharsets.UTF_8);
		for (BodyPublisher body : List.of(BodyPublishers.ofString(tooLarge),
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))) {
			HttpResponse<String> response = http.send(
					request(API).header("Content-Type", "application/fhir+json").POST(body).build(),
					BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(outcome(response).getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.TOOLONG);
		}
	}

	@Test
	void theJsonApiIsUnchangedAndStillRefusesOtherContentTypes() throws Exception {
		HttpResponse<String> response = post(validResponse(new Random(5)), "text/plain", null);

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("application/fhir+json");
	}

	@Test
	void theFhirAddressesTakeNoPost() throws Exception {
		HttpResponse<String> response = http
			.send(request("/fhir/Questionnaire/iop-fit-screening").header("Content-Type", "application/fhir+json")
				.POST(BodyPublishers.ofString(validResponse(new Random(6))))
				.build(), BodyHandlers.ofString());

		// Refused before any handler: no CSRF token (as for every form), and no POST
		// route.
		assertThat(response.statusCode()).isIn(403, 405);
	}

	@Test
	void theOpenApiDescriptionOffersBothBodies() throws Exception {
		JsonNode api = this.json.readTree(get("/v3/api-docs").body());

		JsonNode content = api.at("/paths/~1api~1v1~1screenings/post/requestBody/content");
		assertThat(content.propertyNames()).contains("application/json", "application/fhir+json");
	}

	private String validResponse(Random random) {
		Answers answers = RandomAnswers.draw(random);
		return this.fhir.questionnaireResponse(answers, RULES.recommend(answers), Instant.now(), null);
	}

	/** The JSON API's body for a set of answers, written from the question table. */
	private ObjectNode jsonAnswers(Answers answers) {
		ObjectNode body = this.json.createObjectNode();
		for (Question question : Question.all()) {
			ObjectNode parent = question.parent().isPresent() ? body.withObjectProperty(question.parent().get()) : body;
			Object value = ResponseWriter.valueOf(answers, question);
			if (value == null) {
				// A v1.1 question not asked: left out, as a v1 client leaves it out.
			}
			else if (value instanceof Boolean yes) {
				parent.put(question.property(), yes);
			}
			else if (value instanceof Set<?> set) {
				ArrayNode list = parent.putArray(question.property());
				set.forEach((choice) -> list.add(((Enum<?>) choice).name()));
			}
			else {
				parent.put(question.property(), ((Enum<?>) value).name());
			}
		}
		return body;
	}

	private OperationOutcome outcome(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/fhir+json"));
		return Fhir.parser().parseResource(OperationOutcome.class, response.body());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(request(path).GET().build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> post(String body, String contentType, String language) throws Exception {
		HttpRequest.Builder request = request(API).header("Content-Type", contentType)
			.POST(BodyPublishers.ofString(body));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

}
