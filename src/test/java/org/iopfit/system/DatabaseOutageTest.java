package org.iopfit.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.iopfit.questions.Question;
import org.iopfit.records.Drafts;
import org.iopfit.questions.Step;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away and comes back, under a running app on a real PostgreSQL (an
 * embedded binary from Maven Central, stopped and started again on the same port and data
 * directory): the public screening goes on to its result, staff get a clear "records are
 * unavailable" page, health and readiness say the database is down while liveness stays
 * up, and everything works again by itself, staff sessions included, without a restart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "admin.username=lead", "admin.password=" + DatabaseOutageTest.PASSWORD,
				// A password alone signs in here: passkeys need a browser
				// (PasskeyBrowserTest).
				"screener.security.second-factor=optional",
				// Plain http on loopback, without the proxy that ends TLS in production
				// (RequireHttpsTest covers that).
				"screener.require-https=false",
				// While the database is away, every request that needs it waits this
				// long for a connection before it is refused: 1 s here instead of
				// production's 3 s, the same refusals, seconds sooner per request.
				"spring.datasource.hikari.connection-timeout=1000" })
@ActiveProfiles("postgres")
@DirtiesContext
class DatabaseOutageTest {

	static final String PASSWORD = "a long and quiet evening walk";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static Path dataDirectory;

	private static int databasePort;

	private static EmbeddedPostgres postgres;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startPostgres() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			databasePort = socket.getLocalPort();
		}
		dataDirectory = Files.createTempDirectory("outage-pg");
		postgres = startOn(databasePort, dataDirectory);
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
		try (Stream<Path> files = Files.walk(dataDirectory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	// Kept between a stop and a start, so the restarted server has the same data.
	private static EmbeddedPostgres startOn(int port, Path directory) {
		return TestPostgres
			.start(EmbeddedPostgres.builder().setPort(port).setDataDirectory(directory).setCleanDataDirectory(false));
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry, () -> "jdbc:postgresql://localhost:" + databasePort + "/postgres");
	}

	@Test
	void theScreeningGoesOnStaffAreToldAndEverythingRecoversByItself() throws Exception {
		Client staff = new Client();
		staff.signIn("lead", PASSWORD);
		assertThat(staff.get("/staff").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);

		postgres.close();

		// The public screening needs no database: it goes on to its result.
		Client visitor = new Client();
		HttpResponse<String> result = visitor.screen(Drafts.iopFields("SELF"));
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("data-level=\"IOP\"");
		// A code or a call-back cannot be saved: the person is told so on the same page,
		// with everything typed still there and the number to call.
		HttpResponse<String> code = visitor.post("/screening/code", Map.of("consent", List.of("yes")));
		assertCannotSaveNow(code);
		assertThat(code.body()).contains("data-level=\"IOP\"");
		HttpResponse<String> callBack = visitor.post("/screening/call-back",
				Map.of("from", List.of("result"), "firstName", List.of("Marisol"), "phone", List.of("555-201-7788"),
						"voicemail", List.of("false"), "consent", List.of("yes")));
		assertCannotSaveNow(callBack);
		assertThat(callBack.body()).contains("value=\"Marisol\"").contains("value=\"555-201-7788\"");

		// A load balancer stops sending traffic that needs records; the process stays
		// alive.
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

		// A staff member's session cookie does not stop the public pages: none of them
		// looks the session up.
		assertThat(staff.get("/").statusCode()).isEqualTo(200);
		assertThat(staff.get("/screening").statusCode()).isEqualTo(200);
		// Staff, signed in or signing in, get a plain page that says what is wrong.
		assertUnavailable(staff.get("/staff"));
		Client another = new Client();
		assertUnavailable(another.signInResponse("lead", PASSWORD));

		postgres = startOn(databasePort, dataDirectory);

		Instant deadline = Instant.now().plusSeconds(60);
		while (get("/actuator/health").statusCode() != 200 && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
		}
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		// The session was kept in the database: the same staff member goes on signed in.
		HttpResponse<String> console = staff.get("/staff");
		assertThat(console.statusCode()).isEqualTo(200);
		assertThat(console.uri().getPath()).isEqualTo("/staff");
		another.signIn("lead", PASSWORD);
	}

	private static void assertCannotSaveNow(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains("We cannot save this right now. Nothing you entered is lost.")
			.contains("tel:+18446398371")
			.doesNotContainIgnoringCase("exception");
	}

	private static void assertUnavailable(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains("Records are unavailable right now")
			.contains("844-639-8371")
			.doesNotContainIgnoringCase("exception")
			.doesNotContain("org.")
			.doesNotContain("SQL");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	/** A browser over real HTTP: it keeps its cookies and follows redirects. */
	private final class Client {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private String csrf;

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return remember(this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
		}

		HttpResponse<String> post(String path, Map<String, List<String>> fields)
				throws IOException, InterruptedException {
			List<String> pairs = new ArrayList<>();
			pairs.add("_csrf=" + encode(this.csrf));
			fields.forEach((name, values) -> values.forEach((value) -> pairs.add(encode(name) + "=" + encode(value))));
			HttpRequest request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
				.build();
			return remember(this.http.send(request, HttpResponse.BodyHandlers.ofString()));
		}

		/** Every page of the questionnaire, in order, then the result. */
		HttpResponse<String> screen(Map<String, List<String>> answers) throws IOException, InterruptedException {
			HttpResponse<String> page = get("/screening");
			for (Step step : Step.all()) {
				Map<String, List<String>> fields = new LinkedHashMap<>();
				for (Question question : step.questions()) {
					fields.put(question.path(), answers.get(question.path()));
				}
				page = post("/screening/" + step.slug(), fields);
				assertThat(page.statusCode()).as(step.slug()).isEqualTo(200);
			}
			assertThat(page.uri().getPath()).isEqualTo("/screening/check");
			return get("/screening/result");
		}

		HttpResponse<String> signInResponse(String username, String password) throws IOException, InterruptedException {
			get("/staff/login");
			return post("/staff/login", Map.of("username", List.of(username), "password", List.of(password)));
		}

		void signIn(String username, String password) throws IOException, InterruptedException {
			HttpResponse<String> console = signInResponse(username, password);
			assertThat(console.statusCode()).isEqualTo(200);
			assertThat(console.uri().getPath()).isEqualTo("/staff");
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + DatabaseOutageTest.this.port + path))
				.timeout(Duration.ofSeconds(30));
		}

		private HttpResponse<String> remember(HttpResponse<String> response) {
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return response;
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
