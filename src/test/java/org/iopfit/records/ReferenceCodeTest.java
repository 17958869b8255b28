package org.iopfit.records;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceCodeTest {

	@Test
	void aCodeIsEightCrockfordCharactersShownWithAHyphen() {
		ReferenceCode code = ReferenceCode.random();

		assertThat(code.value()).matches("[0-9A-HJKMNP-TV-Z]{8}");
		assertThat(code.display()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
	}

	@Test
	void codesDoNotRepeatInAHundredThousand() {
		// 40 random bits: a repeat in 100,000 draws has a chance of about 1 in 220.
		Set<String> seen = new HashSet<>();
		int repeats = 0;
		for (int i = 0; i < 100_000; i++) {
			if (!seen.add(ReferenceCode.random().value())) {
				repeats++;
			}
		}
		assertThat(repeats).isLessThanOrEqualTo(2);
	}

	@Test
	void aCodeIsReadAsAPersonMayTypeIt() {
		assertThat(ReferenceCode.parse("7kqm 3xda")).contains(new ReferenceCode("7KQM3XDA"));
		assertThat(ReferenceCode.parse("7KQM-3XDA")).contains(new ReferenceCode("7KQM3XDA"));
		assertThat(ReferenceCode.parse("OIL0-1234")).contains(new ReferenceCode("01101234"));
		assertThat(ReferenceCode.parse("7KQM-3XD")).isEmpty();
		assertThat(ReferenceCode.parse("7KQM-3XDU")).isEmpty();
		assertThat(ReferenceCode.parse("<script>")).isEmpty();
		assertThat(ReferenceCode.parse(null)).isEmpty();
	}

}
