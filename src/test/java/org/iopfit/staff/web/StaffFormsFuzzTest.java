package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iopfit.records.Drafts;
import org.iopfit.records.SavedScreening;
import org.iopfit.records.ScreeningRecords;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated bad input on the staff side over real HTTP: the sign-in form and the notes of
 * a saved screening. Never a 5xx or a stack trace; no account, session or note comes from
 * a request with a problem (a failed sign-in leaves its audit entry, as it should).
 */
class StaffFormsFuzzTest extends StaffWebTest {

	private static final long SEED = Long.getLong("fuzz.seed", 20261128L);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final List<String> VALUES = List.of("", " ", "x".repeat(5000), "\u0000", "Ana\nBob",
			"<script>alert(1)</script>", "\u00e9\u00e8\u00ea", "%00", "../../etc", "\uD83D\uDE00", "' OR 1=1 --",
			"nobody", "1", "-1", "999999999999999999999", "Note text", "null");

	@Autowired
	ScreeningRecords records;

	@Test
	void theSignInFormTakesAnythingWithoutAFailureASessionOrAnAccount() {
		Random random = new Random(SEED);
		int accounts = count("staff_account");
		int sessions = count("SPRING_SESSION");
		StaffClient browser = browser();
		String token = tokenOf(browser.get("/staff/login"));
		for (int i = 0; i < 3000; i++) {
			Map<String, List<String>> form = fields(random, List.of("username", "password", "remember-me", "role"));
			// Every attempt with a good token runs the password check (hundreds of
			// milliseconds, on purpose): most attempts carry a bad or no token instead.
			boolean goodToken = i % 20 == 0;
			if (goodToken) {
				form.put("_csrf", List.of(token));
			}
			else if (random.nextBoolean()) {
				form.put("_csrf", List.of(VALUES.get(random.nextInt(VALUES.size()))));
			}
			HttpResponse<String> response = browser.postAll("/staff/login", form);
			assertNoFailure(response, "#" + i + " " + form.keySet() + " token=" + goodToken);
			assertThat(response.headers().firstValue("Location").orElse("")).as("#" + i).doesNotEndWith("/staff");
		}
		assertThat(count("staff_account")).isEqualTo(accounts);
		assertThat(count("SPRING_SESSION")).isEqualTo(sessions);
	}

	@Test
	void notesTakeAnythingAndOnlyAGoodNoteIsKept() {
		Random random = new Random(SEED + 1);
		StaffClient staff = signedIn(account(StaffRole.ADMISSIONS));
		SavedScreening screening = null;
		String page = null;
		String token = null;
		int kept = 0;
		for (int i = 0; i < 3000; i++) {
			if (i % 100 == 0) {
				// A fresh record every hundred posts: a rejected note shows the
				// record again with all its notes, and one record with hundreds of
				// them would make each page slower than the last without testing
				// anything more.
				screening = this.records.savePhone("someone", Drafts.iop(), null, Set.of(), null);
				page = "/staff/screenings/" + screening.referenceCode();
				token = tokenOf(staff.get(page));
			}
			Map<String, List<String>> form = fields(random, List.of("text", "corrects", "id", "level"));
			form.put("_csrf", List.of(token));
			int notes = notesOf(screening);
			String context = "#" + i + " " + form.keySet();

			HttpResponse<String> response = staff.postAll(page + "/notes", form);

			assertNoFailure(response, context);
			boolean good = response.statusCode() == 302;
			assertThat(notesOf(screening)).as(context).isEqualTo(notes + (good ? 1 : 0));
			if (good) {
				kept++;
			}
			else {
				assertThat(response.body()).as(context).contains("class=\"error-summary\"");
			}
		}
		assertThat(kept).as("some notes were good").isPositive();
	}

	private static Map<String, List<String>> fields(Random random, List<String> names) {
		Map<String, List<String>> form = new LinkedHashMap<>();
		int fields = random.nextInt(5);
		for (int f = 0; f < fields; f++) {
			String name = names.get(random.nextInt(names.size()));
			List<String> values = new ArrayList<>(form.getOrDefault(name, List.of()));
			int count = (random.nextInt(6) == 0) ? 2 : 1;
			for (int v = 0; v < count; v++) {
				values.add(VALUES.get(random.nextInt(VALUES.size())));
			}
			form.put(name, values);
		}
		return form;
	}

	private static void assertNoFailure(HttpResponse<String> response, String context) {
		assertThat(response.statusCode()).as(context).isLessThan(500);
		assertThat(response.body()).as(context).doesNotContain("Exception").doesNotContain("\tat ");
	}

	private static String tokenOf(HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("a CSRF token on " + page.uri()).isTrue();
		return token.group(1).replace("&#45;", "-");
	}

	private int notesOf(SavedScreening screening) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM screening_note WHERE screening_id = ?", Integer.class,
				screening.id());
	}

	private int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

}
