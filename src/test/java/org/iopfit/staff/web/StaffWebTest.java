package org.iopfit.staff.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.iopfit.audit.AuditAction;
import org.iopfit.staff.MutableClock;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffAccountManager;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running app with a clock the tests move; one Spring context for every staff web
 * test. Each test makes its own accounts, with names no other test uses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Config.class)
abstract class StaffWebTest {

	/** A password that passes the policy: long, ordinary words. */
	static final String PASSWORD = "walking the dog by the river";

	/** The first administrator, from the test configuration. */
	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "long walks in the quiet park";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	StaffAccountManager manager;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
		// Each test starts with full limits per client address, as it starts with the
		// clock at now: the browser tests all come from loopback.
		this.jdbc.update("DELETE FROM client_limit_bucket");
	}

	StaffClient browser() {
		return new StaffClient(this.port);
	}

	StaffAccount account(StaffRole role) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.manager.create(null, username, role, PASSWORD);
	}

	StaffClient signedIn(StaffAccount account) {
		StaffClient browser = browser();
		assertRedirect(browser.signIn(account.getUsername(), PASSWORD), "/staff");
		return browser;
	}

	StaffClient signedInAdmin() {
		StaffClient browser = browser();
		assertRedirect(browser.signIn(ADMIN, ADMIN_PASSWORD), "/staff");
		return browser;
	}

	static void assertRedirect(HttpResponse<String> response, String pathAndQuery) {
		assertThat(response.statusCode()).as("status of " + response.uri()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location.replaceFirst("^https?://[^/]+", "")).isEqualTo(pathAndQuery));
	}

	/** The actions recorded about one record, oldest first. */
	List<AuditAction> auditOf(Object accountId) {
		return this.jdbc
			.queryForList("SELECT action FROM audit_entry WHERE record_kind = 'STAFF_ACCOUNT' AND record_id = ? "
					+ "ORDER BY id", String.class, accountId.toString())
			.stream()
			.map(AuditAction::valueOf)
			.toList();
	}

}
