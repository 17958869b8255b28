package org.iopfit.api;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.iopfit.fhir.FhirScreenings;
import org.iopfit.system.ProviderProperties;
import org.iopfit.system.security.TransportProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The JSON API's reading of answers, on the web layer alone ({@code @WebMvcTest}): the
 * controller, its problem details, the JSON parser's settings and the public security
 * chain, without a server, a database or the pages. Every kind of bad answer gets a 400
 * problem naming each bad field. What needs a real server stays in
 * {@link ScreeningApiTest}: bodies over the limit, the charsets a client names, and the
 * problems for a wrong method, a wrong content type or an unknown address, which come
 * before any controller is chosen and are written by the container's error page.
 */
@WebMvcTest(controllers = ScreeningApiController.class,
		includeFilters = @Filter(type = FilterType.REGEX, pattern = "org\\.iopfit\\.system\\.security\\..*"),
		// The staff console's own advice (its pages' model) is none of the API's.
		excludeFilters = @Filter(type = FilterType.REGEX, pattern = "org\\.iopfit\\.staff\\..*"))
@Import({ JsonConfiguration.class, FhirScreenings.class })
class ScreeningApiSliceTest {

	/**
	 * The settings the controller and the security chain read, which the application's
	 * {@code @ConfigurationPropertiesScan} does not register in a slice.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ProviderProperties.class, TransportProperties.class })
	static class Settings {

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void goodAnswersGetTheSuggestion() throws Exception {
		MvcResult result = send(ScreeningApiTest.moderateAnswers(this.json).toString(), MediaType.APPLICATION_JSON);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		JsonNode body = this.json.readTree(result.getResponse().getContentAsString());
		assertThat(body.get("level").stringValue()).isEqualTo("IOP");
		assertThat(body.get("decidedBy").stringValue()).isEqualTo("R9");
	}

	static Stream<Arguments> badAnswers() {
		JsonMapper json = JsonMapper.builder().build();
		return Stream.of(arguments("a missing answer", without(json, "support"), List.of("support")),
				arguments("a null answer", with(json, "canAttend", null), List.of("canAttend")),
				arguments("a missing crisis answer", withoutCrisis(json, "severeWithdrawalNow"),
						List.of("crisis.severeWithdrawalNow")),
				arguments("no crisis object", without(json, "crisis"),
						List.of("crisis.suicidalThoughts", "crisis.overdoseOrMedicalEmergency",
								"crisis.severeWithdrawalNow")),
				arguments("a crisis that is not an object", with(json, "crisis", "no"), List.of("crisis")),
				arguments("a null crisis", with(json, "crisis", null),
						List.of("crisis.suicidalThoughts", "crisis.overdoseOrMedicalEmergency",
								"crisis.severeWithdrawalNow")),
				arguments("a repeated criterion",
						with(json, "criteria", json.createArrayNode().add("CRAVING").add("CRAVING")),
						List.of("criteria")),
				arguments("an empty string in a list", with(json, "criteria", json.createArrayNode().add("")),
						List.of("criteria[0]")),
				arguments("an indexed property", with(json, "criteria[0]", "CRAVING"), List.of("criteria[0]")),
				arguments("a crisis answer given as a path outside crisis", with(json, "crisis.suicidalThoughts", true),
						List.of("crisis.suicidalThoughts")),
				arguments("a list for a choice", with(json, "support", json.createArrayNode().add("SOME")),
						List.of("support")),
				arguments("an object for yes/no", with(json, "stableHousing", json.createObjectNode()),
						List.of("stableHousing")),
				arguments("an unknown choice", with(json, "support", "LOTS"), List.of("support")),
				arguments("a lower-case choice", with(json, "mentalHealth", "none"), List.of("mentalHealth")),
				arguments("a number for a choice", with(json, "withdrawalHistory", 0), List.of("withdrawalHistory")),
				arguments("a string for yes/no", with(json, "stableHousing", "true"), List.of("stableHousing")),
				arguments("a number for yes/no", with(json, "needsFlexibility", 1), List.of("needsFlexibility")),
				arguments("a string for a list", with(json, "criteria", "CRAVING"), List.of("criteria")),
				arguments("an unknown criterion",
						with(json, "criteria", json.createArrayNode().add("CRAVING").add("X")), List.of("criteria[1]")),
				arguments("a null in a list", with(json, "substances", json.createArrayNode().addNull()),
						List.of("substances[0]")),
				arguments("no substance", with(json, "substances", json.createArrayNode()), List.of("substances")),
				arguments("an unknown property", with(json, "age", 40), List.of("age")),
				arguments("an unknown crisis property", withCrisis(json, "sad", true), List.of("crisis.sad")),
				arguments("several bad answers at once", with(json, "support", 3).put("canAttend", "MAYBE"),
						List.of("support", "canAttend")),
				arguments("the v1.1 answers with wrong values, each named",
						with(json, "readiness", "MAYBE").put("pregnant", "yes")
							.put("ageGroup", 17)
							.put("pastOverdose", 1)
							.put("opioidMedicationNow", "true"),
						List.of("readiness", "pregnant", "ageGroup", "pastOverdose", "opioidMedicationNow")),
				arguments("an array body", json.createArrayNode().add(1), List.of("")),
				arguments("a null body", json.nullNode(), List.of("")),
				arguments("a string body", json.getNodeFactory().stringNode("SELF"), List.of("")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badAnswers")
	void badAnswersGetAProblemNamingEachBadField(String description, JsonNode body, List<String> fields)
			throws Exception {
		JsonNode problem = assertProblem(send(body.toString(), MediaType.APPLICATION_JSON), 400);

		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrderElementsOf(fields);
		assertThat(problem.get("errors").findValuesAsString("message"))
			.allSatisfy((message) -> assertThat(message).isNotBlank());
		assertThat(problem.get("instance").stringValue()).isEqualTo(ScreeningApiController.PATH);
	}

	@Test
	void aPropertyGivenTwiceIsNamed() throws Exception {
		String twice = ScreeningApiTest.moderateAnswers(this.json)
			.toString()
			.replace("{\"respondent\":\"SELF\"", "{\"respondent\":\"SELF\",\"respondent\":\"SOMEONE_ELSE\"");

		JsonNode problem = assertProblem(send(twice, MediaType.APPLICATION_JSON), 400);

		assertThat(problem.get("detail").stringValue()).contains("more than once");
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("respondent");
	}

	/**
	 * The API takes no cookies, so a post without a CSRF token is answered, not refused.
	 */
	@Test
	void theApiNeedsNoCsrfToken() throws Exception {
		ObjectNode answers = ScreeningApiTest.moderateAnswers(this.json);
		answers.remove("support");

		MvcResult result = send(answers.toString(), MediaType.APPLICATION_JSON);

		assertThat(result.getResponse().getStatus()).as("not refused as a forged request").isEqualTo(400);
	}

	private MvcResult send(String body, MediaType contentType) throws Exception {
		return this.mvc.perform(post(ScreeningApiController.PATH).contentType(contentType).content(body)).andReturn();
	}

	private JsonNode assertProblem(MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		String body = result.getResponse().getContentAsString();
		assertThat(body).doesNotContainIgnoringCase("exception")
			.doesNotContain("jackson")
			.doesNotContain("springframework")
			.doesNotContain("org.iopfit")
			.doesNotContain("\tat ");
		JsonNode problem = this.json.readTree(body);
		assertThat(problem.get("status").intValue()).isEqualTo(status);
		assertThat(problem.get("title").stringValue()).isNotBlank();
		assertThat(problem.get("detail").stringValue()).isNotBlank();
		return problem;
	}

	private static ObjectNode without(JsonMapper json, String property) {
		ObjectNode answers = ScreeningApiTest.moderateAnswers(json);
		answers.remove(property);
		return answers;
	}

	private static ObjectNode with(JsonMapper json, String property, Object value) {
		ObjectNode answers = ScreeningApiTest.moderateAnswers(json);
		answers.set(property, json.valueToTree(value));
		return answers;
	}

	private static ObjectNode withoutCrisis(JsonMapper json, String property) {
		ObjectNode answers = ScreeningApiTest.moderateAnswers(json);
		((ObjectNode) answers.get("crisis")).remove(property);
		return answers;
	}

	private static ObjectNode withCrisis(JsonMapper json, String property, boolean value) {
		ObjectNode answers = ScreeningApiTest.moderateAnswers(json);
		((ObjectNode) answers.get("crisis")).put(property, value);
		return answers;
	}

}
