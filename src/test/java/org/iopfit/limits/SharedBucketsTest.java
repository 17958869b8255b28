package org.iopfit.limits;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.iopfit.IopFitApplication;
import org.iopfit.system.TestPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the app on one database apply one limit: an address that spent half
 * its sign-ins on one instance has only the other half on the other, on the embedded H2
 * as on PostgreSQL.
 */
class SharedBucketsTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	@Test
	void twoInstancesOnOneH2DatabaseShareTheLimit() throws Exception {
		String url = "jdbc:h2:mem:limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		assertTheEleventhSignInIsRefused(url, "sa", "");
	}

	@Test
	void twoInstancesOnOnePostgresDatabaseShareTheLimit() throws Exception {
		try (EmbeddedPostgres postgres = TestPostgres.start(EmbeddedPostgres.builder())) {
			assertTheEleventhSignInIsRefused(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
		}
	}

	private static void assertTheEleventhSignInIsRefused(String url, String username, String password)
			throws Exception {
		try (ConfigurableApplicationContext first = start(url, username, password);
				ConfigurableApplicationContext second = start(url, username, password)) {
			String address = "198.51.100." + (1 + (int) (Math.random() * 250));
			for (int i = 0; i < 15; i++) {
				assertThat(signIn(first, address, "nobody-" + i)).as("attempt " + (i + 1)).isNotEqualTo(429);
			}
			for (int i = 15; i < 30; i++) {
				assertThat(signIn(second, address, "nobody-" + i)).as("attempt " + (i + 1)).isNotEqualTo(429);
			}

			assertThat(signIn(second, address, "nobody-30")).as("the 31st, on the second instance").isEqualTo(429);
			assertThat(signIn(first, address, "nobody-31")).as("and on the first").isEqualTo(429);
			assertThat(signIn(first, "198.51.100.251", "nobody-0")).as("another address").isNotEqualTo(429);
		}
	}

	private static ConfigurableApplicationContext start(String url, String username, String password) {
		// Arguments, not default properties: they come before the test configuration's
		// database of its own per context.
		return new SpringApplicationBuilder(IopFitApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
				"--spring.datasource.password=" + password, "--spring.jmx.enabled=false");
	}

	/**
	 * A sign-in attempt as a guesser sends it: counted before anything else is checked.
	 */
	private static int signIn(ConfigurableApplicationContext app, String address, String username)
			throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/staff/login"))
			.header("X-Forwarded-For", address)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=not+the+password"))
			.build();
		return http.send(request, BodyHandlers.discarding()).statusCode();
	}

}
