package org.iopfit.questions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.iopfit.placement.Criterion;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Substance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One meaning for every raw value, whichever way it came: what the table allows is read,
 * everything else is a named problem, all of them at once.
 */
class AnswerReaderTest {

	@Test
	void aFormsTrueAndFalseAndAJsonBooleanMeanTheSameYesOrNo() {
		for (RawValue yes : List.of(RawValue.formField("true"), RawValue.bool(true))) {
			Reading reading = read(Map.of("stableHousing", List.of(yes)), Question.STABLE_HOUSING);
			assertThat(reading.isValid()).isTrue();
			assertThat(reading.answers().get(Question.STABLE_HOUSING)).contains(Boolean.TRUE);
		}
	}

	@Test
	void onlyTheValuesOfThePolicyAreAccepted() {
		for (RawValue wrong : List.of(RawValue.text("true"), RawValue.formField("yes"), RawValue.formField("on"),
				RawValue.formField("1"), RawValue.formField(""), RawValue.other())) {
			assertThat(codes(read(Map.of("stableHousing", List.of(wrong)), Question.STABLE_HOUSING)))
				.as(wrong.toString())
				.containsExactly(Problem.Code.INVALID);
		}
		assertThat(codes(read(Map.of("respondent", List.of(RawValue.formField("self"))), Question.RESPONDENT)))
			.containsExactly(Problem.Code.INVALID);
		assertThat(codes(read(Map.of("respondent", List.of(RawValue.formField("true"))), Question.RESPONDENT)))
			.containsExactly(Problem.Code.INVALID);
	}

	@Test
	void aRepeatedChoiceOrTwoValuesForOneAnswerAreRefused() {
		assertThat(codes(read(
				Map.of("criteria",
						List.of(RawValue.text("CRAVING"), RawValue.text("CRAVING"), RawValue.text("CRAVING"))),
				Question.CRITERIA)))
			.containsExactly(Problem.Code.REPEATED);
		assertThat(codes(
				read(Map.of("respondent", List.of(RawValue.text("SELF"), RawValue.text("SELF"))), Question.RESPONDENT)))
			.containsExactly(Problem.Code.REPEATED);
	}

	@Test
	void anEmptyListIsAnAnswerForSignsButNotForSubstances() {
		Reading reading = read(Map.of("criteria", List.of(), "substances", List.of()), Question.CRITERIA,
				Question.SUBSTANCES);

		assertThat(reading.answers().get(Question.CRITERIA)).contains(Set.of());
		assertThat(reading.problems()).extracting(Problem::field, Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("substances", Problem.Code.EMPTY));
	}

	@Test
	void everyBadFieldIsNamedAtOnceAndGoodOnesAreKept() {
		Map<String, List<RawValue>> fields = new LinkedHashMap<>();
		fields.put("respondent", List.of(RawValue.text("SOMEONE_ELSE")));
		fields.put("criteria", List.of(RawValue.text("CRAVING"), RawValue.text("X"), RawValue.other()));
		fields.put("substances", List.of(RawValue.notAList()));
		fields.put("criteria[0]", List.of(RawValue.text("CRAVING")));
		fields.put("crisis.suicidalThoughts", List.of(RawValue.bool(false)));

		Reading reading = AnswerReader.read(fields,
				List.of(Question.RESPONDENT, Question.CRITERIA, Question.SUBSTANCES, Question.SUPPORT));

		assertThat(reading.problems()).extracting(Problem::field)
			.containsExactlyInAnyOrder("criteria[0]", "crisis.suicidalThoughts", "criteria[1]", "criteria[2]",
					"substances", "support");
		assertThat(reading.answers().get(Question.RESPONDENT)).contains(Respondent.SOMEONE_ELSE);
		assertThat(reading.answers().has(Question.CRITERIA)).isFalse();
		assertThat(reading.problems()).allSatisfy((problem) -> assertThat(problem.message()).isNotBlank());
	}

	@Test
	void theChoicesAreTheEnumsOfTheRulesCoreInOrder() {
		assertThat(Question.CRITERIA.choices()).hasSize(Criterion.values().length)
			.first()
			.isEqualTo(Criterion.LARGER_OR_LONGER.name());
		assertThat(Question.SUBSTANCES.choices()).containsExactly("ALCOHOL", "OPIOIDS", "BENZODIAZEPINES", "STIMULANTS",
				"CANNABIS", "OTHER");
		assertThat(Question.SUBSTANCES.kind()).isEqualTo(Question.Kind.AT_LEAST_ONE_OF);
		assertThat(Substance.values()).hasSize(Question.SUBSTANCES.choices().size());
		assertThat(Step.all()).allSatisfy((step) -> assertThat(step.questions()).isNotEmpty());
		assertThat(Step.all().stream().mapToInt((step) -> step.questions().size()).sum())
			.isEqualTo(Question.all().size());
	}

	private static Reading read(Map<String, List<RawValue>> fields, Question... asked) {
		return AnswerReader.read(fields, List.of(asked));
	}

	private static List<Problem.Code> codes(Reading reading) {
		return reading.problems().stream().map(Problem::code).toList();
	}

}
