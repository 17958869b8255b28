package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idle limit as a worker meets it: every page says when the session ends, "Stay
 * signed in" keeps it, the sign-in page after the limit says why, and a call's page
 * posted after the limit is where signing in again leads back to (no other page).
 */
class IdleTimeoutTest extends StaffWebTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Test
	void everyStaffPageSaysWhenTheSessionEndsIfIdleAndOffersToStay() {
		this.clock.setTo(Instant.parse("2026-07-01T09:00:00Z"));
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));

		for (String page : new String[] { "/staff", "/staff/screenings", "/staff/call-backs", "/staff/report" }) {
			String body = browser.get(page).body();
			// 30 minutes after 10:00 in London (the test configuration's zone).
			assertThat(body).as(page)
				.contains("If you do nothing, your session ends at 10:30 BST (30 minutes after your last click).")
				.contains("data-idle-seconds=\"1800\"")
				.contains("data-warn-seconds=\"1680\"")
				.contains("Stay signed in")
				.containsPattern("/assets/js/idle-[0-9a-f]+\\.js");
		}
		assertThat(browser().get("/staff/login").body()).doesNotContain("idle-notice")
			.doesNotContain("/assets/js/idle-");
	}

	@Test
	void stayingSignedInKeepsTheSession() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		String token = token(browser.get("/staff").body());
		lastRequestAgo(browser, Duration.ofMinutes(29));

		HttpResponse<String> kept = browser.post("/staff/session/keep-alive", Map.of("_csrf", token));

		assertThat(kept.statusCode()).isEqualTo(204);
		long lastAccess = this.jdbc.queryForObject("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?",
				Long.class, browser.sessionId());
		assertThat(Instant.ofEpochMilli(lastAccess)).isAfter(Instant.now().minusSeconds(60));
		// Twenty-nine minutes more, and the session is still there.
		lastRequestAgo(browser, Duration.ofMinutes(29));
		assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
		// Without the token it is refused: another site cannot keep a session open.
		assertThat(browser.post("/staff/session/keep-alive", Map.of()).statusCode()).isEqualTo(403);
	}

	@Test
	void afterTheIdleLimitTheSignInPageSaysWhy() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		lastRequestAgo(browser, Duration.ofMinutes(31));

		assertRedirect(browser.get("/staff/screenings"), "/staff/login?timeout");
		HttpResponse<String> login = browser.get("/staff/login?timeout");
		assertThat(login.body()).contains("Your session ended after 30 minutes without activity; sign in to go on.");
		assertThat(browser.get("/staff/login?timeout&lang=es").body())
			.contains("Su sesión terminó después de 30 minutos sin actividad; inicie sesión para seguir.");
	}

	@Test
	void aSessionEndedForAnotherReasonIsNotCalledIdle() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		browser.get("/staff");
		// Ended by the server a minute after the last request, as a lock or a new
		// password ends every session of an account.
		this.clock.advance(Duration.ofMinutes(1));
		this.jdbc.update("DELETE FROM SPRING_SESSION WHERE SESSION_ID = ?", browser.sessionId());

		assertRedirect(browser.get("/staff/screenings"), "/staff/login");
	}

	@Test
	void aCallPagePostedAfterTheIdleLimitIsWhereSigningInLeadsBack() {
		var account = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(account);
		String call = PhoneScreeningTest.startCall(browser, "SELF");
		String token = token(browser.get(call + "/safety").body());
		lastRequestAgo(browser, Duration.ofMinutes(31));

		assertRedirect(browser.post(call + "/safety", Map.of("_csrf", token, "crisis.suicidalThoughts", "false")),
				"/staff/login?timeout");
		assertRedirect(browser.signIn(account.getUsername(), PASSWORD), "/staff");

		assertRedirect(browser.get("/staff"), call + "/safety");
		assertThat(browser.get(call + "/safety").statusCode()).isEqualTo(200);
		// Once: the start page is the start page again.
		assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
	}

	@Test
	void aFormBelowACallPageLeadsBackToThePageItWasSentFrom() {
		var account = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(account);
		String call = PhoneScreeningTest.startCall(browser, "SELF");
		String token = token(browser.get(call + "/safety").body());
		lastRequestAgo(browser, Duration.ofMinutes(31));

		// The crisis control of the safety page has no page of its own to show.
		assertRedirect(browser.post(call + "/safety/crisis", Map.of("_csrf", token)), "/staff/login?timeout");
		assertRedirect(browser.signIn(account.getUsername(), PASSWORD), "/staff");

		assertRedirect(browser.get("/staff"), call + "/safety");
	}

	@Test
	void anyOtherPostAfterTheIdleLimitLeadsToTheStartPage() {
		var account = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(account);
		String token = token(browser.get("/staff").body());
		lastRequestAgo(browser, Duration.ofMinutes(31));

		assertRedirect(browser.post("/staff/screenings/7KQM3XDA/notes", Map.of("_csrf", token, "text", "x")),
				"/staff/login?timeout");
		assertRedirect(browser.signIn(account.getUsername(), PASSWORD), "/staff");

		assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
	}

	private static String token(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1).replace("&#45;", "-");
	}

	/** Time passes with no request: in the session store and on the app's clock. */
	private void lastRequestAgo(StaffClient browser, Duration ago) {
		this.clock.advance(ago);
		long then = Instant.now().minus(ago).toEpochMilli();
		int updated = this.jdbc.update(
				"UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = ?, EXPIRY_TIME = ? WHERE SESSION_ID = ?", then,
				then + Duration.ofMinutes(30).toMillis(), browser.sessionId());
		assertThat(updated).isOne();
	}

}
