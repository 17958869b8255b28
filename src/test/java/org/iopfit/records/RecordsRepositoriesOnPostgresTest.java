package org.iopfit.records;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.iopfit.staff.MutableClock;
import org.iopfit.system.TestPostgres;
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
