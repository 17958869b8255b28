package org.iopfit.staff;

import java.util.List;
import java.util.Map;

import org.iopfit.system.ProviderProperties;
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

	private final PasswordPolicy policy = new PasswordPolicy(list, new ProviderProperties("Riverside Recovery Center",
			"844-639-8371", Map.of("en", "Every day"), "", List.of("en")));

	@Test
	void fourteenCharactersAreTooFewFifteenAreEnough() {
		assertThat(this.policy.check("river stone 14", "jdoe")).contains(PasswordPolicy.Problem.TOO_SHORT);
		assertThat(this.policy.check("river stones 15", "jdoe")).isEmpty();
	}

	@Test
	void lengthCountsCharactersNotBytes() {
		// 15 characters, 30 bytes in UTF-8: long enough.
		assertThat(this.policy.check("ñandú pingüinos", "jdoe")).isEmpty();
		assertThat(this.policy.check("ñandú pingüino", "jdoe")).contains(PasswordPolicy.Problem.TOO_SHORT);
	}

	@Test
	void atLeastSixtyFourCharactersAreAllowedAndTheLimitIsFarAbove() {
		String sixtyFour = "the heron stands in the shallow water and waits for a silver fish";
		assertThat(sixtyFour.length()).isGreaterThanOrEqualTo(64);
		assertThat(this.policy.check(sixtyFour, "jdoe")).isEmpty();
		String twoHundredFifty = "the heron waits in the reeds while a silver fish swims past; clouds drift over the "
				+ "hills toward the grey sea, a dog barks twice at the ferry, my aunt bakes plum bread on "
				+ "tuesdays and the old clock in the hall stops at nine each night until someone winds it";
		assertThat(twoHundredFifty.length()).isBetween(240, 256);
		assertThat(this.policy.check(twoHundredFifty, "jdoe")).isEmpty();
		assertThat(this.policy.check("a".repeat(257), "jdoe")).contains(PasswordPolicy.Problem.TOO_LONG);
	}

	@ParameterizedTest
	@ValueSource(strings = { "all lower case words here", "ALL UPPER CASE WORDS HERE", "only letters and spaces",
			"972 518 336 402 117" })
	void noCompositionRules(String password) {
		assertThat(this.policy.check(password, "jdoe")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Password123456789", "123456789012345", "abcdefghijklmnop", "987654321098765",
			"correct horse battery staple", "QWERTYUIOPASDFGH", "iloveyou2345678", "qwertyuiop123456",
			"1qaz2wsx3edc4rfv" })
	void commonOrLeakedPasswordsAndPasswordsBuiltFromThemAreRefused(String password) {
		assertThat(this.policy.check(password, "jdoe")).contains(PasswordPolicy.Problem.COMMON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Password1!Password1!", "P@ssw0rdP@ssw0rd", "Summer2026Summer2026!", "letmeinletmein12",
			"passwordpassword", "iloveyouiloveyou", "aaaaaaaaaaaaaaa", "trustno1trustno1", "Blue Sky Blue Sky!",
			"monkey!!!!!!!!!!!" })
	void aRepeatedWordOrPatternIsRefusedAsRepeated(String password) {
		assertThat(this.policy.check(password, "jdoe")).contains(PasswordPolicy.Problem.REPEATED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "IOP Screener 2026!!", "iopfitscreener#1", "Adm1ss1ons Passw0rd", "Riverside Recovery 1",
			"riversiderecoverycenter", "admissions staff 99", "screener4admissions" })
	void aPasswordMostlyMadeOfTheAppsOrTheProvidersNameIsRefused(String password) {
		assertThat(this.policy.check(password, "jdoe")).contains(PasswordPolicy.Problem.CONTEXT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "zxcvbnmasdfghjkl", "asdfghjkl;qwerty", "mnbvcxzlkjhgfdsa", "poiuytrewq;lkjhg" })
	void aPasswordEasyToGuessForAnotherReasonIsRefusedByTheEstimate(String password) {
		assertThat(this.policy.check(password, "jdoe")).contains(PasswordPolicy.Problem.GUESSABLE);
	}

	@Test
	void theFourPasswordsOfTheAttackAreRefusedWithAPlainReason() throws java.io.IOException {
		java.util.Properties english = new java.util.Properties();
		java.util.Properties spanish = new java.util.Properties();
		english.load(java.nio.file.Files.newBufferedReader(
				java.nio.file.Path.of("src/main/resources/messages/staff.properties"),
				java.nio.charset.StandardCharsets.UTF_8));
		spanish.load(java.nio.file.Files.newBufferedReader(
				java.nio.file.Path.of("src/main/resources/messages/staff_es.properties"),
				java.nio.charset.StandardCharsets.UTF_8));
		for (String password : List.of("Password1!Password1!", "P@ssw0rdP@ssw0rd", "Summer2026Summer2026!",
				"letmeinletmein12")) {
			String key = "staff.password.problem." + this.policy.check(password, "jdoe").orElseThrow();
			assertThat(english.getProperty(key)).as(password)
				.startsWith("A repeated word or pattern is easy to guess.")
				.contains("four or five words");
			assertThat(spanish.getProperty(key)).as(password).contains("repetido").contains("Use cuatro o cinco");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "walking the dog by the river", "long walks in the quiet park",
			"a brand new phrase for monday", "the heron stands in the water", "recovery takes patience and tea",
			"Mi perro come pan con queso", "purple tractor sings at noon" })
	void passphrasesOfOrdinaryWordsPass(String password) {
		assertThat(this.policy.check(password, "jdoe")).isEmpty();
	}

	@Test
	void aListNotYetInOrderIsNormalizedAndSorted() {
		BundledPasswordList small = new BundledPasswordList(List.of("Zebra Crossing", "apple", "APPLE", "ñandú"));

		assertThat(small.size()).isEqualTo(3);
		assertThat(small.isListed("zebracrossing")).isTrue();
		assertThat(small.isListed("Ñandú")).isTrue();
		assertThat(small.isListed("apples")).isFalse();
	}

	@Test
	void theUsernameCountsAsAContextWordToo() {
		assertThat(this.policy.check("G0nzal3z family 1", "gonzalez")).contains(PasswordPolicy.Problem.CONTEXT);
	}

	@Test
	void theUsernameInsideThePasswordIsRefused() {
		assertThat(this.policy.check("hello I am JDoe from admissions", "jdoe"))
			.contains(PasswordPolicy.Problem.CONTAINS_USERNAME);
	}

	@Test
	void theBundledListIsLargeAndHoldsTheWellKnownOnes() {
		assertThat(list.size()).isGreaterThan(45_000);
		for (String known : List.of("123456", "password", "letmein", "trustno1", "iloveyou", "qwerty", "dragon",
				"monkey", "sunshine", "princess", "football", "baseball", "contraseña", "1qaz2wsx", "zaq12wsx")) {
			assertThat(list.isListed(known)).as(known).isTrue();
		}
		assertThat(list.isListed("LetMeIn")).as("case ignored").isTrue();
		assertThat(list.isListed("purpletractorsings")).isFalse();
		assertThat(list.check("letmein").isCompromised()).isTrue();
		assertThat(list.check("the heron stands in the water").isCompromised()).isFalse();
	}

	@Test
	void passwordsAreHashedWithPbkdf2ThroughTheDelegatingEncoder() {
		PasswordEncoder encoder = new PasswordHashing().passwordEncoder();

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
