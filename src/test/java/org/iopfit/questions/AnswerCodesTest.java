package org.iopfit.questions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The numbers that stand for questions and choices in stored answers: every question and
 * every choice has one, none is shared or given twice, and none given before changes.
 * Adding, taking out or reordering a question or a choice without giving or keeping its
 * number fails here (or fails {@link AnswerCodes} from loading at all, with the reason).
 */
class AnswerCodesTest {

	/**
	 * The numbers of format 3 as first given. Only ever add to this list: a line that
	 * changes means stored answers read as other answers. A question or choice taken out
	 * stays here and its number goes to the retired ones.
	 */
	private static final String GIVEN = """
			RESPONDENT 1: SELF 1, SOMEONE_ELSE 2
			SUICIDAL_THOUGHTS 2
			OVERDOSE_OR_MEDICAL_EMERGENCY 3
			SEVERE_WITHDRAWAL_NOW 4
			SUBSTANCES 5: ALCOHOL 1, OPIOIDS 2, BENZODIAZEPINES 3, STIMULANTS 4, CANNABIS 5, OTHER 6
			CRITERIA 6: LARGER_OR_LONGER 1, CANNOT_CUT_DOWN 2, TIME_SPENT 3, CRAVING 4, ROLE_FAILURE 5, SOCIAL_PROBLEMS 6, \
			ACTIVITIES_GIVEN_UP 7, HAZARDOUS_USE 8, HARM_CONTINUED 9, TOLERANCE 10, WITHDRAWAL 11
			WITHDRAWAL_HISTORY 7: NONE 1, UNCOMPLICATED 2, SEIZURES_OR_DELIRIUM 3
			MEDICAL_MONITORING_NEEDED 8
			MENTAL_HEALTH 9: NONE 1, STABLE 2, UNSTABLE 3
			SUPPORT 10: STRONG 1, SOME 2, NONE 3
			STABLE_HOUSING 11
			SUBSTANCE_USE_AT_HOME 12
			CAN_ATTEND 13: YES 1, UNSURE 2, NO 3
			NEEDS_FLEXIBILITY 14
			RECENT_INPATIENT_DISCHARGE 15
			RELAPSED_AFTER_TREATMENT 16
			""";

	@Test
	void everyQuestionAndEveryChoiceHasExactlyOneNumberOfItsOwn() {
		Set<Integer> questionCodes = new HashSet<>();
		for (Question question : Question.all()) {
			int code = AnswerCodes.code(question);
			assertThat(code).as(question.name()).isBetween(1, 255);
			assertThat(questionCodes.add(code)).as(question + " shares its number").isTrue();
			assertThat(AnswerCodes.RETIRED_QUESTIONS).as(question + " has a retired number").doesNotContain(code);
			assertThat(AnswerCodes.readQuestion(code)).contains(question);
			Set<Integer> choiceCodes = new HashSet<>();
			for (Enum<?> choice : choices(question)) {
				int choiceCode = AnswerCodes.code(question, choice);
				assertThat(choiceCode).as(question + "." + choice).isBetween(1, 255);
				assertThat(choiceCodes.add(choiceCode)).as(question + "." + choice + " shares its number").isTrue();
				assertThat(AnswerCodes.RETIRED_CHOICES.getOrDefault(code, Set.of()))
					.as(question + "." + choice + " has a retired number")
					.doesNotContain(choiceCode);
				assertThat(AnswerCodes.readChoice(question, choiceCode)).isSameAs(choice);
			}
		}
		assertThat(AnswerCodes.inCodeOrder()).containsExactlyInAnyOrderElementsOf(Question.all());
	}

	@Test
	void numbersOnceGivenNeverChange() {
		for (String line : GIVEN.strip().split("\n")) {
			String[] parts = line.split(":", 2);
			String[] question = parts[0].trim().split(" ");
			int code = Integer.parseInt(question[1]);
			if (AnswerCodes.RETIRED_QUESTIONS.contains(code)) {
				continue;
			}
			Question asked = Question.valueOf(question[0]);
			assertThat(AnswerCodes.code(asked)).as(line).isEqualTo(code);
			if (parts.length < 2) {
				continue;
			}
			for (String given : parts[1].split(",")) {
				String[] choice = given.trim().split(" ");
				int choiceCode = Integer.parseInt(choice[1]);
				if (AnswerCodes.RETIRED_CHOICES.getOrDefault(code, Set.of()).contains(choiceCode)) {
					continue;
				}
				assertThat(AnswerCodes.readChoice(asked, choiceCode).name()).as(asked + " " + given.trim())
					.isEqualTo(choice[0]);
			}
		}
	}

	private static List<Enum<?>> choices(Question question) {
		if (question.kind() == Question.Kind.YES_NO) {
			return List.of();
		}
		return question.choices()
			.stream()
			.<Enum<?>>map((name) -> (Enum<?>) question.single(RawValue.text(name)))
			.toList();
	}

}
