package org.iopfit.records;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TypedTextTest {

	// Bidi overrides and isolates, zero-width characters, a byte-order mark, a soft
	// hyphen, NUL, escape, DEL, a C1 control, a tag character.
	@ParameterizedTest
	@ValueSource(strings = { "\u202E", "\u202D", "\u2066", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u0000", "\u001B",
			"\u007F", "\u0085", "\uDB40\uDC41", "\t", "\n" })
	void aNameRefusesControlAndFormatCharacters(String hidden) {
		assertThat(TypedText.isCleanLine("Ana" + hidden + "Ruiz")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u202E", "\u200B", "\u0000", "\u001B", "\u0085" })
	void aNoteRefusesThemToo(String hidden) {
		assertThat(TypedText.isCleanText("Call" + hidden + " back")).isFalse();
	}

	@Test
	void aNoteKeepsLineBreaksAndTabsAndEveryScript() {
		assertThat(TypedText.isCleanText("Call back\r\n\tafter 5: José, 李, محمد, 😀")).isTrue();
		assertThat(TypedText.isCleanLine("José Ñúñez-O'Brien 李 محمد")).isTrue();
	}

	@Test
	void theRecordsRefuseThemWhateverAFormChecked() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new CallDetails(CallType.SELF, "Sam\u202Eleumas", null, null, null, null, null, null, null));
	}

}
