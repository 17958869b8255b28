package org.iopfit.placement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SeverityTest {

	@ParameterizedTest(name = "{0} criteria are {1}")
	@CsvSource({ "0, NONE", "1, NONE", "2, MILD", "3, MILD", "4, MODERATE", "5, MODERATE", "6, SEVERE", "7, SEVERE",
			"8, SEVERE", "9, SEVERE", "10, SEVERE", "11, SEVERE" })
	void criteriaCountGivesThePolicysSeverity(int count, Severity expected) {
		assertThat(Severity.of(count)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} criteria are rejected")
	@ValueSource(ints = { -1, 12, Integer.MIN_VALUE, Integer.MAX_VALUE })
	void countOutsideZeroToElevenIsRejected(int count) {
		assertThatIllegalArgumentException().isThrownBy(() -> Severity.of(count)).withMessageContaining("" + count);
	}

	@ParameterizedTest(name = "{0} is moderate or worse: {1}")
	@CsvSource({ "NONE, false", "MILD, false", "MODERATE, true", "SEVERE, true" })
	void onlyModerateAndSevereAreModerateOrWorse(Severity severity, boolean moderateOrWorse) {
		assertThat(severity.isModerateOrWorse()).isEqualTo(moderateOrWorse);
	}

}
