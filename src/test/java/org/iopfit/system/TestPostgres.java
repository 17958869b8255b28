package org.iopfit.system;

import java.io.IOException;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for tests (an embedded binary from Maven Central), wired to the
 * {@code postgres} profile's {@code DATABASE_*} settings. Where it cannot start the test
 * is skipped, except with {@code CI=true}, where that fails the build.
 */
public final class TestPostgres {

	private TestPostgres() {
	}

	/**
	 * Starts a server.
	 * @param builder how (a port, a data directory), or a plain builder
	 * @return the running server
	 */
	public static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
		try {
			return builder.start();
		}
		catch (IOException | RuntimeException ex) {
			String problem = "Embedded PostgreSQL did not start: " + ex;
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail(problem + " (CI=true: the PostgreSQL tests must run)");
			}
			Assumptions.abort(problem);
			throw new IllegalStateException(problem, ex);
		}
	}

	/**
	 * Points the {@code postgres} profile at a server.
	 * @param registry the test's dynamic properties
	 * @param jdbcUrl the server's JDBC URL, read when the context starts
	 */
	public static void register(DynamicPropertyRegistry registry, Supplier<String> jdbcUrl) {
		registry.add("DATABASE_URL", jdbcUrl::get);
		registry.add("DATABASE_USERNAME", () -> "postgres");
		registry.add("DATABASE_PASSWORD", () -> "postgres");
	}

}
