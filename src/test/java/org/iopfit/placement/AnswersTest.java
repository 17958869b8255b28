package org.iopfit.placement;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class AnswersTest {

	@Test
	void noSubstanceAtAllIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> answers(EnumSet.noneOf(Criterion.class), EnumSet.noneOf(Substance.class)))
			.withMessageContaining("substance");
	}

	@Test
	void everyMissingAnswerIsRejectedByName() {
		Set<Criterion> none = Set.of();
		Set<Substance> alcohol = Set.of(Substance.ALCOHOL);
		assertThatNullPointerException()
			.isThrownBy(() -> new Answers(null, Crisis.NONE, none, alcohol, WithdrawalHistory.NONE, false,
					MentalHealth.NONE, Support.STRONG, true, false, CanAttend.YES, false, false, false))
			.withMessage("respondent");
		assertThatNullPointerException()
			.isThrownBy(() -> new Answers(Respondent.SELF, null, none, alcohol, WithdrawalHistory.NONE, false,
					MentalHealth.NONE, Support.STRONG, true, false, CanAttend.YES, false, false, false))
			.withMessage("crisis");
		assertThatNullPointerException()
			.isThrownBy(() -> new Answers(Respondent.SELF, Crisis.NONE, null, alcohol, WithdrawalHistory.NONE, false,
					MentalHealth.NONE, Support.STRONG, true, false, CanAttend.YES, false, false, false))
			.withMessage("criteria");
		assertThatNullPointerException()
			.isThrownBy(() -> new Answers(Respondent.SELF, Crisis.NONE, none, null, WithdrawalHistory.NONE, false,
					MentalHealth.NONE, Support.STRONG, true, false, CanAttend.YES, false, false, false))
			.withMessage("substances");
		assertThatNullPointerException()
			.isThrownBy(() -> new Answers(Respondent.SELF, Crisis.NONE, none, alcohol, null, false, MentalHealth.NONE,
					Support.STRONG, true, false, CanAttend.YES, false, false, false))
			.withMessage("withdrawalHistory");
		assertThatNullPointerException()
			.isThrownBy(() -> new Answers(Respondent.SELF, Crisis.NONE, none, alcohol, WithdrawalHistory.NONE, false,
					null, Support.STRONG, true, false, CanAttend.YES, false, false, false))
			.withMessage("mentalHealth");
		assertThatNullPointerException()
			.isThrownBy(() -> new Answers(Respondent.SELF, Crisis.NONE, none, alcohol, WithdrawalHistory.NONE, false,
					MentalHealth.NONE, null, true, false, CanAttend.YES, false, false, false))
			.withMessage("support");
		assertThatNullPointerException()
			.isThrownBy(() -> new Answers(Respondent.SELF, Crisis.NONE, none, alcohol, WithdrawalHistory.NONE, false,
					MentalHealth.NONE, Support.STRONG, true, false, null, false, false, false))
			.withMessage("canAttend");
	}

	@Test
	void aNullInsideTheSetsIsRejected() {
		Set<Criterion> criteriaWithNull = new HashSet<>();
		criteriaWithNull.add(null);
		Set<Substance> substancesWithNull = new HashSet<>();
		substancesWithNull.add(Substance.ALCOHOL);
		substancesWithNull.add(null);

		assertThatNullPointerException().isThrownBy(() -> answers(criteriaWithNull, Set.of(Substance.ALCOHOL)));
		assertThatNullPointerException().isThrownBy(() -> answers(Set.of(), substancesWithNull));
	}

	@Test
	void setsAreCopiedSoTheCallerCannotChangeTheAnswersLater() {
		Set<Criterion> criteria = EnumSet.of(Criterion.CRAVING, Criterion.TOLERANCE);
		Set<Substance> substances = EnumSet.of(Substance.CANNABIS);
		Answers answers = answers(criteria, substances);

		criteria.addAll(EnumSet.allOf(Criterion.class));
		substances.add(Substance.OPIOIDS);
		substances.remove(Substance.CANNABIS);

		assertThat(answers.criteria()).containsExactlyInAnyOrder(Criterion.CRAVING, Criterion.TOLERANCE);
		assertThat(answers.criteriaCount()).isEqualTo(2);
		assertThat(answers.severity()).isEqualTo(Severity.MILD);
		assertThat(answers.substances()).containsExactly(Substance.CANNABIS);
		assertThat(answers.uses(Substance.OPIOIDS)).isFalse();
	}

	@Test
	void theAnswersSetsCannotBeChangedThroughTheAccessors() {
		Answers answers = answers(EnumSet.of(Criterion.CRAVING), EnumSet.of(Substance.ALCOHOL));

		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> answers.criteria().add(Criterion.TOLERANCE));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> answers.substances().add(Substance.OPIOIDS));
	}

	private static Answers answers(Set<Criterion> criteria, Set<Substance> substances) {
		return new Answers(Respondent.SELF, Crisis.NONE, criteria, substances, WithdrawalHistory.NONE, false,
				MentalHealth.NONE, Support.STRONG, true, false, CanAttend.YES, false, false, false);
	}

}
