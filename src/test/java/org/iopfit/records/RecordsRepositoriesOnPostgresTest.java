package org.iopfit.records;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.iopfit.staff.MutableClock;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same records and migrations on a real PostgreSQL (an embedded binary), through the
 * {@code postgres} profile. Skipped where PostgreSQL cannot start, except with
 * {@code CI=true}, where that fails the build.
 */
@SpringBootTest(webEnvironment = WebEnvironment.MOCK)
@Import(MutableClock.Config.class)
@ActiveProfiles("postgres")
@DirtiesContext
class RecordsRepositoriesOnPostgresTest extends RecordsRepositoriesContract {

	private static EmbeddedPostgres postgres;

	@BeforeAll
	static void startPostgres() {
		if (postgres != null) {
			return;
		}
		try {
			postgres = EmbeddedPostgres.builder().start();
		}
		catch (IOException | RuntimeException ex) {
			String problem = "Embedded PostgreSQL did not start: " + ex;
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail(problem + " (CI=true: the PostgreSQL tests must run)");
			}
			Assumptions.abort(problem);
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("DATABASE_URL", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("DATABASE_USERNAME", () -> "postgres");
		registry.add("DATABASE_PASSWORD", () -> "postgres");
	}

	@Test
	void theseTestsReallyRunOnPostgres() {
		assertThat(this.jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
	}

}
