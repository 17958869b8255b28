package org.iopfit.staff;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iopfit.IopFitApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The first administrator, on real starts of the app against one database: from
 * {@code ADMIN_USERNAME} and {@code ADMIN_PASSWORD}, or {@code admin} with a random
 * password printed once.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

	private static final Pattern PRINTED = Pattern.compile("administrator 'admin' with the password (\\S+) ");

	@Test
	void withNeitherSetTheAppCreatesAdminWithARandomPasswordPrintedOnlyOnce(CapturedOutput output) {
		String database = database();
		String password;
		try (ConfigurableApplicationContext first = start(database, Map.of())) {
			Matcher printed = PRINTED.matcher(output.getOut());
			assertThat(printed.find()).as("the password is in the log").isTrue();
			password = printed.group(1);
			StaffAccount admin = first.getBean(StaffAccounts.class).findByUsername("admin").orElseThrow();
			assertThat(admin.getRole()).isEqualTo(StaffRole.ADMIN);
			assertThat(first.getBean(PasswordEncoder.class).matches(password, admin.getPasswordHash())).isTrue();
			assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
		}

		try (ConfigurableApplicationContext second = start(database, Map.of())) {
			assertThat(second.getBean(StaffAccounts.class).count()).isOne();
		}
		assertThat(output.getOut()).containsOnlyOnce(password);
	}

	@Test
	void adminUsernameAndPasswordFromTheEnvironmentMakeTheFirstAdministrator(CapturedOutput output) {
		String password = "the blue heron waits at dawn";
		try (ConfigurableApplicationContext context = start(database(),
				Map.of("ADMIN_USERNAME", "Chief", "ADMIN_PASSWORD", password))) {
			StaffAccounts accounts = context.getBean(StaffAccounts.class);
			StaffAccount chief = accounts.findByUsername("chief").orElseThrow();

			assertThat(accounts.count()).isOne();
			assertThat(chief.getRole()).isEqualTo(StaffRole.ADMIN);
			assertThat(context.getBean(PasswordEncoder.class).matches(password, chief.getPasswordHash())).isTrue();
		}
		assertThat(output.getOut()).contains("Created the first staff administrator 'chief'").doesNotContain(password);
	}

	@Test
	void aWeakAdminPasswordStopsTheStartInsteadOfMakingAWeakAdministrator() {
		assertThatException().isThrownBy(() -> start(database(), Map.of("ADMIN_PASSWORD", "password123")).close())
			.withStackTraceContaining("ADMIN_PASSWORD cannot be used (TOO_SHORT)");
	}

	/**
	 * Starts the app on a random port, against a named in-memory database that outlives
	 * the context, with the given environment variables (and no {@code admin.*} of the
	 * test configuration).
	 */
	private static ConfigurableApplicationContext start(String database, Map<String, Object> environmentVariables) {
		StandardEnvironment environment = new StandardEnvironment();
		// Above the test configuration's database and administrator, below the variables.
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test-overrides", Map.of("server.port", "0", "spring.datasource.url",
					"jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1", "admin.username", "", "admin.password", "")));
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("test-environment", environmentVariables));
		return new SpringApplicationBuilder(IopFitApplication.class).web(WebApplicationType.SERVLET)
			.environment(environment)
			.run();
	}

	private static String database() {
		return "first-admin-" + UUID.randomUUID();
	}

}
