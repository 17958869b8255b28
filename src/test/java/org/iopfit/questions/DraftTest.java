package org.iopfit.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.iopfit.placement.AgeGroup;
import org.iopfit.placement.Background;
import org.iopfit.placement.Readiness;

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

	@Test
	void opioidMedicationIsAskedOnlyAfterOpioidsAndDroppedWhenTheyAreUnticked() {
		Draft opioids = answer(Question.SUBSTANCES, "OPIOIDS", "ALCOHOL");
		assertThat(Step.HEALTH.questions(opioids)).contains(Question.OPIOID_MEDICATION_NOW);
		assertThat(Step.HEALTH.questions(answer(Question.SUBSTANCES, "ALCOHOL"))).containsExactly(
				Question.WITHDRAWAL_HISTORY, Question.PAST_OVERDOSE, Question.MEDICAL_MONITORING_NEEDED,
				Question.PREGNANT);
		Draft onMedication = opioids.with(answer(Question.OPIOID_MEDICATION_NOW, "true"));
		assertThat(onMedication.has(Question.OPIOID_MEDICATION_NOW)).isTrue();

		Draft unticked = onMedication.without(Step.SIGNS).with(answer(Question.SUBSTANCES, "ALCOHOL"));

		assertThat(unticked.has(Question.OPIOID_MEDICATION_NOW)).isFalse();
		assertThat(Draft.fromBytes(unticked.toBytes())).isEqualTo(unticked);
	}

	@Test
	void answersWithoutTheV11QuestionsAreCompleteForTheRulesButThePagesStillAskThem() {
		Draft v1 = Draft.empty();
		for (Question question : Question.all()) {
			if (!question.isOptional()) {
				String value = question.choices().get(question.choices().size() - 1);
				v1 = v1.with(answer(question, (question == Question.SUBSTANCES) ? "OPIOIDS" : value));
			}
		}

		assertThat(v1.isComplete()).isTrue();
		assertThat(v1.toAnswers().background()).isEqualTo(Background.NONE);
		assertThat(v1.firstIncompleteBefore(null)).contains(Step.HEALTH);
		assertThat(AnswerReader.unanswered(v1, Step.HEALTH)).extracting(Problem::field)
			.containsExactly("pastOverdose", "opioidMedicationNow", "pregnant");
		assertThat(AnswerReader.unanswered(v1, Step.LIFE)).extracting(Problem::field)
			.containsExactly("ageGroup", "readiness");
		Draft answered = v1.with(answer(Question.PAST_OVERDOSE, "false"))
			.with(answer(Question.OPIOID_MEDICATION_NOW, "true"))
			.with(answer(Question.PREGNANT, "false"))
			.with(answer(Question.AGE_GROUP, "AGE_18_TO_25"))
			.with(answer(Question.READINESS, "READY"));
		assertThat(answered.firstIncompleteBefore(null)).isEmpty();
		assertThat(answered.toAnswers().background())
			.isEqualTo(new Background(Readiness.READY, false, false, AgeGroup.AGE_18_TO_25, true));
	}

	private static Draft answer(Question question, String... values) {
		List<RawValue> raw = java.util.Arrays.stream(values).map(RawValue::formField).toList();
		Reading reading = AnswerReader.read(Map.of(question.path(), raw), List.of(question));
		assertThat(reading.problems()).isEmpty();
		return reading.answers();
	}

}
