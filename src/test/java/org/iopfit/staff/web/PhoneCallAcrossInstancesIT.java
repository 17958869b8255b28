package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.iopfit.IopFitApplication;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;
import org.iopfit.records.Drafts;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iopfit.staff.web.PhoneScreeningTest.location;
import static org.iopfit.staff.web.PhoneScreeningTest.startCall;

/**
 * A call lives in the database, not in one app: stopped and started again mid-call, the
 * app lists it and goes on from its page; two instances on one database serve the same
 * worker's call page by page, and saving it on both makes one record.
 */
class PhoneCallAcrossInstancesIT {

	private static final Map<String, List<String>> ANSWERS = Drafts.iopFields("SELF");

	@Test
	void aCallGoesOnAfterARestartFromThePageItWasLeftOn() {
		String database = database();
		String call;
		try (ConfigurableApplicationContext first = start(database)) {
			StaffClient staff = signedIn(first);
			call = startCall(staff, "SELF");
			answer(staff, call, Step.SAFETY);
			answer(staff, call, Step.SIGNS);
		}

		try (ConfigurableApplicationContext second = start(database)) {
			StaffClient staff = signedIn(second);
			assertThat(staff.get("/staff").body()).contains("href=\"" + call + "/health\"");
			assertThat(location(staff.get(call))).isEqualTo(call + "/health");
			assertThat(staff.get(call + "/signs").body()).containsPattern("value=\"ALCOHOL\"\\s+checked");
			for (Step step : List.of(Step.HEALTH, Step.MENTAL_HEALTH, Step.SUPPORT, Step.LIFE)) {
				answer(staff, call, step);
			}
			String saved = location(finish(staff, call));
			assertThat(saved).matches("/staff/screenings/[0-9A-Z]{8}\\?saved");
			assertThat(records(second, call)).isEqualTo(1);
		}
	}

	@Test
	void twoInstancesOnOneDatabaseShareTheWorkersCallAndSaveItOnce() {
		String database = database();
		try (ConfigurableApplicationContext one = start(database);
				ConfigurableApplicationContext other = start(database)) {
			StaffClient onOne = signedIn(one);
			StaffClient onOther = signedIn(other);
			String call = startCall(onOne, "SELF");
			answer(onOne, call, Step.SAFETY);

			// The next page from the other instance, as a load balancer may send it.
			assertThat(onOther.get(call + "/signs").statusCode()).isEqualTo(200);
			answer(onOther, call, Step.SIGNS);
			assertThat(location(onOne.get(call))).isEqualTo(call + "/health");
			for (Step step : List.of(Step.HEALTH, Step.MENTAL_HEALTH, Step.SUPPORT, Step.LIFE)) {
				answer((step.ordinal() % 2 == 0) ? onOne : onOther, call, step);
			}
			String tokenOther = onOther.csrf(call + "/result");

			String saved = location(finish(onOne, call));
			String again = location(onOther.postAll(call + "/result", Map.of("_csrf", List.of(tokenOther))));

			assertThat(again).isEqualTo(saved);
			assertThat(records(one, call)).isEqualTo(1);
		}
	}

	private static void answer(StaffClient staff, String call, Step step) {
		Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
		for (Question question : step.questions()) {
			List<String> values = ANSWERS.get(question.path());
			fields.put(values.isEmpty() ? "none" : question.path(),
					values.isEmpty() ? List.of(question.path()) : values);
		}
		String page = call + "/" + step.slug();
		assertThat(staff.submitAll(page, page, fields).statusCode()).as(page).isEqualTo(302);
	}

	private static HttpResponse<String> finish(StaffClient staff, String call) {
		return staff.submitAll(call + "/result", call + "/result", Map.of("callerName", List.of("Ana")));
	}

	private static int records(ConfigurableApplicationContext context, String call) {
		return context.getBean(JdbcTemplate.class)
			.queryForObject("SELECT COUNT(*) FROM saved_screening WHERE call_id = ?", Integer.class,
					call.substring(call.lastIndexOf('/') + 1));
	}

	private static StaffClient signedIn(ConfigurableApplicationContext context) {
		StaffClient staff = new StaffClient(((WebServerApplicationContext) context).getWebServer().getPort());
		assertThat(staff.signIn(StaffWebTest.ADMIN, StaffWebTest.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
		return staff;
	}

	private static String database() {
		return "jdbc:h2:file:" + Path.of("target", "calls-" + UUID.randomUUID()).toAbsolutePath();
	}

	private static ConfigurableApplicationContext start(String database) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("calls-test",
					Map.of("server.port", "0", "spring.datasource.url", database + ";AUTO_SERVER=TRUE",
							"screener.answers-cookie.secret", "a secret for the calls test, long enough")));
		return new SpringApplicationBuilder(IopFitApplication.class).web(WebApplicationType.SERVLET)
			.environment(environment)
			.run();
	}

}
