package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.iopfit.retention.RetentionJob;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits per client address (org.iopfit.limits) as a guesser and a flood of the
 * public forms meet them: the request past the limit gets 429 with Retry-After and a page
 * that still gives the number to call, and another address is not held up. Each
 * {@link StaffClient} comes from an address of its own (X-Forwarded-For from loopback,
 * which Tomcat trusts).
 */
class ClientLimitsTest extends StaffWebTest {

	private static final String PHONE = "844-639-8371";

	@Autowired
	RetentionJob retention;

	@Test
	void theThirtyFirstSignInFromOneAddressIsRefusedWhateverTheUsernameAndAnotherAddressSignsIn() {
		StaffClient guesser = browser();
		int audited = rateLimitedEntries("sign-in");
		for (int i = 0; i < 30; i++) {
			assertThat(guesser.signIn("nobody-" + i, "not the password at all").statusCode()).as("attempt " + (i + 1))
				.isEqualTo(200);
		}

		HttpResponse<String> refused = guesser.signIn("nobody-30", "not the password at all");
		HttpResponse<String> again = guesser.signIn(ADMIN, ADMIN_PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(retryAfter(refused)).isBetween(1L, 15 * 60L);
		assertThat(refused.body()).contains("Too many tries from this connection")
			.contains("href=\"tel:+18446398371\"")
			.contains(PHONE)
			.doesNotContain("nobody-30");
		assertThat(again.statusCode()).as("even the right password, from that address").isEqualTo(429);
		assertThat(rateLimitedEntries("sign-in")).as("one audit entry for the window").isEqualTo(audited + 1);
		assertRedirect(browser().signIn(ADMIN, ADMIN_PASSWORD), "/staff");
	}

	@Test
	void anEncodedOrDotSegmentAddressCountsAsTheSignInItIs() {
		StaffClient guesser = browser();
		for (int i = 0; i < 30; i++) {
			String path = (i % 2 == 0) ? "/%73taff/login" : "/staff/x/../login";
			assertThat(guesser.post(path, Map.of("username", "nobody-" + i, "password", "not the password at all"))
				.statusCode()).as(path).isNotEqualTo(429);
		}

		assertThat(guesser.signIn("nobody-30", "not the password at all").statusCode()).isEqualTo(429);
	}

	@Test
	void theSixthTryAtOneUsernameFromOneAddressIsRefusedWhileTheRightPasswordFromAnotherSignsIn() {
		StaffAccount account = account(StaffRole.ADMISSIONS);
		StaffClient guesser = browser();
		for (int i = 0; i < 4; i++) {
			assertThat(guesser.signIn(account.getUsername(), "wrong password number " + i).statusCode()).isEqualTo(200);
		}
		// A success counts too: the count is of tries, made before any password is
		// checked.
		assertRedirect(guesser.signIn(account.getUsername(), PASSWORD), "/staff");

		HttpResponse<String> sixth = browser().header("X-Forwarded-For", guesser.address())
			.signIn(" " + account.getUsername().toUpperCase() + " ", PASSWORD);

		assertThat(sixth.statusCode()).as("the same username, written otherwise, from the same address").isEqualTo(429);
		assertThat(retryAfter(sixth)).isBetween(1L, 15 * 60L);
		assertThat(guesser.signIn("someone-else", "not the password at all").statusCode())
			.as("another username from that address")
			.isEqualTo(200);
		assertRedirect(browser().signIn(account.getUsername(), PASSWORD), "/staff");
	}

	@Test
	void theEleventhCallBackRequestInAnHourIsRefusedWithTheNumbersToCallAndNoSession() {
		StaffClient visitor = browser();
		for (int i = 0; i < 10; i++) {
			assertThat(callBack(visitor).statusCode()).as("request " + (i + 1)).isEqualTo(303);
		}

		HttpResponse<String> refused = callBack(visitor);
		HttpResponse<String> spanish = callBack(
				browser().header("X-Forwarded-For", visitor.address()).header("Accept-Language", "es"));

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(retryAfter(refused)).isBetween(1L, 3600L);
		assertThat(refused.body()).contains("Too many tries from this connection")
			.contains("You can call us instead")
			.contains(PHONE)
			.contains("Call 911")
			.contains("call or text 988")
			.contains("href=\"/help-now\"");
		assertThat(spanish.statusCode()).isEqualTo(429);
		assertThat(spanish.body()).contains("Demasiados intentos desde esta conexión")
			.contains("Llame al 911")
			.contains(PHONE);
		assertThat(visitor.setCookieHeaders()).noneMatch((cookie) -> cookie.startsWith("SESSION")
				|| cookie.startsWith("JSESSIONID") || cookie.startsWith("__Host-SESSION"));
		assertThat(browser().get("/screening/call-back").statusCode()).isEqualTo(200);
		assertThat(callBack(browser()).statusCode()).as("another address").isEqualTo(303);

		this.clock.advance(Duration.ofMinutes(61));
		assertThat(callBack(visitor).statusCode()).as("an hour later").isEqualTo(303);
	}

	@Test
	void theSixthSecondFactorCodeFromOneAddressIsRefused() {
		StaffClient guesser = browser();
		for (int i = 0; i < 5; i++) {
			assertThat(
					guesser.post("/staff/second-factor/recovery-code", Map.of("code", "aaaa-bbbb-cccc")).statusCode())
				.isNotEqualTo(429);
		}

		HttpResponse<String> refused = guesser.post("/staff/second-factor/recovery-code",
				Map.of("code", "aaaa-bbbb-cccc"));

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(retryAfter(refused)).isBetween(1L, 15 * 60L);
		assertThat(refused.body()).contains("limited for each connection").contains(PHONE);
	}

	@Test
	void theThirtyFirstCodeLookUpFromOneAddressIsRefused() {
		StaffClient staff = signedIn(account(StaffRole.ADMISSIONS));
		for (int i = 0; i < 30; i++) {
			assertThat(staff.get("/staff/screenings/find?code=ZZZZ-ZZZ" + (i % 10)).headers().firstValue("Retry-After"))
				.as("look-up " + (i + 1))
				.isEmpty();
		}

		HttpResponse<String> refused = staff.get("/staff/screenings/find?code=ZZZZ-ZZZZ");

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(retryAfter(refused)).isBetween(1L, 15 * 60L);
		assertThat(refused.body()).contains("limited for each connection").doesNotContain("ZZZZ-ZZZZ");
	}

	@Test
	void theNightlyRetentionDeletesBucketsUnusedForADay() {
		browser().signIn("nobody-at-all", "not the password at all");
		assertThat(buckets()).isPositive();

		this.clock.advance(Duration.ofDays(2));
		Map<String, Integer> deleted = this.retention.run();

		assertThat(deleted).containsKey("limit buckets per client address");
		assertThat(deleted.get("limit buckets per client address")).isPositive();
		assertThat(buckets()).isZero();
	}

	private int buckets() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM client_limit_bucket", Integer.class);
	}

	private HttpResponse<String> callBack(StaffClient visitor) {
		return visitor.submit("/screening/call-back", "/screening/call-back",
				Map.of("firstName", "Ana", "phone", "555-010-0199", "voicemail", "false", "consent", "yes"));
	}

	private int rateLimitedEntries(String limit) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'RATE_LIMITED' AND record_id = ? AND actor IS NULL",
				Integer.class, limit);
	}

	private static long retryAfter(HttpResponse<String> response) {
		return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
	}

}
