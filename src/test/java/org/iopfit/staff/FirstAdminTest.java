package org.iopfit.staff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.iopfit.IopFitApplication;
import org.iopfit.staff.secondfactor.EnrolmentCodes;
import org.iopfit.staff.secondfactor.SecondFactors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The first administrator, on real starts of the app against one database: from
 * {@code ADMIN_USERNAME} and {@code ADMIN_PASSWORD}, or {@code admin} with a random
 * password; the password and the enrolment code for its first passkey go to a file only
 * the app's user can read, never the log, renewed while nobody has used it and removed
 * once the administrator has a passkey.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

	@TempDir
	Path folder;

	@Test
	void withNeitherSetThePasswordAndEnrolmentCodeGoToAFileOnlyTheAppCanReadAndNeverToTheLog(CapturedOutput output)
			throws IOException {
		// A file, not memory: H2 keeps a check constraint bound to the connection that
		// made it, which the first context's close takes away from an in-memory database.
		String database = "file:" + this.folder.resolve("db/screener");
		Path file = this.folder.resolve("data/first-admin-password");
		String password;
		String code;
		try (ConfigurableApplicationContext first = start(database, Map.of(), file)) {
			assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			assertThat(Files.getPosixFilePermissions(file.getParent()))
				.isEqualTo(PosixFilePermissions.fromString("rwx------"));
			password = value(file, "password: ");
			code = value(file, "enrolment-code: ");
			StaffAccount admin = first.getBean(StaffAccounts.class).findByUsername("admin").orElseThrow();
			assertThat(admin.getRole()).isEqualTo(StaffRole.ADMIN);
			assertThat(first.getBean(PasswordEncoder.class).matches(password, admin.getPasswordHash())).isTrue();
			assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
			assertThat(first.getBean(EnrolmentCodes.class).hasValid(admin.getId())).isTrue();
			assertThat(output.getOut()).contains(file.toString());
		}

		try (ConfigurableApplicationContext second = start(database, Map.of(), file)) {
			assertThat(second.getBean(StaffAccounts.class).count()).isOne();
			assertThat(value(file, "enrolment-code: ")).as("still valid: kept").isEqualTo(code);
			// A day later, nobody has set the server up yet.
			second.getBean(JdbcTemplate.class)
				.update("UPDATE enrolment_code SET expires_at = created_at WHERE account_id = "
						+ "(SELECT id FROM staff_account WHERE username = 'admin')");
		}

		try (ConfigurableApplicationContext third = start(database, Map.of(), file)) {
			String renewed = value(file, "enrolment-code: ");
			assertThat(renewed).isNotEqualTo(code);
			assertThat(value(file, "password: ")).as("the unread password is kept").isEqualTo(password);
			StaffAccount admin = third.getBean(StaffAccounts.class).findByUsername("admin").orElseThrow();
			assertThat(third.getBean(SecondFactors.class).useEnrolmentCode(admin, renewed))
				.isEqualTo(SecondFactors.CodeResult.USED);

			registerPasskey(third, admin);
			assertThat(file).as("removed once the administrator has a passkey").doesNotExist();
		}
		assertThat(output.getAll()).doesNotContain(password).doesNotContain(code);
	}

	@Test
	void adminUsernameAndPasswordFromTheEnvironmentMakeTheFirstAdministrator(CapturedOutput output) {
		String password = "the blue heron waits at dawn";
		try (ConfigurableApplicationContext context = start(database(),
				Map.of("ADMIN_USERNAME", "Chief", "ADMIN_PASSWORD", password),
				this.folder.resolve("first-admin-password"))) {
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
		assertThatException()
			.isThrownBy(() -> start(database(), Map.of("ADMIN_PASSWORD", "password123"),
					this.folder.resolve("first-admin-password"))
				.close())
			.withStackTraceContaining("ADMIN_PASSWORD cannot be used (TOO_SHORT)");
	}

	/**
	 * Starts the app on a random port, against a named in-memory database that outlives
	 * the context, with the given environment variables (and no {@code admin.*} of the
	 * test configuration).
	 */
	private static ConfigurableApplicationContext start(String database, Map<String, Object> environmentVariables,
			Path file) {
		StandardEnvironment environment = new StandardEnvironment();
		// Above the test configuration's database and administrator, below the variables.
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test-overrides",
					Map.of("server.port", "0", "spring.datasource.url", "jdbc:h2:" + database, "admin.username", "",
							"admin.password", "", "admin.password-file", file.toString(),
							"screener.security.second-factor", "required-for-all")));
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("test-environment", environmentVariables));
		return new SpringApplicationBuilder(IopFitApplication.class).web(WebApplicationType.SERVLET)
			.environment(environment)
			.run();
	}

	/** The first word after a label in the first administrator's file. */
	private static String value(Path file, String label) throws IOException {
		return Files.readAllLines(file)
			.stream()
			.filter((line) -> line.startsWith(label))
			.map((line) -> line.substring(label.length()).split(" ")[0])
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + label + " in " + file));
	}

	/** What registering a passkey stores, without a browser. */
	private static void registerPasskey(ConfigurableApplicationContext context, StaffAccount account) {
		PublicKeyCredentialUserEntity user = ImmutablePublicKeyCredentialUserEntity.builder()
			.id(Bytes.random())
			.name(account.getUsername())
			.displayName(account.getUsername())
			.build();
		context.getBean(PublicKeyCredentialUserEntityRepository.class).save(user);
		context.getBean(UserCredentialRepository.class)
			.save(ImmutableCredentialRecord.builder()
				.userEntityUserId(user.getId())
				.credentialId(Bytes.random())
				.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
				.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
				.signatureCount(0)
				.uvInitialized(true)
				.backupEligible(false)
				.backupState(false)
				.label("Laptop")
				.created(Instant.now())
				.lastUsed(Instant.now())
				.build());
	}

	private static String database() {
		return "mem:first-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

}
