package org.iopfit.staff;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.iopfit.system.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same repositories and migrations on a real PostgreSQL (an embedded binary from
 * Maven Central), through the {@code postgres} profile and its {@code DATABASE_*}
 * settings. Skipped where PostgreSQL cannot start, except with {@code CI=true}, where
 * that fails the build.
 */
// A mock servlet environment: Spring Session's repository exists only in a web app.
@SpringBootTest(webEnvironment = WebEnvironment.MOCK)
@ActiveProfiles("postgres")
@DirtiesContext
class StaffRepositoriesOnPostgresTest extends StaffRepositoriesContract {

	private static EmbeddedPostgres postgres;

	@BeforeAll
	static void startPostgres() {
		if (postgres != null) {
			return;
		}
		postgres = TestPostgres.start(EmbeddedPostgres.builder());
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry, () -> postgres.getJdbcUrl("postgres", "postgres"));
	}

	@Test
	void theseTestsReallyRunOnPostgres() {
		assertThat(this.jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
	}

}
