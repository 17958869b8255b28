package org.iopfit.screening.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.iopfit.placement.AgeGroup;
import org.iopfit.placement.Answers;
import org.iopfit.placement.Background;
import org.iopfit.placement.CanAttend;
import org.iopfit.placement.Crisis;
import org.iopfit.placement.Criterion;
import org.iopfit.placement.MentalHealth;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Readiness;
import org.iopfit.placement.Recommendation;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Substance;
import org.iopfit.placement.Support;
import org.iopfit.placement.WithdrawalHistory;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of inputs generated from the question table, good and bad, for every page and
 * the API, with malformed cookies and headers: nothing a client sends gives a 5xx or
 * shows a stack trace, bad input gets a 4xx (problem details or the page with its
 * errors), and a valid set of answers gives the same result through the pages, the API
 * and the rules core. Seeded, so a failure can be replayed: the seed and the case are in
 * the message.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class InputFuzzTest {

	private static final long SEED = Long.getLong("fuzz.seed", 20261128L);

	private static final Pattern MAIN = Pattern
		.compile("<main[^>]*data-level=\"([A-Z_]+)\"[^>]*data-decided-by=\"(R\\d+)\"");

	/** Values no question takes, of every shape a client or an extension might send. */
	private static final List<String> WRONG_VALUES = List.of("", " ", "yes", "on", "1", "TRUE", "self", "null", "LOTS",
			"CRAVING ", "ALCOHOL,OPIOIDS", "%00", "\u0000", "é", "💊", "<script>", "x".repeat(3000));

	/** Headers that cannot be parsed as a language or a media type, so are ignored. */
	private static final List<String> WRONG_HEADERS = List.of("", "*", "///", "es;q=abc", "xx-YY-ZZ-1234567890",
			"en;q=0.5,es;q=2", "\u00e9", "application/json, text/*;q=0.1, */*;q=x");

	private static final List<String> WRONG_COOKIES = List.of("", "../x", "a b", "es-", "zz_ZZ", "\u00e9",
			"x".repeat(500), "==", "es;en");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	private final PlacementRules rules = new PlacementRules();

	@Test
	void theApiAnswersEveryBodyWith200Or400AndValidAnswersAsTheRulesDo() throws Exception {
		Random random = new Random(SEED);
		int valid = 0;
		for (int i = 0; i < 2000; i++) {
			Answers answers = randomAnswers(random);
			ObjectNode body = body(answers);
			boolean mutated = random.nextInt(3) > 0;
			String text = mutated ? mutate(body, random) : body.toString();
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/api/v1/screenings")
				.contentType(MediaType.APPLICATION_JSON)
				.content(text.getBytes(StandardCharsets.UTF_8));
			headers(request, random, true);
			MvcResult result = this.mvc.perform(request).andReturn();
			String response = result.getResponse().getContentAsString();
			String context = "seed " + SEED + ", case " + i + ": " + abbreviate(text);

			assertNoFailure(result.getResponse().getStatus(), response, context);
			if (mutated) {
				assertThat(result.getResponse().getStatus()).as(context).isEqualTo(400);
				assertThat(result.getResponse().getContentType()).as(context).isEqualTo("application/problem+json");
				assertThat(this.json.readTree(response).get("detail").stringValue()).as(context).isNotBlank();
			}
			else {
				valid++;
				assertThat(result.getResponse().getStatus()).as(context).isEqualTo(200);
				Recommendation expected = this.rules.recommend(answers);
				JsonNode got = this.json.readTree(response);
				assertThat(got.get("level").stringValue()).as(context).isEqualTo(expected.level().name());
				assertThat(got.get("decidedBy").stringValue()).as(context).isEqualTo(expected.decidedBy().name());
			}
		}
		assertThat(valid).isGreaterThan(400);
	}

	@Test
	void thePagesAnswerEveryPostWithAPageOrA4xxAndValidAnswersAsTheApiDoes() throws Exception {
		Random random = new Random(SEED + 1);
		for (int walk = 0; walk < 250; walk++) {
			Answers answers = randomAnswers(random);
			Map<Question, List<String>> values = FormAnswers.of(answers);
			Visitor visitor = new Visitor(this.mvc);
			String context = "seed " + (SEED + 1) + ", walk " + walk;
			for (Step step : Step.all()) {
				if (random.nextInt(3) == 0) {
					// A bad post first: the same page again, nothing lost.
					Map<String, List<String>> bad = mutate(FormAnswers.page(step, values), step, random);
					MvcResult page = visitor.post("/screening/" + step.slug(), bad);
					if (page.getResponse().getStatus() == 303) {
						// Only an answer left out, as a person leaves one: the same page
						// by
						// its own address, with its errors.
						assertThat(page.getResponse().getRedirectedUrl()).as(context)
							.isEqualTo(ScreeningController.stepUrl(step, false));
						page = visitor.follow(page);
					}
					else {
						assertThat(page.getResponse().getStatus()).as(context + " " + step + " " + bad).isEqualTo(400);
					}
					String html = page.getResponse().getContentAsString();
					assertNoFailure(page.getResponse().getStatus(), html, context + " " + bad.keySet());
					assertThat(html).as(context).containsAnyOf("class=\"error-summary\"", "class=\"notice-info\"");
				}
				if (random.nextInt(4) == 0) {
					malformedCookiesAndHeaders(visitor, step, random, context);
				}
				MvcResult next = visitor.post("/screening/" + step.slug(), FormAnswers.page(step, values));
				assertThat(next.getResponse().getStatus()).as(context + " " + step).isEqualTo(303);
				if (answers.crisis().any() && step == Step.SAFETY) {
					break;
				}
			}
			MvcResult result = visitor.open("/screening/result");
			String html = result.getResponse().getContentAsString();
			Matcher main = MAIN.matcher(html);
			assertThat(main.find()).as(context).isTrue();
			Recommendation expected = this.rules.recommend(answers);
			assertThat(main.group(1) + " " + main.group(2)).as(context)
				.isEqualTo(expected.level() + " " + expected.decidedBy());
			JsonNode api = this.json.readTree(
					this.mvc
						.perform(MockMvcRequestBuilders.post("/api/v1/screenings")
							.contentType(MediaType.APPLICATION_JSON)
							.content(body(answers).toString()))
						.andReturn()
						.getResponse()
						.getContentAsString());
			assertThat(api.get("level").stringValue() + " " + api.get("decidedBy").stringValue()).as(context)
				.isEqualTo(main.group(1) + " " + main.group(2));
		}
	}

	/**
	 * What the container itself parses: raw cookie headers, bytes that are not UTF-8 and
	 * NUL bytes in forms, over a real socket.
	 */
	@Test
	void malformedBytesOnTheWireGetNo5xx() throws Exception {
		List<String> requests = new ArrayList<>();
		for (String path : List.of("/", "/screening", "/screening/signs", "/help-now", "/api/v1/screenings")) {
			for (String cookie : List.of("lang=../x", "lang=a b", "lang=\u0000", "screening=%%%", "XSRF-TOKEN=;;;",
					"lang=es; lang=en; screening=", "=; =")) {
				requests.add("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie
						+ "\r\nAccept-Language: es;q=x\r\nAccept: ///\r\nConnection: close\r\n\r\n");
			}
		}
		for (String form : List.of("respondent=S%FFLF", "respondent=%00", "respondent=%", "criteria=%C3%28", "%FF=1",
				"respondent=SELF&respondent")) {
			requests.add("POST /screening/who HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
					+ "application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
					+ "\r\nConnection: close\r\n\r\n" + form);
		}
		String notUtf8 = "{\"a\":\"\u00ff\u00fe\"}";
		requests.add("POST /api/v1/screenings HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
				+ "\r\nContent-Length: " + notUtf8.length() + "\r\nConnection: close\r\n\r\n" + notUtf8);
		for (String request : requests) {
			String response = exchange(request.getBytes(StandardCharsets.ISO_8859_1));
			String status = response.substring(0, response.indexOf('\r'));
			assertThat(status).as(request).matches("HTTP/1.1 [1-4]\\d\\d .*");
			assertThat(response).as(request).doesNotContain("Exception").doesNotContain("at org.");
		}
	}

	private void malformedCookiesAndHeaders(Visitor visitor, Step step, Random random, String context)
			throws Exception {
		String name = List.of("lang", "XSRF-TOKEN", AnswersCookie.NAME).get(random.nextInt(3));
		Cookie saved = visitor.cookie(name);
		visitor.setCookie(new Cookie(name, pick(WRONG_COOKIES, random)));
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(ScreeningController.stepUrl(step, false));
		headers(request, random, true);
		MvcResult page = visitor.perform(request);
		assertNoFailure(page.getResponse().getStatus(), page.getResponse().getContentAsString(),
				context + " cookie " + name);
		// A browser keeps the CSRF cookie the server answered with; the others are put
		// back as they were.
		if (name.equals("XSRF-TOKEN")) {
			return;
		}
		if (saved != null) {
			visitor.setCookie(saved);
		}
		else {
			visitor.forget(name);
		}
	}

	private static void headers(MockHttpServletRequestBuilder request, Random random, boolean accept) {
		if (random.nextBoolean()) {
			request.header("Accept-Language", pick(WRONG_HEADERS, random));
		}
		if (accept && random.nextInt(4) == 0) {
			request.header("Accept", pick(WRONG_HEADERS, random));
		}
	}

	private static void assertNoFailure(int status, String body, String context) {
		assertThat(status).as(context).isBetween(200, 499);
		assertThat(body).as(context)
			.doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("at java.")
			.doesNotContain("Whitelabel");
	}

	/**
	 * A page's form made invalid in one of the ways a client or an extension might: a
	 * wrong, empty or repeated value, an answer left out, an indexed, unknown or other
	 * page's field.
	 */
	private static Map<String, List<String>> mutate(Map<String, List<String>> form, Step step, Random random) {
		Map<String, List<String>> bad = new LinkedHashMap<>(form);
		// Not opioid medication when the page does not ask it: leaving it out is no
		// fault.
		List<Question> questions = step.questions()
			.stream()
			.filter((asked) -> asked.askedWith().isEmpty() || form.containsKey(asked.path()))
			.toList();
		Question question = questions.get(random.nextInt(questions.size()));
		List<String> values = form.getOrDefault(question.path(), List.of());
		switch (random.nextInt(7)) {
			case 0 -> bad.put(question.path(), List.of(pick(WRONG_VALUES, random)));
			case 1 -> bad.put(question.path(), List.of(question.choices().get(0), question.choices().get(0)));
			case 2 -> {
				if (question.kind() == Question.Kind.ANY_OF) {
					bad.put(question.path(), List.of(""));
				}
				else {
					bad.remove(question.path());
				}
			}
			case 3 -> bad.put(question.path() + "[0]", values.isEmpty() ? List.of("x") : values);
			case 4 ->
				bad.put(pick(List.of("age", "changing", "action", "class.module", "_criteria"), random), List.of("on"));
			case 5 -> {
				Question other = Question.all().get(random.nextInt(Question.all().size()));
				if (other.step() == step) {
					bad.put(other.path(), List.of(pick(WRONG_VALUES, random)));
				}
				else {
					bad.put(other.path(), List.of(other.choices().get(0)));
				}
			}
			default -> bad.put(question.path(),
					List.of(question.choices().get(random.nextInt(question.choices().size())).toLowerCase() + "x"));
		}
		return bad;
	}

	/** A body made invalid in one of the ways a client might; the result as text. */
	private String mutate(ObjectNode body, Random random) {
		Question question = Question.all().get(random.nextInt(Question.all().size()));
		ObjectNode parent = question.parent().isPresent() ? (ObjectNode) body.get(Question.CRISIS) : body;
		String property = question.property();
		int change = random.nextInt(12);
		if ((question.isOptional() || !parent.has(property)) && (change <= 1 || change == 9)) {
			// A v1.1 answer may be left out (or null): a wrong value instead.
			change = 3;
		}
		switch (change) {
			case 0 -> parent.remove(property);
			case 1 -> parent.putNull(property);
			case 2 -> parent.put(property, random.nextInt(3));
			case 3 -> parent.put(property, pick(WRONG_VALUES, random));
			case 4 -> parent.putObject(property);
			case 5 -> {
				if (question.isMultiple()) {
					((ArrayNode) parent.get(property)).add(question.choices().get(0)).add(question.choices().get(0));
				}
				else {
					parent.putArray(property).add(question.choices().get(0));
				}
			}
			case 6 -> body.put(pick(List.of("age", "criteria[0]", "crisis.suicidalThoughts", ""), random), true);
			case 7 -> {
				if (random.nextBoolean()) {
					body.putNull(Question.CRISIS);
				}
				else {
					body.put(Question.CRISIS, pick(WRONG_VALUES, random));
				}
			}
			case 8 -> {
				if (question.kind() == Question.Kind.YES_NO) {
					parent.put(property, String.valueOf(random.nextBoolean()));
				}
				else {
					parent.put(property, true);
				}
			}
			case 9 -> {
				String text = body.toString();
				return text.replaceFirst("\"" + property + "\":", "\"" + property + "\":null,\"" + property + "\":");
			}
			case 10 -> {
				String text = body.toString();
				return text.substring(0, random.nextInt(text.length()));
			}
			default -> {
				if (question.isMultiple()) {
					parent.putArray(property).addNull();
				}
				else {
					parent.put(property, question.choices().get(0).toLowerCase() + "!");
				}
			}
		}
		return body.toString();
	}

	private ObjectNode body(Answers answers) {
		ObjectNode body = this.json.createObjectNode();
		ObjectNode crisis = body.putObject(Question.CRISIS);
		FormAnswers.of(answers).forEach((question, values) -> {
			ObjectNode parent = question.parent().isPresent() ? crisis : body;
			switch (question.kind()) {
				case YES_NO -> parent.put(question.property(), Boolean.parseBoolean(values.get(0)));
				case ONE_OF -> parent.put(question.property(), values.get(0));
				default -> values.forEach(parent.putArray(question.property())::add);
			}
		});
		return body;
	}

	/** Random answers: crisis answers rare, so most reach a result. */
	private static Answers randomAnswers(Random random) {
		Set<Criterion> criteria = EnumSet.noneOf(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			if (random.nextBoolean()) {
				criteria.add(criterion);
			}
		}
		Set<Substance> substances = EnumSet.of(pick(List.of(Substance.values()), random));
		if (random.nextBoolean()) {
			substances.add(pick(List.of(Substance.values()), random));
		}
		Crisis crisis = new Crisis(random.nextInt(12) == 0, random.nextInt(12) == 0, random.nextInt(12) == 0);
		return new Answers(pick(List.of(Respondent.values()), random), crisis, criteria, substances,
				pick(List.of(WithdrawalHistory.values()), random), random.nextBoolean(),
				pick(List.of(MentalHealth.values()), random), pick(List.of(Support.values()), random),
				random.nextBoolean(), random.nextBoolean(), pick(List.of(CanAttend.values()), random),
				random.nextBoolean(), random.nextBoolean(), random.nextBoolean())
			.with(new Background(maybe(random, pick(List.of(Readiness.values()), random)),
					maybe(random, random.nextBoolean()), maybe(random, random.nextBoolean()),
					maybe(random, pick(List.of(AgeGroup.values()), random)),
					substances.contains(Substance.OPIOIDS) ? maybe(random, random.nextBoolean()) : null));
	}

	/** A v1.1 answer, not given one time in three (the pages then answer it plainly). */
	private static <T> T maybe(Random random, T value) {
		return (random.nextInt(3) == 0) ? null : value;
	}

	private String exchange(byte[] request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	private static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

	private static String abbreviate(String text) {
		return (text.length() > 400) ? text.substring(0, 400) + "…" : text;
	}

}
