package org.iopfit.staff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NIST SP 800-63B-4 for a password used alone, over the bundled list.
 */
class PasswordPolicyTest {

	private static final BundledPasswordList list = new BundledPasswordList();

	private final PasswordPolicy policy = new PasswordPolicy(list);

	@Test
	void fourteenCharactersAreTooFewFifteenAreEnough() {
		assertThat(this.policy.check("river stone 14", "jdoe")).contains(PasswordPolicy.Problem.TOO_SHORT);
		assertThat(this.policy.check("river stones 15", "jdoe")).isEmpty();
	}

	@Test
	void lengthCountsCharactersNotBytes() {
		// 15 characters, 30 bytes in UTF-8: long enough.
		assertThat(this.policy.check("ñandú ñandú año", "jdoe")).isEmpty();
		assertThat(this.policy.check("ñandú ñandú añ", "jdoe")).contains(PasswordPolicy.Problem.TOO_SHORT);
	}

	@Test
	void atLeastSixtyFourCharactersAreAllowedAndTheLimitIsFarAbove() {
		String sixtyFour = "the heron stands in the shallow water and waits for a silver fish";
		assertThat(sixtyFour.length()).isGreaterThanOrEqualTo(64);
		assertThat(this.policy.check(sixtyFour, "jdoe")).isEmpty();
		assertThat(this.policy.check("the heron waits. ".repeat(14) + "a fish", "jdoe")).isEmpty();
		assertThat(this.policy.check("a".repeat(257), "jdoe")).contains(PasswordPolicy.Problem.TOO_LONG);
	}

	@ParameterizedTest
	@ValueSource(strings = { "all lower case words here", "ALL UPPER CASE WORDS HERE", "only letters and spaces",
			"972 518 336 402 117" })
	void noCompositionRules(String password) {
		assertThat(this.policy.check(password, "jdoe")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "passwordpassword", "Password123456789", "iloveyouiloveyou", "aaaaaaaaaaaaaaa",
			"123456789012345", "abcdefghijklmnop", "987654321098765", "correct horse battery staple",
			"QWERTYUIOPASDFGH", "trustno1trustno1", "monkey!!!!!!!!!!!" })
	void commonOrLeakedPasswordsAndPasswordsBuiltFromThemAreRefused(String password) {
		assertThat(this.policy.check(password, "jdoe")).contains(PasswordPolicy.Problem.COMMON);
	}

	@Test
	void theUsernameInsideThePasswordIsRefused() {
		assertThat(this.policy.check("hello I am JDoe from admissions", "jdoe"))
			.contains(PasswordPolicy.Problem.CONTAINS_USERNAME);
	}

	@Test
	void theBundledListIsLoaded() {
		assertThat(list.size()).isGreaterThan(3000);
		assertThat(list.check("letmein").isCompromised()).isTrue();
		assertThat(list.check("the heron stands in the water").isCompromised()).isFalse();
	}

	@Test
	void passwordsAreHashedWithPbkdf2ThroughTheDelegatingEncoder() {
		PasswordEncoder encoder = new StaffSecurityConfiguration().passwordEncoder();

		String hash = encoder.encode("the heron stands in the water");

		assertThat(hash).startsWith("{pbkdf2@SpringSecurity_v5_8}").doesNotContain("heron");
		assertThat(encoder.matches("the heron stands in the water", hash)).isTrue();
		assertThat(encoder.matches("the heron stands in the river", hash)).isFalse();
		// A password longer than BCrypt's 72 bytes still counts in full.
		String long1 = "word ".repeat(20) + "one";
		String long2 = "word ".repeat(20) + "two";
		assertThat(encoder.matches(long2, encoder.encode(long1))).isFalse();
	}

}
