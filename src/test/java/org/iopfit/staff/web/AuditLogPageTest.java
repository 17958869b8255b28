package org.iopfit.staff.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit page as an administrator reads it, and as an attacker would try to blind it:
 * a flood of anonymous entries cannot hide a staff member's action, every filter narrows
 * the page, nonsense in the address gets a message, opening the log is itself on record,
 * and a sign-in records where it came from.
 */
class AuditLogPageTest extends StaffWebTest {

	private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\"");

	@Autowired
	AuditLog audit;

	@Test
	void aFloodOfAnonymousEntriesCannotPushAStaffActionOutOfView() {
		StaffAccount member = account(StaffRole.ADMISSIONS);
		signedIn(member);
		// What 210 call-back requests from the public write, as fast as they can be sent.
		for (int i = 0; i < 210; i++) {
			this.audit.record(null, AuditAction.CREATED, RecordKind.CALL_BACK, 900_000 + i);
		}
		StaffClient admin = signedInAdmin();
		String cell = "<td>" + member.getUsername() + "</td>";

		assertThat(admin.get("/staff/audit").body()).as("the first page shows staff actions only").contains(cell);
		assertThat(admin.get("/staff/audit?user=" + member.getUsername()).body()).contains(cell).contains("Signed in");

		// Everyone's entries: the member's sign-in is pages back, and the pages reach it.
		String page = admin.get("/staff/audit?who=all").body();
		assertThat(page).doesNotContain(cell).contains("Page 1,");
		int pages = 1;
		while (!page.contains(cell)) {
			Matcher next = NEXT.matcher(page);
			assertThat(next.find()).as("a link to older entries on page " + pages).isTrue();
			String url = next.group(1).replace("&amp;", "&");
			assertThat(url).contains("who=all").contains("page=" + (pages + 1));
			page = admin.get(url).body();
			pages++;
		}
		assertThat(pages).isGreaterThanOrEqualTo(5);
		assertThat(page).contains("Page " + pages + ",").contains("rel=\"prev\"");
	}

	@Test
	void eachFilterNarrowsThePage() {
		String someone = "filter-" + UUID.randomUUID().toString().substring(0, 8);
		String record = UUID.randomUUID().toString().substring(0, 12);
		at("2021-03-10T12:00:00Z",
				() -> this.audit.record(someone, AuditAction.EXPORTED, RecordKind.SCREENING, record));
		at("2021-03-11T23:59:00Z", () -> this.audit.record(someone, AuditAction.CHANGED, RecordKind.CALL_BACK, record));
		at("2021-03-12T00:00:00Z",
				() -> this.audit.record(null, AuditAction.LOGIN_FAILED, RecordKind.SCREENING, record));
		StaffClient admin = signedInAdmin();

		assertThat(rows(admin, "?user=" + someone.toUpperCase())).containsExactly("Changed", "Exported");
		assertThat(rows(admin, "?user=" + someone + "&action=EXPORTED")).containsExactly("Exported");
		assertThat(rows(admin, "?who=all&record=" + record)).containsExactly("Failed sign-in", "Changed", "Exported");
		assertThat(rows(admin, "?record=" + record)).as("staff only by default").containsExactly("Changed", "Exported");
		assertThat(rows(admin, "?who=nobody&record=" + record)).containsExactly("Failed sign-in");
		assertThat(rows(admin, "?who=all&kind=SCREENING&record=" + record)).containsExactly("Failed sign-in",
				"Exported");
		assertThat(rows(admin, "?who=all&record=" + record + "&from=2021-03-11&to=2021-03-11"))
			.as("both days whole, in UTC")
			.containsExactly("Changed");
		assertThat(rows(admin, "?who=all&record=" + record + "&from=2021-03-12")).containsExactly("Failed sign-in");
		assertThat(rows(admin, "?who=all&record=" + record + "&to=2021-03-10")).containsExactly("Exported");
		assertThat(admin.get("/staff/audit?who=all&record=" + record + "&from=2022-01-01").body())
			.contains("No entries match.");
	}

	@Test
	void nonsenseInAnyParameterGetsAMessageNotAnError() {
		StaffClient admin = signedInAdmin();
		List<String> garbage = List.of("x", "' OR 1=1 --", "<script>alert(1)</script>", "\u202Eevil", "\u0000", "-1",
				"0", "99999999999999999999", "+1000000-01-01", "2026-02-30", "9999-12-31", "NaN", "%", "a".repeat(5000),
				"LOGIN,LOGOUT", "staff_account");
		for (String parameter : List.of("who", "user", "action", "kind", "record", "from", "to", "page")) {
			for (String value : garbage) {
				HttpResponse<String> response = admin
					.get("/staff/audit?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
				assertThat(response.statusCode()).as(parameter + "=" + value).isIn(200, 400);
				assertThat(response.body()).as(parameter + "=" + value)
					.doesNotContain("<script>alert(1)</script>")
					.doesNotContain("Exception");
			}
		}
		assertThat(admin.get("/staff/audit?action=LOGN").body()).contains("There is a problem")
			.contains("Choose what happened from the list");
		assertThat(admin.get("/staff/audit?from=yesterday").body()).contains("Enter a date like 2026-12-01");
		assertThat(admin.get("/staff/audit?from=2026-03-02&to=2026-03-01").body())
			.contains("The To date must be on or after the From date");
		assertThat(admin.get("/staff/audit?page=-3").body()).contains("That page does not exist.");
		assertThat(admin.get("/staff/audit?who=everybody").body()).contains("Choose whose entries to show");
		assertThat(admin.get("/staff/audit?user=" + "a".repeat(65)).body()).contains("Enter a username of 64");
	}

	@Test
	void openingTheLogIsOnRecordButNotWhatWasSearchedFor() {
		StaffAccount lead = account(StaffRole.ADMIN);
		StaffClient admin = signedIn(lead);
		String term = "needle" + UUID.randomUUID().toString().substring(0, 8);

		admin.get("/staff/audit");
		admin.get("/staff/audit?user=" + term);
		admin.get("/staff/audit?record=" + term + "&page=2");

		assertThat(this.jdbc.queryForList(
				"SELECT action FROM audit_entry WHERE actor = ? AND record_kind = 'AUDIT_LOG' ORDER BY id",
				String.class, lead.getUsername()))
			.containsExactly("VIEWED", "SEARCHED", "SEARCHED");
		assertThat(this.jdbc.queryForList("SELECT * FROM audit_entry").toString()).doesNotContain(term);
		assertThat(admin.get("/staff/audit?user=" + lead.getUsername() + "&kind=AUDIT_LOG").body())
			.contains("Searched or listed")
			.contains("Viewed");
	}

	@Test
	void aSignInRecordsTheClientsAddressAndUserAgent() {
		StaffAccount member = account(StaffRole.ADMISSIONS);
		String agent = "Mozilla/5.0 (X11; Linux x86_64) " + "Gecko/20100101 ".repeat(30);
		StaffClient browser = browser().header("X-Forwarded-For", "203.0.113.7").header("User-Agent", agent);
		assertRedirect(browser.signIn(member.getUsername(), PASSWORD), "/staff");
		browser().header("X-Forwarded-For", "198.51.100.23")
			.header("User-Agent", "Curious/1.0")
			.signIn(member.getUsername(), "not the password at all");

		Map<String, Object> login = this.jdbc.queryForMap(
				"SELECT client_address, user_agent FROM audit_entry WHERE action = 'LOGIN' AND record_kind = 'STAFF_ACCOUNT'"
						+ " AND record_id = ?",
				member.getId().toString());
		assertThat(login.get("CLIENT_ADDRESS")).isEqualTo("203.0.113.7");
		assertThat((String) login.get("USER_AGENT")).hasSize(200).startsWith("Mozilla/5.0 (X11; Linux x86_64) Gecko");
		Map<String, Object> failed = this.jdbc
			.queryForMap("SELECT client_address, user_agent FROM audit_entry WHERE action = 'LOGIN_FAILED'"
					+ " AND record_kind = 'STAFF_ACCOUNT' AND record_id = ?", member.getId().toString());
		assertThat(failed).containsEntry("CLIENT_ADDRESS", "198.51.100.23").containsEntry("USER_AGENT", "Curious/1.0");

		assertThat(signedInAdmin().get("/staff/audit?who=all&kind=STAFF_ACCOUNT&record=" + member.getId()).body())
			.contains("203.0.113.7")
			.contains("198.51.100.23")
			.contains("Curious/1.0");
	}

	private void at(String instant, Runnable action) {
		this.clock.setTo(Instant.parse(instant));
		try {
			action.run();
		}
		finally {
			this.clock.reset();
		}
	}

	/** The "What" column of the page, top to bottom. */
	private static List<String> rows(StaffClient admin, String query) {
		String body = admin.get("/staff/audit" + query).body();
		assertThat(body).doesNotContain("There is a problem");
		Matcher row = Pattern.compile("<tr>\\s*<td>[^<]*</td>\\s*<td>[^<]*</td>\\s*<td>([^<]*)</td>").matcher(body);
		List<String> whats = new java.util.ArrayList<>();
		while (row.find()) {
			whats.add(row.group(1));
		}
		return whats;
	}

}
