package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.iopfit.audit.AuditAction;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a staff session: a new id at sign-in, 30 minutes idle, 12 hours in all,
 * ended at once when the account is disabled, ended by signing out, and secure cookies
 * behind a TLS proxy.
 */
class StaffSessionTest extends StaffWebTest {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void aSessionIdPlantedBeforeSignInIsReplacedAndWorthlessAfterIt() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		String planted = plantSession(this.sessions);
		StaffClient browser = browser();
		browser.setCookie("SESSION", cookieValue(planted));

		assertRedirect(browser.signIn(account.getUsername(), PASSWORD), "/staff");

		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(planted);
		assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
		StaffClient attacker = browser();
		attacker.setCookie("SESSION", cookieValue(planted));
		assertRedirect(attacker.get("/staff"), "/staff/login");
	}

	@Test
	void signingInAgainGivesANewSessionId() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(account);
		String first = browser.sessionId();

		assertRedirect(browser.signIn(account.getUsername(), PASSWORD), "/staff");

		assertThat(browser.sessionId()).isNotEqualTo(first);
	}

	@Test
	void aSessionEndsAfterThirtyMinutesWithoutARequest() {
		StaffClient browser = signedIn(account(StaffRole.ADMISSIONS));
		assertThat(this.jdbc.queryForObject("SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE SESSION_ID = ?",
				Integer.class, browser.sessionId()))
			.isEqualTo(30 * 60);

		lastRequestAgo(browser, Duration.ofMinutes(29));
		assertThat(browser.get("/staff").statusCode()).isEqualTo(200);

		lastRequestAgo(browser, Duration.ofMinutes(31));
		assertRedirect(browser.get("/staff"), "/staff/login");
	}

	@Test
	void aSessionEndsTwelveHoursAfterSignInHoweverActive() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(account);

		this.clock.advance(Duration.ofHours(11).plusMinutes(59));
		assertThat(browser.get("/staff").statusCode()).isEqualTo(200);

		this.clock.advance(Duration.ofMinutes(1));
		assertRedirect(browser.get("/staff"), "/staff/login?expired");
		assertThat(browser.get("/staff/login?expired").body()).contains("Your session has ended");
		assertRedirect(browser.get("/staff"), "/staff/login");
		assertThat(this.jdbc.queryForList("SELECT action FROM audit_entry WHERE actor = ?", String.class,
				account.getUsername()))
			.contains(AuditAction.SESSION_EXPIRED.name());
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient staff = signedIn(account);
		StaffClient secondDevice = signedIn(account);
		assertThat(staff.get("/staff").statusCode()).isEqualTo(200);

		StaffClient admin = signedInAdmin();
		assertRedirect(admin.submit("/staff/accounts/" + account.getId(),
				"/staff/accounts/" + account.getId() + "/disable", Map.of()),
				"/staff/accounts/" + account.getId() + "?disabled");

		assertRedirect(staff.get("/staff"), "/staff/login");
		assertRedirect(secondDevice.get("/staff"), "/staff/login");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?",
				Integer.class, account.getUsername()))
			.isZero();
	}

	@Test
	void anAccountDisabledStraightInTheDatabaseLosesItsSessionOnTheNextRequest() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient staff = signedIn(account);

		this.jdbc.update("UPDATE staff_account SET enabled = FALSE WHERE id = ?", account.getId());

		assertRedirect(staff.get("/staff"), "/staff/login");
	}

	@Test
	void signingOutEndsTheSessionAndOnlyAPostSignsOut() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient browser = signedIn(account);
		String session = browser.sessionId();

		browser.get("/staff/logout");
		assertThat(browser.get("/staff").statusCode()).as("a link cannot sign anyone out").isEqualTo(200);
		assertThat(browser.post("/staff/logout", Map.of()).statusCode()).as("nor a forged form").isEqualTo(403);

		assertRedirect(browser.submit("/staff", "/staff/logout", Map.of()), "/staff/login?logout");
		assertThat(browser.get("/staff/login?logout").body()).contains("You have signed out");
		StaffClient sameCookie = browser();
		sameCookie.setCookie("SESSION", cookieValue(session));
		assertRedirect(sameCookie.get("/staff"), "/staff/login");
		assertThat(auditOf(account.getId())).contains(AuditAction.LOGIN);
		assertThat(this.jdbc.queryForList("SELECT action FROM audit_entry WHERE actor = ?", String.class,
				account.getUsername()))
			.contains(AuditAction.LOGOUT.name());
	}

	@Test
	void thereIsNoRememberMe() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient browser = browser();

		browser.submit("/staff/login", "/staff/login",
				Map.of("username", account.getUsername(), "password", PASSWORD, "remember-me", "on"));

		assertThat(browser.setCookieHeaders()).noneMatch((cookie) -> cookie.toLowerCase().contains("remember"));
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndHttpOnly() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient proxied = browser().header("X-Forwarded-Proto", "https");
		StaffClient plain = browser();

		proxied.signIn(account.getUsername(), PASSWORD);
		plain.signIn(account.getUsername(), PASSWORD);

		assertThat(proxied.setCookieHeaders()).filteredOn((cookie) -> cookie.startsWith("SESSION="))
			.isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).contains("; Secure")
				.contains("HttpOnly")
				.contains("SameSite=Strict"));
		// Without the proxy's header the request is plain HTTP, and the flag is not set:
		// the
		// assertion above can fail.
		assertThat(plain.setCookieHeaders()).filteredOn((cookie) -> cookie.startsWith("SESSION="))
			.isNotEmpty()
			.noneSatisfy((cookie) -> assertThat(cookie).contains("; Secure"));
	}

	private void lastRequestAgo(StaffClient browser, Duration ago) {
		long then = Instant.now().minus(ago).toEpochMilli();
		int updated = this.jdbc.update(
				"UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = ?, EXPIRY_TIME = ? WHERE SESSION_ID = ?", then,
				then + Duration.ofMinutes(30).toMillis(), browser.sessionId());
		assertThat(updated).isOne();
	}

	private static <S extends Session> String plantSession(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		session.setAttribute("planted", true);
		sessions.save(session);
		return session.getId();
	}

	private static String cookieValue(String sessionId) {
		return Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
	}

}
