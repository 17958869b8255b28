package org.iopfit.placement;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iopfit.placement.AnswersBuilder.answers;
import static org.iopfit.placement.Criterion.CANNOT_CUT_DOWN;
import static org.iopfit.placement.Criterion.CRAVING;
import static org.iopfit.placement.Criterion.HARM_CONTINUED;
import static org.iopfit.placement.Criterion.LARGER_OR_LONGER;
import static org.iopfit.placement.Criterion.ROLE_FAILURE;
import static org.iopfit.placement.Criterion.TIME_SPENT;
import static org.iopfit.placement.Criterion.TOLERANCE;
import static org.iopfit.placement.Criterion.WITHDRAWAL;
import static org.iopfit.placement.Reason.Code.ARRANGE_LEAVE;
import static org.iopfit.placement.Reason.Code.ATTENDANCE_UNSURE;
import static org.iopfit.placement.Reason.Code.CANNOT_ATTEND;
import static org.iopfit.placement.Reason.Code.COORDINATE_WITH_DOCTOR;
import static org.iopfit.placement.Reason.Code.FENTANYL_IN_SUPPLY;
import static org.iopfit.placement.Reason.Code.FEW_SIGNS;
import static org.iopfit.placement.Reason.Code.MEDICAL_CHECK_BEFORE_STOPPING;
import static org.iopfit.placement.Reason.Code.MENTAL_HEALTH_UNSTABLE;
import static org.iopfit.placement.Reason.Code.MILD_SIGNS;
import static org.iopfit.placement.Reason.Code.MODERATE_OR_SEVERE;
import static org.iopfit.placement.Reason.Code.NEEDS_FLEXIBILITY;
import static org.iopfit.placement.Reason.Code.NO_SUPPORT;
import static org.iopfit.placement.Reason.Code.OPIOID_MEDICATION;
import static org.iopfit.placement.Reason.Code.OPIOID_TOLERANCE_DROPS;
import static org.iopfit.placement.Reason.Code.OPIOID_WITHDRAWAL_DOCTOR;
import static org.iopfit.placement.Reason.Code.OPIOIDS_WITH_SEDATIVES;
import static org.iopfit.placement.Reason.Code.OVERDOSE_OR_MEDICAL_EMERGENCY;
import static org.iopfit.placement.Reason.Code.RELAPSE_AFTER_TREATMENT;
import static org.iopfit.placement.Reason.Code.SEVERE_WITHDRAWAL_NOW;
import static org.iopfit.placement.Reason.Code.SEVERE_WITH_CO_OCCURRING;
import static org.iopfit.placement.Reason.Code.STEP_DOWN_AFTER_INPATIENT;
import static org.iopfit.placement.Reason.Code.STOPPING_CAN_BE_DANGEROUS;
import static org.iopfit.placement.Reason.Code.SUBSTANCE_USE_AT_HOME;
import static org.iopfit.placement.Reason.Code.SUICIDAL_THOUGHTS;
import static org.iopfit.placement.Reason.Code.UNSTABLE_HOUSING;
import static org.iopfit.placement.Reason.Code.WITHDRAWAL_SEIZURES_OR_DELIRIUM;

/**
 * One realistic case per rule of screening policy v1, and the cautions the policy names.
 * The exhaustive properties are in {@link PlacementRulesExhaustiveTest}.
 */
class PlacementRulesTest {

	private final PlacementRules rules = new PlacementRules();

	// R1

	@Test
	void possibleOverdoseNowIsAnEmergencyBeforeAnyPlacement() {
		// A partner answers for someone who is hard to wake after taking opioids.
		Recommendation result = recommend(answers().respondent(Respondent.SOMEONE_ELSE)
			.crisis(new Crisis(false, true, false))
			.substances(Substance.OPIOIDS)
			.criteriaCount(7)
			.recentInpatientDischarge());

		assertThat(result.level()).isEqualTo(Level.EMERGENCY);
		assertThat(result.decidedBy()).isEqualTo(Rule.R1);
		assertThat(result.severity()).isEqualTo(Severity.SEVERE);
		assertThat(result.isEmergency()).isTrue();
		assertThat(result.reasons()).containsExactly(reason(OVERDOSE_OR_MEDICAL_EMERGENCY));
	}

	@Test
	void emergencyCarriesOnlyTheCrisisReasons() {
		// Everything else that would be a reason or a caution elsewhere is left out:
		// no placement talk until the crisis is dealt with.
		Recommendation result = recommend(answers().crisis(new Crisis(true, false, true))
			.substances(Substance.ALCOHOL, Substance.OPIOIDS)
			.criteriaCount(5)
			.withdrawalHistory(WithdrawalHistory.SEIZURES_OR_DELIRIUM)
			.medicalMonitoringNeeded()
			.substanceUseAtHome()
			.support(Support.NONE)
			.canAttend(CanAttend.UNSURE)
			.needsFlexibility()
			.relapsedAfterTreatment());

		assertThat(result.level()).isEqualTo(Level.EMERGENCY);
		assertThat(result.decidedBy()).isEqualTo(Rule.R1);
		assertThat(result.severity()).isEqualTo(Severity.MODERATE);
		assertThat(result.reasons()).containsExactly(reason(SUICIDAL_THOUGHTS), reason(SEVERE_WITHDRAWAL_NOW));
	}

	// R2

	@Test
	void pastWithdrawalSeizureGoesInpatientForSupervisedWithdrawal() {
		// A drinker with only mild signs who once had a seizure when stopping, and who
		// has a job to keep.
		Recommendation result = recommend(answers().criteria(CRAVING, TOLERANCE, WITHDRAWAL)
			.withdrawalHistory(WithdrawalHistory.SEIZURES_OR_DELIRIUM)
			.needsFlexibility());

		assertThat(result.level()).isEqualTo(Level.INPATIENT);
		assertThat(result.decidedBy()).isEqualTo(Rule.R2);
		assertThat(result.severity()).isEqualTo(Severity.MILD);
		assertThat(result.reasons()).containsExactly(reason(WITHDRAWAL_SEIZURES_OR_DELIRIUM), reason(MILD_SIGNS),
				caution(ARRANGE_LEAVE));
	}

	// R3

	@Test
	void severeWithManagedDepressionGoesInpatient() {
		Recommendation result = recommend(answers().criteriaCount(7).mentalHealth(MentalHealth.STABLE));

		assertThat(result.level()).isEqualTo(Level.INPATIENT);
		assertThat(result.decidedBy()).isEqualTo(Rule.R3);
		assertThat(result.severity()).isEqualTo(Severity.SEVERE);
		assertThat(result.reasons()).containsExactly(reason(SEVERE_WITH_CO_OCCURRING), reason(MODERATE_OR_SEVERE));
	}

	@Test
	void severeWithLiverDiseaseGoesInpatientWithoutAlsoSayingCoordinateWithDoctor() {
		Recommendation result = recommend(answers().criteriaCount(9).medicalMonitoringNeeded());

		assertThat(result.level()).isEqualTo(Level.INPATIENT);
		assertThat(result.decidedBy()).isEqualTo(Rule.R3);
		assertThat(result.severity()).isEqualTo(Severity.SEVERE);
		assertThat(result.reasons()).containsExactly(reason(SEVERE_WITH_CO_OCCURRING), reason(MODERATE_OR_SEVERE));
	}

	// R4

	@Test
	void unmanagedMentalIllnessWithMildUseGoesInpatient() {
		// Cannabis use with two signs, and a psychotic episode that needed hospital care
		// this year.
		Recommendation result = recommend(answers().substances(Substance.CANNABIS)
			.criteria(CRAVING, HARM_CONTINUED)
			.mentalHealth(MentalHealth.UNSTABLE));

		assertThat(result.level()).isEqualTo(Level.INPATIENT);
		assertThat(result.decidedBy()).isEqualTo(Rule.R4);
		assertThat(result.severity()).isEqualTo(Severity.MILD);
		assertThat(result.reasons()).containsExactly(reason(MENTAL_HEALTH_UNSTABLE), reason(MILD_SIGNS));
	}

	// R5

	@Test
	void stepDownAfterResidentialCareGoesIopWithHomeRisksAsCautionsNotEscalation() {
		// Back from residential treatment to a home where others drink and a lease that
		// ends soon: IOP, and plan a sober-living home, rather than back to inpatient.
		Recommendation result = recommend(
				answers().criteriaCount(5).recentInpatientDischarge().substanceUseAtHome().noStableHousing());

		assertThat(result.level()).isEqualTo(Level.IOP);
		assertThat(result.decidedBy()).isEqualTo(Rule.R5);
		assertThat(result.severity()).isEqualTo(Severity.MODERATE);
		assertThat(result.reasons()).containsExactly(reason(STEP_DOWN_AFTER_INPATIENT), reason(MODERATE_OR_SEVERE),
				caution(SUBSTANCE_USE_AT_HOME), caution(UNSTABLE_HOUSING));
	}

	@Test
	void stepDownWithMildSignsAndNoRelapseGoesOutpatient() {
		Recommendation result = recommend(answers().criteria(CRAVING, TOLERANCE).recentInpatientDischarge());

		assertThat(result.level()).isEqualTo(Level.OUTPATIENT);
		assertThat(result.decidedBy()).isEqualTo(Rule.R5);
		assertThat(result.severity()).isEqualTo(Severity.MILD);
		assertThat(result.reasons()).containsExactly(reason(STEP_DOWN_AFTER_INPATIENT), reason(MILD_SIGNS));
	}

	@Test
	void stepDownWithMildSignsAfterRelapseGoesIop() {
		Recommendation result = recommend(
				answers().criteria(CRAVING, TOLERANCE).recentInpatientDischarge().relapsedAfterTreatment());

		assertThat(result.level()).isEqualTo(Level.IOP);
		assertThat(result.decidedBy()).isEqualTo(Rule.R5);
		assertThat(result.severity()).isEqualTo(Severity.MILD);
		// The relapse is what makes it an IOP, and the signs' reason refers to "the
		// answer
		// above": the relapse comes before it.
		assertThat(result.reasons()).containsExactly(reason(STEP_DOWN_AFTER_INPATIENT), reason(RELAPSE_AFTER_TREATMENT),
				reason(MILD_SIGNS));
	}

	@Test
	void recentDischargeWithFewSignsIsNotAStepDown() {
		Recommendation result = recommend(answers().criteria(CRAVING).recentInpatientDischarge());

		assertThat(result.level()).isEqualTo(Level.OUTPATIENT);
		assertThat(result.decidedBy()).isEqualTo(Rule.R11);
		assertThat(result.severity()).isEqualTo(Severity.NONE);
		assertThat(result.reasons()).containsExactly(reason(FEW_SIGNS));
	}

	// R6

	@Test
	void moderateUseWithDrinkingAtHomeGoesInpatient() {
		Recommendation result = recommend(
				answers().criteria(LARGER_OR_LONGER, CANNOT_CUT_DOWN, CRAVING, ROLE_FAILURE).substanceUseAtHome());

		assertThat(result.level()).isEqualTo(Level.INPATIENT);
		assertThat(result.decidedBy()).isEqualTo(Rule.R6);
		assertThat(result.severity()).isEqualTo(Severity.MODERATE);
		assertThat(result.reasons()).containsExactly(reason(SUBSTANCE_USE_AT_HOME), reason(MODERATE_OR_SEVERE));
	}

	// R7

	@Test
	void moderateUseUnableToAttendSessionsGoesInpatient() {
		Recommendation result = recommend(answers().criteriaCount(5).canAttend(CanAttend.NO));

		assertThat(result.level()).isEqualTo(Level.INPATIENT);
		assertThat(result.decidedBy()).isEqualTo(Rule.R7);
		assertThat(result.severity()).isEqualTo(Severity.MODERATE);
		assertThat(result.reasons()).containsExactly(reason(CANNOT_ATTEND), reason(MODERATE_OR_SEVERE));
	}

	@Test
	void severeUseWithoutStableHousingGoesInpatient() {
		Recommendation result = recommend(answers().criteriaCount(6).noStableHousing());

		assertThat(result.level()).isEqualTo(Level.INPATIENT);
		assertThat(result.decidedBy()).isEqualTo(Rule.R7);
		assertThat(result.severity()).isEqualTo(Severity.SEVERE);
		assertThat(result.reasons()).containsExactly(reason(UNSTABLE_HOUSING), reason(MODERATE_OR_SEVERE));
	}

	// R8

	@Test
	void moderateUseWithNoOneToSupportRecoveryGoesInpatient() {
		Recommendation result = recommend(answers().criteriaCount(4).support(Support.NONE));

		assertThat(result.level()).isEqualTo(Level.INPATIENT);
		assertThat(result.decidedBy()).isEqualTo(Rule.R8);
		assertThat(result.severity()).isEqualTo(Severity.MODERATE);
		assertThat(result.reasons()).containsExactly(reason(NO_SUPPORT), reason(MODERATE_OR_SEVERE));
	}

	// R9

	@Test
	void parentWithModerateAlcoholUseWhoMustKeepWorkingGoesIop() {
		// Some family support, had the shakes when stopping before: IOP, keep working,
		// and see a doctor before stopping drinking.
		Recommendation result = recommend(answers().substances(Substance.ALCOHOL)
			.criteria(CRAVING, TIME_SPENT, ROLE_FAILURE, TOLERANCE, WITHDRAWAL)
			.withdrawalHistory(WithdrawalHistory.UNCOMPLICATED)
			.support(Support.SOME)
			.needsFlexibility());

		assertThat(result.level()).isEqualTo(Level.IOP);
		assertThat(result.decidedBy()).isEqualTo(Rule.R9);
		assertThat(result.severity()).isEqualTo(Severity.MODERATE);
		assertThat(result.reasons()).containsExactly(reason(MODERATE_OR_SEVERE), caution(NEEDS_FLEXIBILITY),
				caution(MEDICAL_CHECK_BEFORE_STOPPING, Reason.Sedatives.ALCOHOL));
	}

	@Test
	void specJsonExampleModerateWithFlexibilityGivesExactlyOneReasonAndOneCaution() {
		Recommendation result = recommend(answers().criteriaCount(4).needsFlexibility());

		assertThat(result.level()).isEqualTo(Level.IOP);
		assertThat(result.decidedBy()).isEqualTo(Rule.R9);
		assertThat(result.severity()).isEqualTo(Severity.MODERATE);
		assertThat(result.criteriaCount()).isEqualTo(4);
		assertThat(result.rulesVersion()).isEqualTo("1.1");
		assertThat(result.reasons()).containsExactly(reason(MODERATE_OR_SEVERE), caution(NEEDS_FLEXIBILITY));
	}

	// R10

	@Test
	void mildUseAfterRelapseGoesIop() {
		Recommendation result = recommend(
				answers().criteria(CRAVING, CANNOT_CUT_DOWN, TIME_SPENT).relapsedAfterTreatment());

		assertThat(result.level()).isEqualTo(Level.IOP);
		assertThat(result.decidedBy()).isEqualTo(Rule.R10);
		assertThat(result.severity()).isEqualTo(Severity.MILD);
		assertThat(result.reasons()).containsExactly(reason(RELAPSE_AFTER_TREATMENT), reason(MILD_SIGNS));
	}

	// R11

	@Test
	void mildUseWithoutRelapseGoesOutpatient() {
		Recommendation result = recommend(answers().criteria(CRAVING, TOLERANCE));

		assertThat(result.level()).isEqualTo(Level.OUTPATIENT);
		assertThat(result.decidedBy()).isEqualTo(Rule.R11);
		assertThat(result.severity()).isEqualTo(Severity.MILD);
		assertThat(result.reasons()).containsExactly(reason(MILD_SIGNS));
	}

	@Test
	void fewSignsGoOutpatientWithHomeRisksAsCautions() {
		// Mild or fewer signs: home risks are something to plan around, never an
		// escalation.
		Recommendation result = recommend(answers().criteria(CRAVING)
			.substanceUseAtHome()
			.support(Support.NONE)
			.canAttend(CanAttend.NO)
			.relapsedAfterTreatment());

		assertThat(result.level()).isEqualTo(Level.OUTPATIENT);
		assertThat(result.decidedBy()).isEqualTo(Rule.R11);
		assertThat(result.severity()).isEqualTo(Severity.NONE);
		assertThat(result.reasons()).containsExactly(reason(FEW_SIGNS), caution(SUBSTANCE_USE_AT_HOME),
				caution(NO_SUPPORT), caution(RELAPSE_AFTER_TREATMENT));
	}

	// The cautions the policy names

	@Test
	void needsFlexibilityWithIopSaysYouCanKeepWorking() {
		Recommendation result = recommend(answers().criteriaCount(6).needsFlexibility());

		assertThat(result.level()).isEqualTo(Level.IOP);
		assertThat(result.reasons()).contains(caution(NEEDS_FLEXIBILITY));
		assertThat(codes(result)).doesNotContain(ARRANGE_LEAVE);
	}

	@Test
	void needsFlexibilityWithInpatientSaysAskHowOthersArrangeLeave() {
		Recommendation result = recommend(answers().criteriaCount(6).support(Support.NONE).needsFlexibility());

		assertThat(result.level()).isEqualTo(Level.INPATIENT);
		assertThat(result.reasons()).contains(caution(ARRANGE_LEAVE));
		assertThat(codes(result)).doesNotContain(NEEDS_FLEXIBILITY);
	}

	@Test
	void unsureAttendanceIsACautionWithIop() {
		Recommendation result = recommend(answers().criteriaCount(4).canAttend(CanAttend.UNSURE));

		assertThat(result.level()).isEqualTo(Level.IOP);
		assertThat(result.reasons()).containsExactly(reason(MODERATE_OR_SEVERE), caution(ATTENDANCE_UNSURE));
	}

	@Test
	void unsureAttendanceIsNotMentionedWhereNoIopIsSuggested() {
		Recommendation outpatient = recommend(answers().criteriaCount(2).canAttend(CanAttend.UNSURE));
		Recommendation inpatient = recommend(
				answers().criteriaCount(4).substanceUseAtHome().canAttend(CanAttend.UNSURE));

		assertThat(outpatient.level()).isEqualTo(Level.OUTPATIENT);
		assertThat(codes(outpatient)).doesNotContain(ATTENDANCE_UNSURE);
		assertThat(inpatient.level()).isEqualTo(Level.INPATIENT);
		assertThat(codes(inpatient)).doesNotContain(ATTENDANCE_UNSURE);
	}

	@Test
	void opioidsBringACautionAboutMedicationForOpioidUseDisorder() {
		Recommendation iop = recommend(answers().substances(Substance.OPIOIDS, Substance.STIMULANTS).criteriaCount(5));
		Recommendation outpatient = recommend(answers().substances(Substance.OPIOIDS).criteriaCount(1));

		assertThat(iop.reasons()).containsExactly(reason(MODERATE_OR_SEVERE), caution(OPIOID_MEDICATION));
		assertThat(outpatient.reasons()).containsExactly(reason(FEW_SIGNS), caution(OPIOID_MEDICATION));
	}

	@Test
	void uncomplicatedAlcoholWithdrawalAsksForAMedicalCheckBeforeStopping() {
		Recommendation result = recommend(answers().substances(Substance.ALCOHOL)
			.criteriaCount(2)
			.withdrawalHistory(WithdrawalHistory.UNCOMPLICATED));

		assertThat(result.reasons()).containsExactly(reason(MILD_SIGNS),
				caution(MEDICAL_CHECK_BEFORE_STOPPING, Reason.Sedatives.ALCOHOL));
	}

	@Test
	void uncomplicatedBenzodiazepineWithdrawalAsksForAMedicalCheckBeforeStopping() {
		Recommendation result = recommend(answers().substances(Substance.BENZODIAZEPINES, Substance.CANNABIS)
			.criteriaCount(4)
			.withdrawalHistory(WithdrawalHistory.UNCOMPLICATED));

		// Benzodiazepines are also often mixed with fentanyl.
		assertThat(result.reasons()).containsExactly(reason(MODERATE_OR_SEVERE), caution(FENTANYL_IN_SUPPLY),
				caution(MEDICAL_CHECK_BEFORE_STOPPING, Reason.Sedatives.BENZODIAZEPINES));
	}

	@Test
	void uncomplicatedCannabisWithdrawalNeedsNoMedicalCheckBeforeStopping() {
		Recommendation result = recommend(answers().substances(Substance.CANNABIS)
			.criteriaCount(4)
			.withdrawalHistory(WithdrawalHistory.UNCOMPLICATED));

		assertThat(result.reasons()).containsExactly(reason(MODERATE_OR_SEVERE));
	}

	@Test
	void alcoholWithoutWithdrawalHistoryNeedsNoMedicalCheckBeforeStopping() {
		Recommendation result = recommend(answers().substances(Substance.ALCOHOL).criteriaCount(4));

		assertThat(codes(result)).doesNotContain(MEDICAL_CHECK_BEFORE_STOPPING);
	}

	@Test
	void noWithdrawalMayMeanNeverStoppedSoAlcoholOrSedativesBringAWarningAboutStoppingSuddenly() {
		for (Substance substance : List.of(Substance.ALCOHOL, Substance.BENZODIAZEPINES)) {
			Recommendation result = recommend(answers().substances(substance, Substance.CANNABIS).criteriaCount(4));

			assertThat(result.cautions()).as(substance.name())
				.contains(caution(STOPPING_CAN_BE_DANGEROUS, Reason.Sedatives.valueOf(substance.name())));
		}
		assertThat(codes(recommend(answers().substances(Substance.CANNABIS, Substance.OPIOIDS).criteriaCount(4))))
			.doesNotContain(STOPPING_CAN_BE_DANGEROUS);
		assertThat(codes(recommend(answers().substances(Substance.ALCOHOL)
			.criteriaCount(4)
			.withdrawalHistory(WithdrawalHistory.UNCOMPLICATED)))).doesNotContain(STOPPING_CAN_BE_DANGEROUS);
	}

	@Test
	void opioidsWithAPastWithdrawalSayTalkToADoctorBeforeStopping() {
		Recommendation withdrawal = recommend(answers().substances(Substance.OPIOIDS)
			.criteriaCount(4)
			.withdrawalHistory(WithdrawalHistory.UNCOMPLICATED));
		Recommendation none = recommend(answers().substances(Substance.OPIOIDS).criteriaCount(4));

		assertThat(withdrawal.reasons()).containsExactly(reason(MODERATE_OR_SEVERE), caution(OPIOID_MEDICATION),
				caution(OPIOID_WITHDRAWAL_DOCTOR));
		assertThat(codes(none)).doesNotContain(OPIOID_WITHDRAWAL_DOCTOR);
	}

	@Test
	void opioidsAfterARecentDischargeOrAReturnToUseWarnThatToleranceDrops() {
		Recommendation discharged = recommend(
				answers().substances(Substance.OPIOIDS).criteriaCount(4).recentInpatientDischarge());
		Recommendation relapsed = recommend(
				answers().substances(Substance.OPIOIDS).criteriaCount(1).relapsedAfterTreatment());
		Recommendation neither = recommend(answers().substances(Substance.OPIOIDS).criteriaCount(4));
		Recommendation noOpioids = recommend(answers().criteriaCount(4).recentInpatientDischarge());

		assertThat(codes(discharged)).contains(OPIOID_TOLERANCE_DROPS);
		assertThat(codes(relapsed)).contains(OPIOID_TOLERANCE_DROPS);
		assertThat(codes(neither)).doesNotContain(OPIOID_TOLERANCE_DROPS);
		assertThat(codes(noOpioids)).doesNotContain(OPIOID_TOLERANCE_DROPS);
	}

	@Test
	void medicalMonitoringBelowSevereSaysCoordinateWithYourDoctor() {
		// Pregnant, with mild use: not inpatient by itself, but the doctor must know.
		Recommendation result = recommend(answers().criteriaCount(3).medicalMonitoringNeeded());

		assertThat(result.level()).isEqualTo(Level.OUTPATIENT);
		assertThat(result.decidedBy()).isEqualTo(Rule.R11);
		assertThat(result.reasons()).containsExactly(reason(MILD_SIGNS), caution(COORDINATE_WITH_DOCTOR));
	}

	@Test
	void decidingRulesReasonComesFirstAndReasonsPrecedeCautions() {
		// Cautions are gathered before some reasons (home risks before the severity);
		// the result still lists the deciding reason, then reasons, then cautions.
		Recommendation result = recommend(answers().substances(Substance.OPIOIDS)
			.criteriaCount(3)
			.recentInpatientDischarge()
			.relapsedAfterTreatment()
			.substanceUseAtHome()
			.support(Support.NONE)
			.canAttend(CanAttend.UNSURE)
			.needsFlexibility());

		assertThat(result.level()).isEqualTo(Level.IOP);
		assertThat(result.decidedBy()).isEqualTo(Rule.R5);
		assertThat(result.reasons()).containsExactly(reason(STEP_DOWN_AFTER_INPATIENT), reason(RELAPSE_AFTER_TREATMENT),
				reason(MILD_SIGNS), caution(SUBSTANCE_USE_AT_HOME), caution(NO_SUPPORT), caution(ATTENDANCE_UNSURE),
				caution(NEEDS_FLEXIBILITY), caution(OPIOID_MEDICATION), caution(OPIOID_TOLERANCE_DROPS));
	}

	private Recommendation recommend(AnswersBuilder answers) {
		return this.rules.recommend(answers.build());
	}

	@Test
	void stimulantsBenzodiazepinesOrSomethingElseWithoutOpioidsWarnOfFentanylInTheSupply() {
		// Issue 25, U1: street drugs and pills are often mixed with fentanyl.
		for (Substance substance : List.of(Substance.STIMULANTS, Substance.BENZODIAZEPINES, Substance.OTHER)) {
			assertThat(codes(recommend(answers().substances(substance).criteriaCount(4)))).as(substance.name())
				.contains(FENTANYL_IN_SUPPLY);
		}
		// Opioid users read about naloxone in the medication caution; alcohol and
		// cannabis alone bring no fentanyl warning.
		assertThat(codes(recommend(answers().substances(Substance.STIMULANTS, Substance.OPIOIDS).criteriaCount(4))))
			.doesNotContain(FENTANYL_IN_SUPPLY)
			.contains(OPIOID_MEDICATION);
		assertThat(codes(recommend(answers().substances(Substance.ALCOHOL, Substance.CANNABIS).criteriaCount(4))))
			.doesNotContain(FENTANYL_IN_SUPPLY);
	}

	@Test
	void opioidsOnAnInpatientResultWarnThatToleranceDropsDuringTheStay() {
		// Issue 25, U2: R2, R3 and R6 with opioids, where a stay is coming.
		Recommendation r2 = recommend(answers().substances(Substance.OPIOIDS)
			.criteriaCount(2)
			.withdrawalHistory(WithdrawalHistory.SEIZURES_OR_DELIRIUM));
		Recommendation r3 = recommend(
				answers().substances(Substance.OPIOIDS).criteriaCount(6).medicalMonitoringNeeded());
		Recommendation r6 = recommend(answers().substances(Substance.OPIOIDS).criteriaCount(4).substanceUseAtHome());

		assertThat(List.of(r2.decidedBy(), r3.decidedBy(), r6.decidedBy())).containsExactly(Rule.R2, Rule.R3, Rule.R6);
		for (Recommendation result : List.of(r2, r3, r6)) {
			assertThat(result.cautions()).as(result.decidedBy().name()).contains(caution(OPIOID_TOLERANCE_DROPS));
		}
		assertThat(codes(recommend(answers().substances(Substance.OPIOIDS).criteriaCount(4))))
			.doesNotContain(OPIOID_TOLERANCE_DROPS);
	}

	@Test
	void opioidsWithAlcoholOrBenzodiazepinesWarnOfTheRiskOfUsingThemTogether() {
		// Issue 25, U3: the FDA's boxed warning, named for what was chosen.
		assertThat(recommend(answers().substances(Substance.OPIOIDS, Substance.BENZODIAZEPINES).criteriaCount(4))
			.cautions()).contains(caution(OPIOIDS_WITH_SEDATIVES, Reason.Sedatives.BENZODIAZEPINES));
		assertThat(recommend(answers().substances(Substance.OPIOIDS, Substance.ALCOHOL).criteriaCount(1)).cautions())
			.contains(caution(OPIOIDS_WITH_SEDATIVES, Reason.Sedatives.ALCOHOL));
		assertThat(codes(recommend(answers().substances(Substance.OPIOIDS).criteriaCount(4))))
			.doesNotContain(OPIOIDS_WITH_SEDATIVES);
		assertThat(
				codes(recommend(answers().substances(Substance.ALCOHOL, Substance.BENZODIAZEPINES).criteriaCount(4))))
			.doesNotContain(OPIOIDS_WITH_SEDATIVES);
	}

	@Test
	void stoppingCautionsNameOnlyTheSedativesChosen() {
		// Issue 25, C3: a person who only drinks does not read about pills.
		assertThat(recommend(answers().substances(Substance.ALCOHOL).criteriaCount(4)).cautions())
			.contains(caution(STOPPING_CAN_BE_DANGEROUS, Reason.Sedatives.ALCOHOL));
		assertThat(recommend(answers().substances(Substance.ALCOHOL, Substance.BENZODIAZEPINES)
			.criteriaCount(4)
			.withdrawalHistory(WithdrawalHistory.UNCOMPLICATED)).cautions())
			.contains(caution(MEDICAL_CHECK_BEFORE_STOPPING, Reason.Sedatives.ALCOHOL_AND_BENZODIAZEPINES));
	}

	private static List<Reason.Code> codes(Recommendation result) {
		return result.reasons().stream().map(Reason::code).toList();
	}

	private static Reason reason(Reason.Code code) {
		return new Reason(code, Reason.Kind.REASON);
	}

	private static Reason caution(Reason.Code code) {
		return new Reason(code, Reason.Kind.CAUTION);
	}

	private static Reason caution(Reason.Code code, Reason.Sedatives sedatives) {
		return Reason.of(code, Reason.Kind.CAUTION, sedatives);
	}

}
