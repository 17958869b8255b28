package org.iopfit.screening.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The landing page, the "need help now?" page and the error pages over real HTTP, in both
 * languages, with the security baseline every page must carry.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HomePagesTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void theLandingPageExplainsTheScreeningAndOffersEveryWayIn() throws Exception {
		HttpResponse<String> page = get("/", null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"en\"")
			.contains("about 5 minutes")
			.contains("We do not save your answers")
			.contains("href=\"/families\"")
			.contains("not a diagnosis")
			.contains("href=\"/screening\"")
			.contains("href=\"tel:+18446398371\"")
			.contains("844-639-8371")
			.contains("href=\"/help-now\"");
	}

	@Test
	void theHelpNowPageListsEveryCrisisLineAsALink() throws Exception {
		HttpResponse<String> page = get("/help-now", null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"tel:911\"")
			.contains("href=\"tel:988\"")
			.contains("href=\"sms:988\"")
			.contains("href=\"tel:+18002221222\"")
			.contains("href=\"tel:+18006624357\"")
			.contains("href=\"tel:+18446398371\"");
		// 911 comes first: the order a person in danger needs.
		assertThat(page.body().indexOf("tel:911")).isLessThan(page.body().indexOf("tel:988"));
	}

	@Test
	void acceptLanguagePicksSpanish() throws Exception {
		HttpResponse<String> page = get("/help-now", "es-US,es;q=0.9");

		assertThat(page.body()).contains("<html lang=\"es\"").contains("Busque ayuda").doesNotContain("??");
		assertThat(page.headers().firstValue("Content-Language")).hasValue("es");
	}

	@Test
	void theLanguageSwitchIsRememberedWithoutASession() throws Exception {
		HttpResponse<String> switched = get("/?lang=es", "en");

		assertThat(switched.body()).contains("<html lang=\"es\"").contains("href=\"?lang=en\"");
		assertThat(switched.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("lang=es"));
		String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		HttpResponse<String> next = http.send(request("/", "en").header("Cookie", cookie).build(),
				BodyHandlers.ofString());
		assertThat(next.body()).contains("<html lang=\"es\"");
	}

	@Test
	void anUnsupportedLanguageFallsBackToEnglish() throws Exception {
		assertThat(get("/?lang=fr", "de").body()).contains("<html lang=\"en\"");
	}

	@Test
	void everyPageCarriesTheSecurityBaselineAndNoSession() throws Exception {
		for (String path : new String[] { "/", "/help-now", "/no-such-page" }) {
			HttpResponse<String> page = get(path, null);

			assertThat(page.headers().firstValue("Content-Security-Policy"))
				.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'self'")
					.contains("script-src 'self'")
					.contains("style-src 'self'")
					.contains("frame-ancestors 'none'")
					.doesNotContain("unsafe-inline"));
			assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
			assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(page.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
			assertThat(page.body()).doesNotContain("http://").doesNotContain("https://").doesNotContain("style=\"");
		}
	}

	@Test
	void anUnknownPageIsAFriendly404InTheVisitorsLanguage() throws Exception {
		HttpResponse<String> english = get("/no-such-page", null);
		HttpResponse<String> spanish = get("/no-such-page", "es");

		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("We cannot find that page")
			.contains("href=\"/help-now\"")
			.doesNotContain("Whitelabel")
			.doesNotContainIgnoringCase("exception");
		assertThat(spanish.statusCode()).isEqualTo(404);
		assertThat(spanish.body()).contains("<html lang=\"es\"");
	}

	@Test
	void aBadRequestToAPageIsAFriendlyPageNotAStackTrace() throws Exception {
		HttpResponse<String> page = http.send(request("/", null).DELETE().build(), BodyHandlers.ofString());

		assertThat(page.statusCode()).isBetween(400, 499);
		assertThat(page.body()).contains("href=\"/help-now\"")
			.doesNotContain("Whitelabel")
			.doesNotContainIgnoringCase("exception");
	}

	@Test
	void aQuestionnairePageWithoutItsCsrfTokenComesBackWithItsAnswersAndNothingSaved() throws Exception {
		HttpResponse<String> page = http
			.send(request("/screening/who", null).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("respondent=SOMEONE_ELSE"))
				.build(), BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Please check your answers and press Continue again")
			.containsPattern("value=\"SOMEONE_ELSE\"\\s+checked")
			.contains("name=\"_csrf\"");
		assertThat(page.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("screening="));
	}

	@Test
	void anyOtherFormPostWithoutItsCsrfTokenIsRefusedWithAFriendlyPage() throws Exception {
		HttpResponse<String> page = http
			.send(request("/screening/clear", null).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Something was not right with that request")
			.contains("href=\"/help-now\"")
			.doesNotContain("Whitelabel")
			.doesNotContainIgnoringCase("exception");
	}

	private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
		return http.send(request(path, acceptLanguage).build(), BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String acceptLanguage) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		return request;
	}

}
