package org.iopfit.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers so far, and their few bytes: every answer that can be given survives the
 * round trip. (What stored bytes mean, and which are refused: {@link StoredAnswersTest}.)
 */
class DraftTest {

	@Test
	void everyValueOfEveryQuestionSurvivesTheRoundTrip() {
		for (Question question : Question.all()) {
			for (String choice : question.choices()) {
				Draft draft = answer(question, choice);
				assertThat(Draft.fromBytes(draft.toBytes())).as(question + "=" + choice).isEqualTo(draft);
			}
		}
	}

	@Test
	void randomCompleteAnswersSurviveTheRoundTripAndMakeAnswersForTheRules() {
		Random random = new Random(7);
		for (int i = 0; i < 2000; i++) {
			Draft draft = Draft.empty();
			for (Question question : Question.all()) {
				List<String> values = new ArrayList<>();
				for (String choice : question.choices()) {
					if (random.nextBoolean()) {
						values.add(choice);
					}
				}
				if (!question.isMultiple() || values.isEmpty()) {
					values = List.of(question.choices().get(random.nextInt(question.choices().size())));
				}
				draft = draft.with(answer(question, values.toArray(String[]::new)));
			}
			Draft read = Draft.fromBytes(draft.toBytes());
			assertThat(read).isEqualTo(draft);
			assertThat(read.isComplete()).isTrue();
			assertThat(read.toAnswers()).isEqualTo(draft.toAnswers());
		}
	}

	@Test
	void laterAnswersReplaceEarlierOnesAndNothingElse() {
		Draft first = answer(Question.SUPPORT, "SOME").with(answer(Question.RESPONDENT, "SOMEONE_ELSE"));

		Draft changed = first.with(answer(Question.SUPPORT, "NONE"));

		assertThat(changed.selected(Question.SUPPORT)).containsExactly("NONE");
		assertThat(changed.selected(Question.RESPONDENT)).containsExactly("SOMEONE_ELSE");
		assertThat(changed.firstIncompleteBefore(null)).contains(Step.SAFETY);
		assertThat(changed.toString()).doesNotContain("NONE").doesNotContain("SOMEONE_ELSE");
	}

	@Test
	void aPagesAnswersCanBeTakenAwayLeavingTheOthers() {
		Draft draft = answer(Question.SUBSTANCES, "ALCOHOL").with(answer(Question.CRITERIA, "CRAVING"))
			.with(answer(Question.SUPPORT, "SOME"));

		Draft without = draft.without(Step.SIGNS);

		assertThat(without.has(Question.SUBSTANCES)).isFalse();
		assertThat(without.has(Question.CRITERIA)).isFalse();
		assertThat(without.selected(Question.SUPPORT)).containsExactly("SOME");
	}

	private static Draft answer(Question question, String... values) {
		List<RawValue> raw = java.util.Arrays.stream(values).map(RawValue::formField).toList();
		Reading reading = AnswerReader.read(Map.of(question.path(), raw), List.of(question));
		assertThat(reading.problems()).isEmpty();
		return reading.answers();
	}

}
