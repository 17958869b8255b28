package org.iopfit.staff;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three values of {@code screener.security.second-factor}, as written in
 * {@code application.yml}, and the default.
 */
class SecondFactorRuleTest {

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
