package org.iopfit.system.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production's transport ({@code screener.require-https}, as in the postgres profile),
 * behind a proxy at 127.0.0.2 that ends TLS; requests from 127.0.0.1 come from elsewhere,
 * whatever their forwarded headers claim.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "screener.require-https=true",
		"screener.public-url=https://screener.example.org", "server.tomcat.remoteip.internal-proxies=127.0.0.2/32" })
class RequireHttpsTest {

	private static final String PROXY = "127.0.0.2";

	private static final String ELSEWHERE = "127.0.0.1";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/staff/login", "/screening/who?lang=es" })
	void httpThroughTheProxyGoesToTheSamePathOnHttpsAtThePublicAddress(String path) throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, PROXY, path, "X-Forwarded-Proto: http",
				"X-Forwarded-Host: evil.example");

		assertThat(response.status()).isEqualTo(301);
		assertThat(response.header("Location")).isEqualTo("https://screener.example.org" + path);
		assertThat(response.headers("Set-Cookie")).isEmpty();
	}

	@Test
	void aForwardedProtoFromAnAddressThatIsNotAProxyIsNotBelieved() throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, ELSEWHERE, "/staff/login", "X-Forwarded-Proto: https");

		assertThat(response.status()).isEqualTo(301);
		assertThat(response.header("Location")).isEqualTo("https://screener.example.org/staff/login");
	}

	@Test
	void httpsThroughTheProxyIsServedWithHstsAndHostOnlySecureCookies() throws Exception {
		RawHttp.Response login = RawHttp.get(this.port, PROXY, "/staff/login?lang=es", "X-Forwarded-Proto: https");
		RawHttp.Response signedIn = RawHttp.post(this.port, PROXY, "/staff/login",
				"username=admin&password=long+walks+in+the+quiet+park&_csrf=" + login.csrfToken(),
				"X-Forwarded-Proto: https", "Cookie: " + login.cookies());
		RawHttp.Response question = RawHttp.get(this.port, PROXY, "/screening/who", "X-Forwarded-Proto: https");
		RawHttp.Response answered = RawHttp.post(this.port, PROXY, "/screening/who",
				"respondent=SELF&_csrf=" + question.csrfToken(), "X-Forwarded-Proto: https",
				"Cookie: " + question.cookies());

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.header("Strict-Transport-Security")).contains("max-age=");
		assertThat(login.headers("Set-Cookie")).extracting((cookie) -> cookie.split("=", 2)[0])
			.contains("__Host-XSRF-TOKEN", "__Host-lang");
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).isEqualTo("/staff");
		assertThat(signedIn.headers("Set-Cookie")).extracting((cookie) -> cookie.split("=", 2)[0])
			.contains("__Host-SESSION");
		assertThat(question.status()).isEqualTo(200);
		assertThat(question.headers("Set-Cookie")).extracting((cookie) -> cookie.split("=", 2)[0])
			.contains("__Host-XSRF-TOKEN");
		assertThat(answered.status()).isEqualTo(303);
		assertThat(answered.headers("Set-Cookie")).extracting((cookie) -> cookie.split("=", 2)[0])
			.contains("__Host-screening");
		for (String cookie : concat(login, signedIn, question, answered)) {
			assertThat(cookie).startsWith("__Host-").contains("; Secure").containsIgnoringCase("; Path=/");
			assertThat(cookie.toLowerCase()).doesNotContain("domain=");
		}
	}

	@Test
	void theHealthProbesStayOnHttp() throws Exception {
		assertThat(RawHttp.get(this.port, ELSEWHERE, "/actuator/health/liveness").status()).isEqualTo(200);
	}

	private static java.util.List<String> concat(RawHttp.Response... responses) {
		return java.util.Arrays.stream(responses)
			.flatMap((response) -> response.headers("Set-Cookie").stream())
			.toList();
	}

}
