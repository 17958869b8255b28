package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iopfit.IopFitApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person screens themselves on the public pages and asks for a code; the app is stopped
 * and started again on the same database file; staff find the screening by that code,
 * with its level and deciding rule.
 */
class ReferenceCodeAfterRestartTest {

	private static final Pattern CODE = Pattern.compile("data-reference-code=\"([0-9A-Z]{4}-[0-9A-Z]{4})\"");

	@Test
	void aCodeMadeOnThePublicPageIsFoundByStaffAfterARestart() {
		String database = "jdbc:h2:file:" + Path.of("target", "restart-" + UUID.randomUUID()).toAbsolutePath();
		String code;
		try (ConfigurableApplicationContext first = start(database)) {
			StaffClient person = new StaffClient(port(first));
			person.get("/screening");
			submit(person, "", Map.of("respondent", List.of("SELF")));
			submit(person, "/safety",
					Map.of("crisis.suicidalThoughts", List.of("false"), "crisis.overdoseOrMedicalEmergency",
							List.of("false"), "crisis.severeWithdrawalNow", List.of("false")));
			submit(person, "/signs", Map.of("substances", List.of("ALCOHOL"), "criteria",
					List.of("CRAVING", "TOLERANCE", "TIME_SPENT", "WITHDRAWAL", "CANNOT_CUT_DOWN")));
			submit(person, "/health", Map.of("withdrawalHistory", List.of("NONE"), "pastOverdose", List.of("false"),
					"medicalMonitoringNeeded", List.of("false"), "pregnant", List.of("false")));
			submit(person, "/mental-health", Map.of("mentalHealth", List.of("NONE")));
			submit(person, "/support", Map.of("support", List.of("STRONG"), "stableHousing", List.of("true"),
					"substanceUseAtHome", List.of("false")));
			submit(person, "/life",
					Map.of("canAttend", List.of("YES"), "needsFlexibility", List.of("false"),
							"recentInpatientDischarge", List.of("false"), "relapsedAfterTreatment", List.of("false"),
							"ageGroup", List.of("AGE_26_OR_OVER"), "readiness", List.of("READY")));
			String result = person.get("/screening/result").body();
			assertThat(result).contains("action=\"/screening/code\"");

			HttpResponse<String> saved = person.submitAll("/screening/result", "/screening/code",
					Map.of("consent", List.of("yes")));
			assertThat(saved.statusCode()).isEqualTo(303);
			assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/screening/code");
			Matcher shown = CODE.matcher(person.get("/screening/code").body());
			assertThat(shown.find()).isTrue();
			code = shown.group(1);
		}

		try (ConfigurableApplicationContext second = start(database)) {
			StaffClient staff = new StaffClient(port(second));
			assertThat(staff.signIn(StaffWebTest.ADMIN, StaffWebTest.ADMIN_PASSWORD).statusCode()).isEqualTo(302);

			HttpResponse<String> found = staff.get("/staff/screenings/find?code=" + code.toLowerCase());
			assertThat(found.statusCode()).isEqualTo(302);
			HttpResponse<String> record = staff.get("/staff/screenings/" + code);

			assertThat(record.statusCode()).isEqualTo(200);
			assertThat(record.body()).contains("data-level=\"IOP\"")
				.containsPattern("data-decided-by=\"R\\d+\"")
				.contains("Screening " + code)
				.contains("Online");
		}
	}

	private static void submit(StaffClient person, String step, Map<String, List<String>> fields) {
		String page = "/screening" + step;
		HttpResponse<String> posted = person.submitAll(page, page.equals("/screening") ? "/screening/who" : page,
				fields);
		assertThat(posted.statusCode()).as(page).isEqualTo(303);
	}

	private static ConfigurableApplicationContext start(String database) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("restart-test", Map.of("server.port", "0", "spring.datasource.url",
					database, "screener.answers-cookie.secret", "a secret for the restart test, long enough")));
		return new SpringApplicationBuilder(IopFitApplication.class).web(WebApplicationType.SERVLET)
			.environment(environment)
			.run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
