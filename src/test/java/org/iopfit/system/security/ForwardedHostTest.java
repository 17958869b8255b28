package org.iopfit.system.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the defaults (no https required): a forwarded host, even from a trusted proxy
 * (loopback), never gets into a redirect; cookies keep their plain names and are not
 * Secure over http.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ForwardedHostTest {

	@LocalServerPort
	int port;

	// A staff page sends a signed-out visitor to sign in; the public pages' redirects
	// too.
	@ParameterizedTest
	@ValueSource(strings = { "/staff", "/staff/screenings", "/screening/result", "/screening/check" })
	void aForwardedHostNeverGetsIntoARedirect(String path) throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, "127.0.0.1", path, "X-Forwarded-Host: evil.example",
				"X-Forwarded-Port: 8092");

		assertThat(response.status()).isBetween(300, 399);
		assertThat(response.header("Location")).startsWith("/").doesNotStartWith("//").doesNotContain("evil.example");
	}

	@Test
	void aMadeUpHostHeaderDoesNotGetIntoARedirectEither() throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, "127.0.0.1", "/staff", "Host: evil.example");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).isEqualTo("/staff/login");
	}

	@Test
	void cookiesKeepTheirNamesAndAreNotSecureOverHttp() throws Exception {
		RawHttp.Response login = RawHttp.get(this.port, "127.0.0.1", "/staff/login?lang=es");
		RawHttp.Response signedIn = RawHttp.post(this.port, "127.0.0.1", "/staff/login",
				"username=admin&password=long+walks+in+the+quiet+park&_csrf=" + login.csrfToken(),
				"Cookie: " + login.cookies());

		assertThat(login.headers("Set-Cookie")).extracting((cookie) -> cookie.split("=", 2)[0])
			.contains("lang", "XSRF-TOKEN");
		assertThat(signedIn.headers("Set-Cookie")).extracting((cookie) -> cookie.split("=", 2)[0]).contains("SESSION");
		assertThat(login.headers("Set-Cookie")).noneMatch((cookie) -> cookie.contains("Secure"));
		assertThat(signedIn.headers("Set-Cookie")).noneMatch((cookie) -> cookie.contains("Secure"));
	}

}
