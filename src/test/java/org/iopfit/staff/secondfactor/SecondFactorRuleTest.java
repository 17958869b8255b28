package org.iopfit.staff.secondfactor;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.iopfit.staff.SignInProperties;
import org.iopfit.staff.StaffRole;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three values of {@code screener.security.second-factor}, as written in
 * {@code application.yml}, and the default.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecondFactorRuleTest {

	@Test
	void theTrialValuesSayAtStartWhoReadsRecordsWithAPasswordAlone(CapturedOutput output) {
		secondFactors("required-for-all");
		assertThat(output.getOut()).doesNotContain("password alone");

		secondFactors("required-for-admins");
		assertThat(output.getOut()).contains("WARN")
			.contains("admissions staff without a passkey can read every record with their password alone");

		secondFactors("optional");
		assertThat(output.getOut())
			.contains("every staff account without a passkey, administrators too, can read every record");
	}

	@Test
	void anyoneCanTriggerTheAccountWideLockSoItWaitsForTwentyWrongPasswordsAndCodesLockAfterFive() {
		SignInProperties signIn = new Binder(new MapConfigurationPropertySource()).bindOrCreate("screener.staff",
				SignInProperties.class);

		assertThat(signIn.maxFailedLogins()).isEqualTo(20);
		assertThat(SecondFactors.MAX_CODE_FAILURES).isEqualTo(5);
	}

	/** Only the rule is read when the service is made: the rest may be missing. */
	private static SecondFactors secondFactors(String rule) {
		SignInProperties signIn = new Binder(new MapConfigurationPropertySource()).bindOrCreate("screener.staff",
				SignInProperties.class);
		return new SecondFactors(null, null, null, null, null, null, null, null,
				bind(Map.of("screener.security.second-factor", rule)), signIn);
	}

	@Test
	void theDefaultRequiresAPasskeyOfEveryone() {
		SecondFactorProperties properties = bind(Map.of());

		assertThat(properties.secondFactor()).isEqualTo(SecondFactorRule.REQUIRED_FOR_ALL);
		assertThat(properties.webauthn().rpId()).isEqualTo("localhost");
		assertThat(properties.webauthn().allowedOrigins()).isEmpty();
	}

	@Test
	void eachValueRequiresAPasskeyOfTheRolesItNames() {
		assertThat(bind(Map.of("screener.security.second-factor", "required-for-admins")).secondFactor())
			.satisfies((rule) -> {
				assertThat(rule.requiredFor(StaffRole.ADMIN)).isTrue();
				assertThat(rule.requiredFor(StaffRole.ADMISSIONS)).isFalse();
			});
		assertThat(bind(Map.of("screener.security.second-factor", "required-for-all")).secondFactor())
			.satisfies((rule) -> {
				assertThat(rule.requiredFor(StaffRole.ADMIN)).isTrue();
				assertThat(rule.requiredFor(StaffRole.ADMISSIONS)).isTrue();
			});
		assertThat(bind(Map.of("screener.security.second-factor", "optional")).secondFactor()).satisfies((rule) -> {
			assertThat(rule.requiredFor(StaffRole.ADMIN)).isFalse();
			assertThat(rule.requiredFor(StaffRole.ADMISSIONS)).isFalse();
		});
	}

	@Test
	void originsAndTheRelyingPartyAreRead() {
		SecondFactorProperties properties = bind(Map.of("screener.security.webauthn.rp-id", "screener.example.org",
				"screener.security.webauthn.allowed-origins", "https://screener.example.org"));

		assertThat(properties.webauthn().rpId()).isEqualTo("screener.example.org");
		assertThat(properties.webauthn().allowedOrigins()).containsExactly("https://screener.example.org");
	}

	private static SecondFactorProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("screener.security",
				SecondFactorProperties.class);
	}

}
