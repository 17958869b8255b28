package org.iopfit.api;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.iopfit.system.security.BodySizeLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The JSON API over real HTTP, as a client sees it: the policy's contract for good
 * answers, and a plain problem response naming each bad field for anything else.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ScreeningApiTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	/** The spec's example: moderate use, must keep working, nothing else risky. */
	static ObjectNode moderateAnswers(JsonMapper json) {
		ObjectNode answers = json.createObjectNode();
		answers.put("respondent", "SELF");
		ObjectNode crisis = answers.putObject("crisis");
		crisis.put("suicidalThoughts", false);
		crisis.put("overdoseOrMedicalEmergency", false);
		crisis.put("severeWithdrawalNow", false);
		answers.putArray("criteria").add("LARGER_OR_LONGER").add("CANNOT_CUT_DOWN").add("CRAVING").add("TOLERANCE");
		answers.putArray("substances").add("ALCOHOL");
		answers.put("withdrawalHistory", "NONE");
		answers.put("medicalMonitoringNeeded", false);
		answers.put("mentalHealth", "NONE");
		answers.put("support", "STRONG");
		answers.put("stableHousing", true);
		answers.put("substanceUseAtHome", false);
		answers.put("canAttend", "YES");
		answers.put("needsFlexibility", true);
		answers.put("recentInpatientDischarge", false);
		answers.put("relapsedAfterTreatment", false);
		return answers;
	}

	@Test
	void moderateUseWithAJobGetsIopWithTheSpecsShape() throws Exception {
		HttpResponse<String> response = post(moderateAnswers(this.json).toString(), null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.propertyNames()).containsExactly("level", "decidedBy", "severity", "criteriaCount", "reasons",
				"rulesVersion", "callUs", "crisisResources", "notice");
		assertThat(body.get("level").stringValue()).isEqualTo("IOP");
		assertThat(body.get("decidedBy").stringValue()).isEqualTo("R9");
		assertThat(body.get("severity").stringValue()).isEqualTo("MODERATE");
		assertThat(body.get("criteriaCount").intValue()).isEqualTo(4);
		assertThat(body.get("rulesVersion").stringValue()).isEqualTo("1.1");
		// Alcohol with no withdrawal history (which may mean never having stopped) adds a
		// caution about stopping all at once.
		assertThat(codes(body)).containsExactly("MODERATE_OR_SEVERE:REASON", "NEEDS_FLEXIBILITY:CAUTION",
				"STOPPING_CAN_BE_DANGEROUS:CAUTION");
		assertThat(body.at("/reasons/0/text").stringValue()).startsWith("You checked 4 of 11 signs");
		assertThat(body.at("/callUs/phone").stringValue()).isEqualTo("844-639-8371");
		assertThat(body.at("/callUs/tel").stringValue()).isEqualTo("tel:+18446398371");
		assertThat(body.get("crisisResources").isEmpty()).isTrue();
		assertThat(body.get("notice").stringValue()).contains("not a diagnosis");
	}

	@Test
	void theV11AnswersAreOptionalAndWhenGivenAddTheirAdviceWithoutChangingTheLevel() throws Exception {
		// A v1 client's body (without them) is the spec example above; with every one of
		// them given, nothing weighs more but the advice.
		ObjectNode answers = moderateAnswers(this.json);
		answers.put("readiness", "NOT_READY")
			.put("pastOverdose", true)
			.put("pregnant", false)
			.put("ageGroup", "UNDER_18")
			.putArray("substances")
			.add("ALCOHOL")
			.add("OPIOIDS");
		answers.put("opioidMedicationNow", true);

		JsonNode body = this.json.readTree(post(answers.toString(), "es").body());

		assertThat(body.get("level").stringValue()).isEqualTo("IOP");
		assertThat(body.get("decidedBy").stringValue()).isEqualTo("R9");
		assertThat(codes(body))
			.contains("KEEP_OPIOID_MEDICATION:CAUTION", "PAST_OVERDOSE:CAUTION", "UNDER_18:CAUTION",
					"NOT_SURE_READY:CAUTION")
			.doesNotContain("OPIOID_MEDICATION:CAUTION", "PREGNANCY:CAUTION");
		assertThat(body.get("reasons").findValuesAsString("text"))
			.contains("Siga tomando su buprenorfina o metadona. Reduce el riesgo de sobredosis. Un programa no "
					+ "debería pedirle que la deje. Díganos cuál toma. Tenga también naloxona (Narcan) a mano.");
		// A null is not given, as a left-out property is.
		answers.putNull("readiness").putNull("pastOverdose").putNull("ageGroup").putNull("opioidMedicationNow");
		assertThat(codes(this.json.readTree(post(answers.toString(), null).body())))
			.doesNotContain("KEEP_OPIOID_MEDICATION:CAUTION", "PAST_OVERDOSE:CAUTION", "UNDER_18:CAUTION",
					"NOT_SURE_READY:CAUTION")
			.contains("OPIOID_MEDICATION:CAUTION");
	}

	@Test
	void pregnancyAtTheSevereLevelIsInpatientAsMedicalMonitoringIsAndAbsentCountsAsNo() throws Exception {
		ObjectNode severe = moderateAnswers(this.json);
		severe.putArray("criteria")
			.add("LARGER_OR_LONGER")
			.add("CANNOT_CUT_DOWN")
			.add("CRAVING")
			.add("TOLERANCE")
			.add("TIME_SPENT")
			.add("WITHDRAWAL");
		assertThat(this.json.readTree(post(severe.toString(), null).body()).get("decidedBy").stringValue())
			.isEqualTo("R9");
		severe.put("pregnant", false);
		assertThat(this.json.readTree(post(severe.toString(), null).body()).get("decidedBy").stringValue())
			.isEqualTo("R9");

		severe.put("pregnant", true);
		JsonNode body = this.json.readTree(post(severe.toString(), null).body());

		assertThat(body.get("level").stringValue()).isEqualTo("INPATIENT");
		assertThat(body.get("decidedBy").stringValue()).isEqualTo("R3");
		assertThat(codes(body)).contains("PREGNANCY:CAUTION");
	}

	@Test
	void opioidMedicationWithoutOpioidsIsNotAskedSoNotRead() throws Exception {
		ObjectNode answers = moderateAnswers(this.json);
		answers.put("opioidMedicationNow", true);

		JsonNode body = this.json.readTree(post(answers.toString(), null).body());

		assertThat(codes(body)).doesNotContain("KEEP_OPIOID_MEDICATION:CAUTION", "OPIOID_MEDICATION:CAUTION");
	}

	@Test
	void textsFollowAcceptLanguage() throws Exception {
		String answers = moderateAnswers(this.json).toString();

		JsonNode spanish = this.json.readTree(post(answers, "es-MX,es;q=0.9,en;q=0.5").body());
		JsonNode french = this.json.readTree(post(answers, "fr-FR").body());

		assertThat(spanish.at("/reasons/0/text").stringValue()).startsWith("Usted marcó 4 de 11 señales");
		assertThat(spanish.at("/reasons/0/code").stringValue()).isEqualTo("MODERATE_OR_SEVERE");
		assertThat(french.at("/reasons/0/text").stringValue()).startsWith("You checked 4 of 11 signs");
		assertThat(spanish.get("notice").stringValue()).contains("no es un diagnóstico");
	}

	@Test
	void aLovedOnesAnswersAreWordedAboutThem() throws Exception {
		ObjectNode answers = moderateAnswers(this.json);
		answers.put("respondent", "SOMEONE_ELSE");

		JsonNode body = this.json.readTree(post(answers.toString(), null).body());

		assertThat(body.get("level").stringValue()).isEqualTo("IOP");
		assertThat(body.at("/reasons/0/text").stringValue())
			.startsWith("You checked 4 of 11 signs of a substance use problem for them")
			.contains("You can only check what you have seen or been told");
	}

	@Test
	void aCrisisAnswerGivesEmergencyWithEveryCrisisLine() throws Exception {
		ObjectNode answers = moderateAnswers(this.json);
		((ObjectNode) answers.get("crisis")).put("overdoseOrMedicalEmergency", true);

		JsonNode body = this.json.readTree(post(answers.toString(), "es").body());

		assertThat(body.get("level").stringValue()).isEqualTo("EMERGENCY");
		assertThat(body.get("decidedBy").stringValue()).isEqualTo("R1");
		assertThat(codes(body)).containsExactly("OVERDOSE_OR_MEDICAL_EMERGENCY:REASON");
		JsonNode lines = body.get("crisisResources");
		// For an overdose: 911, then Poison Help, then the lines for talking.
		assertThat(lines.findValuesAsString("phone")).containsExactly("911", "1-800-222-1222", "988", "1-800-662-4357");
		assertThat(lines.findValuesAsString("tel")).containsExactly("tel:911", "tel:+18002221222", "tel:988",
				"tel:+18006624357");
		assertThat(lines.findValuesAsString("sms")).containsExactly("sms:988");
		assertThat(lines.get(2).get("name").stringValue()).contains("988").contains("Línea");
		assertThat(lines.findValuesAsString("text")).allSatisfy((text) -> assertThat(text).isNotBlank());
	}

	static Stream<Arguments> unreadableBodies() {
		String valid = moderateAnswers(JsonMapper.builder().build()).toString();
		return Stream.of(arguments("an empty body", BodyPublishers.noBody(), "needs a JSON body"),
				arguments("only spaces", BodyPublishers.ofString("   "), "needs a JSON body"),
				arguments("not JSON", BodyPublishers.ofString("respondent=SELF"), "not valid JSON"),
				arguments("JSON cut short", BodyPublishers.ofString(valid.substring(0, 40)), "not valid JSON"),
				arguments("JSON with trailing text", BodyPublishers.ofString(valid + " and more"), "not valid JSON"),
				arguments("a property given twice",
						BodyPublishers.ofString(valid.replace("{\"respondent\":\"SELF\"",
								"{\"respondent\":\"SELF\",\"respondent\":\"SOMEONE_ELSE\"")),
						"more than once"),
				arguments("invalid UTF-8",
						BodyPublishers
							.ofByteArray(valid.replace("SELF", "S\u00ffLF").getBytes(StandardCharsets.ISO_8859_1)),
						"not valid JSON"),
				arguments("deeply nested JSON",
						BodyPublishers.ofString("{\"criteria\":" + "[".repeat(5000) + "]".repeat(5000) + "}"),
						"nested too deeply"));
	}

	static Stream<Arguments> tooLargeBodies() {
		String tooLarge = "{\"respondent\":\"" + "x".repeat(BodySizeLimit.MAX_BYTES) + "\"}";
		return Stream.of(arguments("a body over 64 KB", BodyPublishers.ofString(tooLarge)),
				arguments("a chunked body over 64 KB", chunked(tooLarge)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tooLargeBodies")
	void bodiesOverTheLimitGetA413Problem(String description, BodyPublisher body) throws Exception {
		HttpResponse<String> response = http.send(request().POST(body).build(), BodyHandlers.ofString());

		JsonNode problem = assertProblem(response, 413);
		assertThat(problem.get("detail").stringValue()).contains("larger than 64 KB");
		assertThat(problem.get("instance").stringValue()).isEqualTo(ScreeningApiController.PATH);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unreadableBodies")
	void unreadableBodiesGetAPlainProblem(String description, BodyPublisher body, String detail) throws Exception {
		HttpResponse<String> response = http.send(request().POST(body).build(), BodyHandlers.ofString());

		JsonNode problem = assertProblem(response, 400);
		assertThat(problem.get("detail").stringValue()).contains(detail);
	}

	// IBM037 (EBCDIC) shares no byte with ASCII: read only if the named charset is used.
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "UTF-8", "UTF-16", "UTF-16LE", "ISO-8859-1", "IBM037" })
	void answersAreReadInTheCharsetTheContentTypeNames(String charset) throws Exception {
		byte[] answers = moderateAnswers(this.json).toString().getBytes(Charset.forName(charset));

		HttpResponse<String> response = http
			.send(request().setHeader("Content-Type", "application/json; charset=" + charset)
				.POST(BodyPublishers.ofByteArray(answers))
				.build(), BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(response.body()).get("level").stringValue()).isEqualTo("IOP");
	}

	// The charset is read from the header by the API itself: one it cannot name is the
	// client's mistake (415), never a failure of the server.
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "text/plain", "application/json; charset=foo", "application/json; charset=",
			"application/json; charset=UTF-7" })
	void aWrongContentTypeGetsA415Problem(String contentType) throws Exception {
		HttpResponse<String> response = http.send(request().setHeader("Content-Type", contentType)
			.POST(BodyPublishers.ofString(moderateAnswers(this.json).toString()))
			.build(), BodyHandlers.ofString());

		assertThat(assertProblem(response, 415).get("detail").stringValue()).contains("application/json");
	}

	@Test
	void aGetGetsA405Problem() throws Exception {
		HttpResponse<String> response = http.send(request().GET().build(), BodyHandlers.ofString());

		assertProblem(response, 405);
	}

	@Test
	void anUnknownApiAddressGetsA404Problem() throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v2/nothing")).build(),
				BodyHandlers.ofString());

		assertThat(assertProblem(response, 404).get("instance").stringValue()).isEqualTo("/api/v2/nothing");
	}

	private JsonNode assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).doesNotContainIgnoringCase("exception")
			.doesNotContain("jackson")
			.doesNotContain("springframework")
			.doesNotContain("org.iopfit")
			.doesNotContain("\tat ");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("status").intValue()).isEqualTo(status);
		assertThat(problem.get("title").stringValue()).isNotBlank();
		assertThat(problem.get("detail").stringValue()).isNotBlank();
		return problem;
	}

	private HttpResponse<String> post(String body, String acceptLanguage) throws IOException, InterruptedException {
		HttpRequest.Builder request = request().POST(BodyPublishers.ofString(body));
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request() {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + ScreeningApiController.PATH))
			.header("Content-Type", "application/json");
	}

	private static List<String> codes(JsonNode body) {
		return body.get("reasons")
			.valueStream()
			.map((reason) -> reason.get("code").stringValue() + ":" + reason.get("kind").stringValue())
			.toList();
	}

	/** A body sent in chunks, with no Content-Length to refuse it by. */
	private static BodyPublisher chunked(String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, 4096));
			}
		});
	}

}
