package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.util.Map;
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
 * The staff console's CSRF token belongs to the session it was given in: a token (and any
 * token cookie) from another client, sent with the victim's session, is refused.
 */
class StaffCsrfTest extends StaffWebTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	ScreeningRecords records;

	@Test
	void aTokenFromAnotherClientDoesNotGoWithTheVictimsSession() {
		SavedScreening screening = this.records.savePhone("someone", Drafts.iop(), null, Set.of(), null);
		String page = "/staff/screenings/" + screening.referenceCode();
		StaffClient attacker = signedIn(account(StaffRole.ADMISSIONS));
		StaffClient victim = signedIn(account(StaffRole.ADMISSIONS));
		String attackersToken = tokenOn(attacker.get(page));

		// The victim's session, the attacker's token and every cookie of the attacker's
		// but the session.
		StaffClient forged = browser();
		forged.setCookie("SESSION", victim.cookie("SESSION"));
		if (attacker.cookie("XSRF-TOKEN") != null) {
			forged.setCookie("XSRF-TOKEN", attacker.cookie("XSRF-TOKEN"));
		}
		HttpResponse<String> refused = forged.post(page + "/notes",
				Map.of("text", "Forged note", "_csrf", attackersToken));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(notes(screening)).isZero();
		// The victim's own page and token still work.
		assertRedirect(victim.submit(page, page + "/notes", Map.of("text", "Real note")), page + "#notes");
		assertThat(notes(screening)).isEqualTo(1);
	}

	@Test
	void onceSignedInTheTokenIsKeptInTheSessionNotInACookie() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		int before = browser.setCookieHeaders().size();

		assertThat(tokenOn(browser.get("/staff/screenings/new"))).isNotBlank();
		assertThat(browser.setCookieHeaders().subList(before, browser.setCookieHeaders().size()))
			.noneMatch((cookie) -> cookie.startsWith("XSRF-TOKEN="));
	}

	private int notes(SavedScreening screening) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM screening_note WHERE screening_id = ?", Integer.class,
				screening.id());
	}

	private static String tokenOn(HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("a form with a CSRF token").isTrue();
		return token.group(1).replace("&#45;", "-");
	}

}
