package org.iopfit.placement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iopfit.placement.CrisisResource.EMERGENCY_911;
import static org.iopfit.placement.CrisisResource.LIFELINE_988;
import static org.iopfit.placement.CrisisResource.POISON_HELP;
import static org.iopfit.placement.CrisisResource.SAMHSA_HELPLINE;
import static org.iopfit.placement.Reason.Code.OVERDOSE_OR_MEDICAL_EMERGENCY;
import static org.iopfit.placement.Reason.Code.SEVERE_WITHDRAWAL_NOW;
import static org.iopfit.placement.Reason.Code.SUICIDAL_THOUGHTS;

/**
 * The crisis page puts first the line that fits the answer given, and shows the advice
 * for each answer, the most urgent first.
 */
class CrisisHelpTest {

	@Test
	void thoughtsOfSuicideAloneGet988First() {
		assertThat(CrisisResource.orderFor(new Crisis(true, false, false))).containsExactly(LIFELINE_988, EMERGENCY_911,
				POISON_HELP, SAMHSA_HELPLINE);
	}

	@Test
	void anOverdoseGets911FirstThenPoisonHelp() {
		assertThat(CrisisResource.orderFor(new Crisis(false, true, false))).containsExactly(EMERGENCY_911, POISON_HELP,
				LIFELINE_988, SAMHSA_HELPLINE);
	}

	@Test
	void severeWithdrawalNowGets911First() {
		assertThat(CrisisResource.orderFor(new Crisis(false, false, true))).containsExactly(EMERGENCY_911, LIFELINE_988,
				POISON_HELP, SAMHSA_HELPLINE);
	}

	@Test
	void aBodyInDangerComesBeforeThoughtsOfSuicide() {
		Crisis both = new Crisis(true, true, false);

		assertThat(CrisisResource.orderFor(both)).startsWith(EMERGENCY_911, LIFELINE_988);
		assertThat(both.advice()).extracting(Reason::code)
			.containsExactly(OVERDOSE_OR_MEDICAL_EMERGENCY, SUICIDAL_THOUGHTS);
		// The API keeps the order the questions are asked in.
		assertThat(both.reasons()).extracting(Reason::code)
			.containsExactly(SUICIDAL_THOUGHTS, OVERDOSE_OR_MEDICAL_EMERGENCY);
	}

	@Test
	void everyAnswerGivenHasItsAdviceAndNoOther() {
		assertThat(new Crisis(true, true, true).advice()).extracting(Reason::code)
			.containsExactly(OVERDOSE_OR_MEDICAL_EMERGENCY, SEVERE_WITHDRAWAL_NOW, SUICIDAL_THOUGHTS);
		assertThat(new Crisis(true, false, false).advice()).extracting(Reason::code).containsExactly(SUICIDAL_THOUGHTS);
		assertThat(Crisis.NONE.advice()).isEmpty();
	}

	@Test
	void withNoAnswerYetEveryLineIsListedWith911First() {
		assertThat(CrisisResource.orderFor(Crisis.NONE)).containsExactly(CrisisResource.values());
	}

	@Test
	void onlyTheSamhsaHelplineHasATtyNumberOfItsOwn() {
		assertThat(SAMHSA_HELPLINE.tty()).isEqualTo("1-800-487-4889");
		assertThat(LIFELINE_988.tty()).isNull();
	}

	@Test
	void aResultSplitsItsReasonsFromItsCautionsAndWordsTheSignsForItsLevel() {
		Recommendation result = new PlacementRules()
			.recommend(new AnswersBuilder().criteriaCount(3).relapsedAfterTreatment().needsFlexibility().build());

		assertThat(result.level()).isEqualTo(Level.IOP);
		assertThat(result.explanations()).extracting(Reason::kind).containsOnly(Reason.Kind.REASON);
		assertThat(result.cautions()).extracting(Reason::kind).containsOnly(Reason.Kind.CAUTION);
		assertThat(result.explanations().size() + result.cautions().size()).isEqualTo(result.reasons().size());
		assertThat(result.messageKey(result.explanations().get(1), Respondent.SOMEONE_ELSE))
			.isEqualTo("reason.MILD_SIGNS.REASON.IOP.SOMEONE_ELSE");
		assertThat(result.messageKey(result.explanations().get(0), Respondent.SELF))
			.isEqualTo("reason.RELAPSE_AFTER_TREATMENT.REASON.SELF");
	}

}
