package org.iopfit.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description at {@code /v3/api-docs}, checked against the API itself: every
 * route and body format it accepts, and every answer and problem it sends, are described
 * as they are.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiDescriptionTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private JsonNode api;

	@BeforeEach
	void readDescription() throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + ApiDescription.PATH)).build(),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(MediaType.APPLICATION_JSON_VALUE);
		this.api = this.json.readTree(response.body());
	}

	@Test
	void itIsOpenApi31WithTheAnswersFromTheQuestionTable() {
		assertThat(this.api.get("openapi").stringValue()).isEqualTo("3.1.0");
		assertThat(this.api.at("/paths/~1api~1v1~1screenings/post/requestBody/content/application~1json/schema/$ref")
			.stringValue()).isEqualTo("#/components/schemas/ScreeningAnswers");
		JsonNode answers = this.api.at("/components/schemas/ScreeningAnswers");
		assertThat(answers.get("required").valueStream().map(JsonNode::stringValue))
			.containsExactlyInAnyOrderElementsOf(ScreeningApiTest.moderateAnswers(this.json).propertyNames());
		assertThat(answers.at("/properties/support/enum").valueStream().map(JsonNode::stringValue))
			.containsExactly("STRONG", "SOME", "NONE");
		assertThat(answers.at("/properties/crisis/required").size()).isEqualTo(3);
		assertThat(answers.at("/properties/substances/minItems").intValue()).isEqualTo(1);
		assertThat(answers.at("/properties/criteria/minItems").intValue()).isZero();
		assertThat(answers.get("additionalProperties").booleanValue()).isFalse();
		// Policy v1.1: described from the table, and optional.
		assertThat(answers.at("/properties/readiness/enum").valueStream().map(JsonNode::stringValue))
			.containsExactly("READY", "UNSURE", "NOT_READY");
		assertThat(answers.at("/properties/ageGroup/enum").valueStream().map(JsonNode::stringValue))
			.containsExactly("UNDER_18", "AGE_18_TO_25", "AGE_26_OR_OVER");
		for (String optional : List.of("readiness", "pastOverdose", "pregnant", "ageGroup", "opioidMedicationNow")) {
			assertThat(answers.at("/properties/" + optional + "/description").stringValue()).as(optional)
				.startsWith("Optional (policy v1.1)");
		}
		assertThat(answers.at("/properties/pregnant/type").stringValue()).isEqualTo("boolean");
		assertThat(answers.at("/properties/opioidMedicationNow/description").stringValue())
			.contains("only when substances includes OPIOIDS");
	}

	@Test
	void everyApiRouteAndBodyFormatIsDescribedAndNothingElse() {
		Map<String, Set<String>> routes = new HashMap<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String path : info.getPatternValues()) {
				if (!path.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					Set<String> formats = routes.computeIfAbsent(path + " " + method.name().toLowerCase(),
							(route) -> new TreeSet<>());
					info.getConsumesCondition()
						.getConsumableMediaTypes()
						.forEach((type) -> formats.add(type.toString()));
				}
			}
		}
		Map<String, Set<String>> described = new HashMap<>();
		this.api.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			Set<String> formats = new TreeSet<>();
			JsonNode content = operation.getValue().at("/requestBody/content");
			if (content.isObject()) {
				formats.addAll(content.propertyNames());
			}
			described.put(path.getKey() + " " + operation.getKey(), formats);
		}));

		assertThat(routes).isNotEmpty();
		assertThat(described).isEqualTo(routes);
	}

	@Test
	void theAnswerAndTheProblemAreDescribedAsTheApiSendsThem() throws Exception {
		ObjectNode emergency = ScreeningApiTest.moderateAnswers(this.json);
		((ObjectNode) emergency.get("crisis")).put("suicidalThoughts", true);
		ObjectNode wrong = ScreeningApiTest.moderateAnswers(this.json).put("support", "MAYBE");
		wrong.remove("canAttend");
		Set<String> seen = new HashSet<>();

		for (ObjectNode answers : List.of(ScreeningApiTest.moderateAnswers(this.json), emergency)) {
			HttpResponse<String> response = post(answers);
			assertThat(response.statusCode()).isEqualTo(200);
			assertFits(this.json.readTree(response.body()),
					this.api.at("/paths/~1api~1v1~1screenings/post/responses/200/content/application~1json/schema"),
					"$", seen);
		}
		HttpResponse<String> invalid = post(wrong);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertFits(this.json.readTree(invalid.body()),
				this.api.at("/paths/~1api~1v1~1screenings/post/responses/400/content/application~1problem+json/schema"),
				"$", seen);
		HttpResponse<String> unsupported = http.send(HttpRequest.newBuilder(answersAddress())
			.header("Content-Type", MediaType.TEXT_PLAIN_VALUE)
			.POST(BodyPublishers.ofString(emergency.toString()))
			.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(unsupported.statusCode()).isEqualTo(415);
		assertFits(this.json.readTree(unsupported.body()),
				this.api.at("/paths/~1api~1v1~1screenings/post/responses/415/content/application~1problem+json/schema"),
				"$", seen);

		// Every property of every schema the API writes (all but the answers it reads)
		// was
		// sent by one of them.
		Set<String> described = new HashSet<>();
		this.api.get("components").get("schemas").properties().forEach((schema) -> {
			if (!schema.getKey().equals("ScreeningAnswers")) {
				schema.getValue()
					.get("properties")
					.propertyNames()
					.forEach((property) -> described.add(schema.getKey() + "." + property));
			}
		});
		assertThat(described).contains("ScreeningResponse.level", "CrisisLine.sms", "FieldProblem.field");
		assertThat(seen).containsAll(described);
	}

	/**
	 * Asserts that a value has the type, the properties and the values its schema names,
	 * noting each property met as {@code Schema.property}.
	 */
	private void assertFits(JsonNode value, JsonNode schema, String path, Set<String> seen) {
		String name = null;
		if (schema.has("$ref")) {
			name = schema.get("$ref").stringValue().substring("#/components/schemas/".length());
			schema = this.api.at("/components/schemas/" + name);
		}
		assertThat(schema.isObject()).as("a schema for %s", path).isTrue();
		String type = schema.get("type").stringValue();
		switch (type) {
			case "object" -> {
				assertThat(value.isObject()).as("%s is an object", path).isTrue();
				for (String property : value.propertyNames()) {
					JsonNode propertySchema = schema.at("/properties/" + property);
					assertThat(propertySchema.isObject()).as("%s.%s is described", path, property).isTrue();
					seen.add(name + "." + property);
					assertFits(value.get(property), propertySchema, path + "." + property, seen);
				}
			}
			case "array" -> {
				assertThat(value.isArray()).as("%s is an array", path).isTrue();
				for (int i = 0; i < value.size(); i++) {
					assertFits(value.get(i), schema.get("items"), path + "[" + i + "]", seen);
				}
			}
			case "string" -> {
				assertThat(value.isString()).as("%s is a string", path).isTrue();
				if (schema.has("enum")) {
					assertThat(schema.get("enum").valueStream().map(JsonNode::stringValue))
						.as("%s is one of the values described", path)
						.contains(value.stringValue());
				}
			}
			case "integer" -> assertThat(value.isIntegralNumber()).as("%s is an integer", path).isTrue();
			case "boolean" -> assertThat(value.isBoolean()).as("%s is a boolean", path).isTrue();
			default -> throw new AssertionError("Unknown type " + type + " for " + path);
		}
	}

	private HttpResponse<String> post(ObjectNode answers) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(answersAddress())
			.header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
			.POST(BodyPublishers.ofString(answers.toString()))
			.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI answersAddress() {
		return URI.create("http://localhost:" + this.port + ScreeningApiController.PATH);
	}

}
