package org.iopfit.screening.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.servlet.http.Cookie;

import org.iopfit.records.Drafts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result page's two opt-in forms under bad input, in the style of
 * {@link InputFuzzTest}: missing, repeated, empty, huge, control-character and unknown
 * fields, with and without answers. Never a 5xx or a stack trace, a problem comes back as
 * a page with its error summary, and nothing is stored from a form with a problem.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OptInFuzzTest {

	private static final long SEED = Long.getLong("fuzz.seed", 20261128L);

	private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 4000);

	private static final List<String> VALUES = List.of("", " ", "yes", "no", "on", "true", "false", "TRUE",
			"x".repeat(5000), "\u0000", "Ana\nBob", "<script>alert(1)</script>", "555-010-0123", "12",
			"\u00e9\u00e8\u00ea", "1234567890123456789", "(555) 010-0123", "%00", "../../etc", "\uD83D\uDE00");

	private static final List<String> FIELDS = List.of("firstName", "phone", "bestTime", "voicemail", "consent", "from",
			"respondent", "code", "class.module", "_csrf2");

	@Autowired
	MockMvc mvc;

	@Autowired
	AnswersCookie cookie;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void badInputOnTheOptInFormsNeverFailsTheServerAndStoresNothingWithAProblem() throws Exception {
		Random random = new Random(SEED);
		for (int i = 0; i < ROUNDS; i++) {
			Visitor visitor = new Visitor(this.mvc);
			boolean answered = random.nextBoolean();
			if (answered) {
				visitor.setCookie(
						new Cookie(AnswersCookie.NAME, this.cookie.seal(new AnswersCookie.Saved(Drafts.iop(), null))));
			}
			else if (random.nextInt(4) == 0) {
				// A damaged or forged answers cookie.
				visitor.setCookie(new Cookie(AnswersCookie.NAME,
						VALUES.get(random.nextInt(VALUES.size())).replaceAll("[^A-Za-z0-9._-]", "") + "AAAA"));
			}
			Map<String, List<String>> form = new LinkedHashMap<>();
			int fields = random.nextInt(7);
			for (int f = 0; f < fields; f++) {
				String name = FIELDS.get(random.nextInt(FIELDS.size()));
				int count = 1 + ((random.nextInt(5) == 0) ? 1 : 0);
				List<String> values = new java.util.ArrayList<>(form.getOrDefault(name, List.of()));
				for (int v = 0; v < count; v++) {
					values.add(VALUES.get(random.nextInt(VALUES.size())));
				}
				form.put(name, values);
			}
			String path = random.nextBoolean() ? "/screening/code" : "/screening/call-back";
			int screenings = count("saved_screening");
			int callBacks = count("call_back_request");
			String context = "#" + i + " " + path + " " + form.keySet() + " answered=" + answered;

			MvcResult result = visitor.post(path, form);

			int status = result.getResponse().getStatus();
			String body = result.getResponse().getContentAsString();
			assertThat(status).as(context).isLessThan(500);
			assertThat(body).as(context).doesNotContain("Exception").doesNotContain("\tat ");
			if (status == 200) {
				assertThat(body).as(context).contains("class=\"error-summary\"");
				assertThat(count("saved_screening")).as(context).isEqualTo(screenings);
				assertThat(count("call_back_request")).as(context).isEqualTo(callBacks);
			}
			if (path.equals("/screening/code") && !"yes".equals(first(form, "consent"))) {
				assertThat(count("saved_screening")).as(context).isEqualTo(screenings);
			}
			String next = String.valueOf(result.getResponse().getHeader("Location"));
			if (status == 303 && next.endsWith("callBack=check")) {
				// A problem is shown by a GET of its own, with every value kept.
				String shown = visitor.follow(result).getResponse().getContentAsString();
				assertThat(shown).as(context).contains("class=\"error-summary\"");
			}
			// A row only for a success page, and one for each.
			String location = String.valueOf(result.getResponse().getHeader("Location"));
			assertThat(count("saved_screening")).as(context)
				.isEqualTo(screenings + ((status == 303 && location.endsWith("/screening/code")) ? 1 : 0));
			assertThat(count("call_back_request")).as(context)
				.isEqualTo(callBacks + ((status == 303 && location.endsWith("/call-back/sent")) ? 1 : 0));
		}
	}

	private static String first(Map<String, List<String>> form, String name) {
		List<String> values = form.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

}
