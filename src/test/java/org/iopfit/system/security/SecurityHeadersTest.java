package org.iopfit.system.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The headers that keep browser features and other sites away, on every kind of response:
 * a public page, a staff page, the API, error pages (also one refused before any filter
 * chain runs).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	static Stream<Arguments> responses() {
		String answers = "{\"respondent\":\"SELF\"}";
		String tooLarge = "x".repeat(BodySizeLimit.MAX_BYTES + 1);
		return Stream.of(arguments("the start page", "GET", "/", null, null, 200, false),
				arguments("a question page", "GET", "/screening/who", null, null, 200, false),
				arguments("the staff sign-in page", "GET", "/staff/login", null, null, 200, true),
				arguments("a staff page, signed out", "GET", "/staff/screenings", null, null, 302, true),
				arguments("the API", "POST", "/api/v1/screenings", "application/json", answers, 400, false),
				arguments("a missing page", "GET", "/no-such-page", null, null, 404, false),
				arguments("a missing staff page", "GET", "/staff/no-such-page", null, null, 302, true),
				arguments("a form body over the limit", "POST", "/screening/call-back",
						"application/x-www-form-urlencoded", tooLarge, 413, false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("responses")
	void everyResponseDeniesBrowserFeaturesAndOtherSites(String description, String method, String path,
			String contentType, String body, int status, boolean staff) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
		assertThat(response.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("same-origin");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		String policy = response.headers().firstValue("Permissions-Policy").orElseThrow();
		assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()",
				"bluetooth=()", "hid=()", "midi=()", "display-capture=()", "interest-cohort=()");
		if (staff) {
			assertThat(policy).contains("publickey-credentials-get=(self)", "publickey-credentials-create=(self)");
		}
		else {
			assertThat(policy).contains("publickey-credentials-get=()", "publickey-credentials-create=()");
		}
	}

}
