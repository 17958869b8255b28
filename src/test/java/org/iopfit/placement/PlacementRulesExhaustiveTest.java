package org.iopfit.placement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The guarantees of the placement rules, checked over the whole answer space: every
 * combination of every answer, with the criteria taken by count (only the count decides),
 * all eight crisis combinations, both respondents and two sets of substances; of the
 * answers policy v1.1 added, {@code pregnant} not given and yes, and the others none
 * given or given (every value of each, spread over the criteria counts and withdrawal
 * history).
 * <p>
 * The space is walked by nested loops over the answers, written once as a mixed-radix
 * counter: each answer is a digit whose values are listed from the least to the most
 * risky answer, as the policy orders them, so "one answer one step riskier" is the digit
 * plus one, a fixed distance away in the case index.
 */
class PlacementRulesExhaustiveTest {

	// The policy's risk orders, written out here rather than taken from the enums'
	// declaration order, so that reordering an enum cannot weaken the test.

	private static final boolean[] FALSE_TRUE = { false, true };

	private static final Crisis[] CRISES = crises();

	private static final WithdrawalHistory[] WITHDRAWAL_BY_RISK = { WithdrawalHistory.NONE,
			WithdrawalHistory.UNCOMPLICATED, WithdrawalHistory.SEIZURES_OR_DELIRIUM };

	private static final MentalHealth[] MENTAL_HEALTH_BY_RISK = { MentalHealth.NONE, MentalHealth.STABLE,
			MentalHealth.UNSTABLE };

	private static final Support[] SUPPORT_BY_RISK = { Support.STRONG, Support.SOME, Support.NONE };

	private static final CanAttend[] CAN_ATTEND_BY_RISK = { CanAttend.YES, CanAttend.UNSURE, CanAttend.NO };

	/** {@code stableHousing}: {@code true} is the safer answer. */
	private static final boolean[] STABLE_HOUSING_BY_RISK = { true, false };

	private static final List<Set<Criterion>> CRITERIA_BY_COUNT = criteriaByCount();

	/**
	 * Substances only shape two cautions; these two sets give every combination of them:
	 * alcohol (a medical check before stopping, no opioid caution) and opioids with
	 * cannabis (the opioid caution, no medical check). Benzodiazepines are covered by
	 * {@link PlacementRulesTest}; a third set would add half again to the run time.
	 */
	/**
	 * Every value of each of the v1.1 answers that give advice only, spread over three
	 * sets (the medication one only asked with opioids).
	 */
	private static final List<Background> ADVICE = List.of(
			new Background(Readiness.READY, false, null, AgeGroup.AGE_18_TO_25, false),
			new Background(Readiness.UNSURE, true, null, AgeGroup.UNDER_18, true),
			new Background(Readiness.NOT_READY, true, null, AgeGroup.AGE_26_OR_OVER, null));

	private static final List<Set<Substance>> SUBSTANCE_SETS = List.of(Set.of(Substance.ALCOHOL),
			Set.of(Substance.OPIOIDS, Substance.CANNABIS));

	/**
	 * The answers, each a digit of the case index; the last varies fastest.
	 */
	private enum Dim {

		CRITERIA(12, true), SUICIDAL_THOUGHTS(2, true), OVERDOSE_OR_MEDICAL_EMERGENCY(2, true),
		SEVERE_WITHDRAWAL_NOW(2, true), WITHDRAWAL_HISTORY(3, true), MEDICAL_MONITORING_NEEDED(2, true),
		MENTAL_HEALTH(3, true), SUPPORT(3, true), STABLE_HOUSING(2, true), SUBSTANCE_USE_AT_HOME(2, true),
		CAN_ATTEND(3, true), RELAPSED_AFTER_TREATMENT(2, true),

		// Policy v1.1: not answered (which counts as no), then yes.
		PREGNANT(2, true),

		// Held fixed by the monotonicity property: not ordered by risk.
		SUBSTANCES(2, false), NEEDS_FLEXIBILITY(2, false), RECENT_INPATIENT_DISCHARGE(2, false),

		/**
		 * The other answers of policy v1.1: none given, or one of {@link #ADVICE} chosen
		 * by the criteria count and the withdrawal history, so that each set meets every
		 * count and every other answer.
		 */
		ADVICE(2, false),

		RESPONDENT(2, false);

		final int size;

		final boolean orderedByRisk;

		int stride;

		Dim(int size, boolean orderedByRisk) {
			this.size = size;
			this.orderedByRisk = orderedByRisk;
		}

	}

	private static final int CASES;

	static {
		int stride = 1;
		Dim[] dims = Dim.values();
		for (int i = dims.length - 1; i >= 0; i--) {
			dims[i].stride = stride;
			stride *= dims[i].size;
		}
		CASES = stride;
	}

	/**
	 * The rules table of the policy, row by row, straight from the spec: an oracle that
	 * shares no code with {@link PlacementRules}.
	 */
	private static final List<Row> TABLE = List.of(
			new Row(Rule.R1,
					(a) -> a.crisis().suicidalThoughts() || a.crisis().overdoseOrMedicalEmergency()
							|| a.crisis().severeWithdrawalNow(),
					(a) -> Level.EMERGENCY),
			new Row(Rule.R2, (a) -> a.withdrawalHistory() == WithdrawalHistory.SEIZURES_OR_DELIRIUM,
					(a) -> Level.INPATIENT),
			new Row(Rule.R3,
					(a) -> severe(a) && (a.medicalMonitoringNeeded() || Boolean.TRUE.equals(a.background().pregnant())
							|| a.mentalHealth() != MentalHealth.NONE),
					(a) -> Level.INPATIENT),
			new Row(Rule.R4, (a) -> a.mentalHealth() == MentalHealth.UNSTABLE && !noSeverity(a),
					(a) -> Level.INPATIENT),
			new Row(Rule.R5, (a) -> a.recentInpatientDischarge() && !noSeverity(a),
					(a) -> (moderatePlus(a) || a.relapsedAfterTreatment()) ? Level.IOP : Level.OUTPATIENT),
			new Row(Rule.R6, (a) -> a.substanceUseAtHome() && moderatePlus(a), (a) -> Level.INPATIENT),
			new Row(Rule.R7, (a) -> (a.canAttend() == CanAttend.NO || !a.stableHousing()) && moderatePlus(a),
					(a) -> Level.INPATIENT),
			new Row(Rule.R8, (a) -> a.support() == Support.NONE && moderatePlus(a), (a) -> Level.INPATIENT),
			new Row(Rule.R9, PlacementRulesExhaustiveTest::moderatePlus, (a) -> Level.IOP),
			new Row(Rule.R10, (a) -> mild(a) && a.relapsedAfterTreatment(), (a) -> Level.IOP),
			new Row(Rule.R11, (a) -> true, (a) -> Level.OUTPATIENT));

	private static Walk walk;

	/**
	 * Recommends once for every case and runs every per-case check on that result, so
	 * that the two million cases are walked once, not once per test.
	 */
	@BeforeAll
	static void walkTheWholeSpace() {
		PlacementRules rules = new PlacementRules();
		Walk found = new Walk();
		Answers self = null;
		Recommendation forSelf = null;
		for (int i = 0; i < CASES; i++) {
			Answers answers = answersAt(i);
			Recommendation result;
			try {
				result = rules.recommend(answers);
			}
			catch (RuntimeException ex) {
				throw new AssertionError("No recommendation for " + describe(answers), ex);
			}
			found.intensity[i] = intensity(result.level());
			found.decided.merge(result.decidedBy(), 1, Integer::sum);
			if (result.decidedBy() == Rule.R5 && result.level() == Level.OUTPATIENT) {
				found.stepDownsToOutpatient++;
			}
			found.wrongRule = firstProblem(found.wrongRule, wrongRule(answers, result), answers, result);
			found.inconsistent = firstProblem(found.inconsistent, inconsistency(answers, result), answers, result);
			if (!result.isEmergency()) {
				found.wrongCaution = firstProblem(found.wrongCaution, wrongCaution(answers, result), answers, result);
			}
			// The respondent digit varies fastest: case i + 1 is case i answered by
			// someone else.
			if (answers.respondent() == Respondent.SELF) {
				self = answers;
				forSelf = result;
			}
			else {
				String problem = null;
				if (self == null || !self.equals(withRespondent(answers, Respondent.SELF))) {
					problem = "Not paired with the same answers from SELF";
				}
				else if (!result.equals(forSelf)) {
					problem = "The respondent changes the result; for SELF it was " + forSelf + ",";
				}
				found.respondentChanges = firstProblem(found.respondentChanges, problem, answers, result);
				found.respondentPairs++;
			}
		}
		walk = found;
	}

	@Test
	void theSpaceIsTheWholeAnswerSpace() {
		// 12 counts x 8 crises x 3 x 2 x 3 x 3 x 2 x 2 x 3 x 2 x 2 (the answers ordered
		// by
		// risk, pregnant last) x 2 substance sets x 2 x 2 x 2 x 2 (the answers held
		// fixed, the v1.1 advice answers, respondent last)
		assertThat(CASES).isEqualTo(12 * 8 * 3 * 2 * 3 * 3 * 2 * 2 * 3 * 2 * 2 * 2 * 2 * 2 * 2 * 2)
			.isEqualTo(7_962_624);
		assertThat(TABLE).extracting(Row::rule).containsExactly(Rule.values());
	}

	@Test
	void riskierAnswerNeverGivesALowerLevel() {
		byte[] intensity = walk.intensity;
		// The risk orders are total orders, so comparing each case with every case one
		// answer one step riskier is enough: any riskier answer is reached by a chain
		// of such steps, and "never lower" carries along the chain.
		long comparisons = 0;
		for (int i = 0; i < CASES; i++) {
			for (Dim dim : Dim.values()) {
				if (dim.orderedByRisk && digit(i, dim) < dim.size - 1) {
					int riskier = i + dim.stride;
					comparisons++;
					if (intensity[riskier] < intensity[i]) {
						PlacementRules rules = new PlacementRules();
						fail("One step riskier in " + dim + " lowers the level from "
								+ rules.recommend(answersAt(i)).level() + " to "
								+ rules.recommend(answersAt(riskier)).level() + ": " + describe(answersAt(i)) + " -> "
								+ describe(answersAt(riskier)));
					}
				}
			}
		}
		long expected = 0;
		for (Dim dim : Dim.values()) {
			if (dim.orderedByRisk) {
				// (size - 1) steps up this answer, for each combination of the others
				expected += (long) (dim.size - 1) * (CASES / dim.size);
			}
		}
		assertThat(comparisons).isEqualTo(expected).isEqualTo(60_383_232L);
	}

	@Test
	void noV11AnswerButPregnantChangesALevel() {
		byte[] intensity = walk.intensity;
		int compared = 0;
		for (int i = 0; i < CASES; i++) {
			if (digit(i, Dim.ADVICE) == 1) {
				compared++;
				if (intensity[i] != intensity[i - Dim.ADVICE.stride]) {
					fail("The v1.1 advice answers change the level: " + describe(answersAt(i - Dim.ADVICE.stride))
							+ " -> " + describe(answersAt(i)));
				}
			}
		}
		assertThat(compared).isEqualTo(CASES / 2);
	}

	@Test
	void pregnancyCountsAsMedicalMonitoring() {
		// Pregnant and medical monitoring give the same level wherever either is given
		// alone: R3 reads "medicalMonitoringNeeded or pregnant".
		byte[] intensity = walk.intensity;
		int changed = 0;
		for (int i = 0; i < CASES; i++) {
			if (digit(i, Dim.PREGNANT) == 1 && digit(i, Dim.MEDICAL_MONITORING_NEEDED) == 0) {
				int monitoredInstead = i - Dim.PREGNANT.stride + Dim.MEDICAL_MONITORING_NEEDED.stride;
				assertThat(intensity[i]).isEqualTo(intensity[monitoredInstead]);
				if (intensity[i] != intensity[i - Dim.PREGNANT.stride]) {
					changed++;
				}
			}
		}
		// And it matters: some results go up with it.
		assertThat(changed).isPositive();
	}

	@Test
	void exactlyOneRuleDecidesTheFirstThatMatchesTheSpecTable() {
		failIfAny(walk.wrongRule);
		// Every rule, and both of R5's levels, are reached by the space.
		assertThat(walk.decided).containsOnlyKeys(Rule.values());
		assertThat(walk.decided.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CASES);
		assertThat(walk.stepDownsToOutpatient).isPositive().isLessThan(walk.decided.get(Rule.R5));
	}

	@Test
	void everyResultExplainsItselfConsistently() {
		failIfAny(walk.inconsistent);
		assertThat(walk.decided.get(Rule.R1)).isEqualTo(CASES / 8 * 7);
	}

	@Test
	void namedCautionsAppearExactlyWhenTheirAnswersCallForThem() {
		failIfAny(walk.wrongCaution);
	}

	@Test
	void respondentNeverChangesTheResult() {
		failIfAny(walk.respondentChanges);
		assertThat(walk.respondentPairs).isEqualTo(CASES / 2);
	}

	/**
	 * Which rule should decide by the spec table, and the level it gives; what is wrong,
	 * or {@code null}.
	 */
	private static String wrongRule(Answers answers, Recommendation result) {
		Row first = null;
		List<Rule> matching = new ArrayList<>();
		for (Row row : TABLE) {
			if (row.when().test(answers)) {
				matching.add(row.rule());
				first = (first != null) ? first : row;
			}
		}
		if (first == null) {
			return "No rule of the table matches";
		}
		if (result.decidedBy() != first.rule()) {
			return "Decided by " + result.decidedBy() + " but the first matching rule is " + first.rule();
		}
		if (result.level() != first.level().apply(answers)) {
			return first.rule() + " gives " + first.level().apply(answers) + " but the result is " + result.level();
		}
		if (result.decidedBy() == Rule.R11 && !matching.equals(List.of(Rule.R11))) {
			return "R11 reached although " + matching + " match";
		}
		return null;
	}

	/**
	 * What is wrong with one result, or {@code null}.
	 */
	private static String inconsistency(Answers answers, Recommendation result) {
		List<Reason> reasons = result.reasons();
		Set<Reason.Code> seen = EnumSet.noneOf(Reason.Code.class);
		boolean reasonSeen = false;
		boolean cautionSeen = false;
		for (Reason reason : reasons) {
			if (!seen.add(reason.code())) {
				return reason.code() + " appears twice";
			}
			if (reason.kind() == Reason.Kind.CAUTION) {
				cautionSeen = true;
			}
			else if (cautionSeen) {
				return "REASON " + reason.code() + " after a CAUTION";
			}
			else {
				reasonSeen = true;
			}
		}
		if (!reasonSeen) {
			return "No REASON-kind entry";
		}
		if (!"1.1".equals(result.rulesVersion())) {
			return "Rules version is not 1.1";
		}
		if (result.criteriaCount() != answers.criteria().size()) {
			return "Criteria count is not " + answers.criteria().size();
		}
		if (result.severity() != specSeverity(answers)) {
			return "Severity is not " + specSeverity(answers);
		}
		if (result.isEmergency() != anyCrisis(answers) || (result.level() == Level.EMERGENCY) != anyCrisis(answers)) {
			return "EMERGENCY is not exactly the results with a crisis answer";
		}
		if (result.isEmergency() && !reasons.equals(crisisReasons(answers))) {
			return "An emergency does not list exactly the crisis answers";
		}
		Reason.Code expectedFirst = decidingCode(result.decidedBy(), answers);
		if (!reasons.get(0).equals(new Reason(expectedFirst, Reason.Kind.REASON))) {
			return "The deciding rule's reason " + expectedFirst + " does not come first";
		}
		return null;
	}

	/**
	 * The cautions the policy names, for a result that is not an emergency; what is
	 * wrong, or {@code null}.
	 */
	private static String wrongCaution(Answers answers, Recommendation result) {
		Level level = result.level();
		boolean alcoholOrBenzodiazepines = answers.substances().contains(Substance.ALCOHOL)
				|| answers.substances().contains(Substance.BENZODIAZEPINES);
		if (answers.needsFlexibility() && level == Level.IOP && !hasCaution(result, Reason.Code.NEEDS_FLEXIBILITY)) {
			return "No NEEDS_FLEXIBILITY caution with IOP";
		}
		if (answers.needsFlexibility() && level == Level.INPATIENT && !hasCaution(result, Reason.Code.ARRANGE_LEAVE)) {
			return "No ARRANGE_LEAVE caution with INPATIENT";
		}
		if (level != Level.INPATIENT && has(result, Reason.Code.ARRANGE_LEAVE)) {
			return "ARRANGE_LEAVE without INPATIENT";
		}
		if (level == Level.INPATIENT && has(result, Reason.Code.NEEDS_FLEXIBILITY)) {
			return "NEEDS_FLEXIBILITY (keep working) with INPATIENT";
		}
		if (!answers.needsFlexibility()
				&& (has(result, Reason.Code.NEEDS_FLEXIBILITY) || has(result, Reason.Code.ARRANGE_LEAVE))) {
			return "A flexibility caution without needsFlexibility";
		}
		if ((answers.canAttend() == CanAttend.UNSURE && level == Level.IOP) != hasCaution(result,
				Reason.Code.ATTENDANCE_UNSURE)
				|| (has(result, Reason.Code.ATTENDANCE_UNSURE) && !hasCaution(result, Reason.Code.ATTENDANCE_UNSURE))) {
			return "ATTENDANCE_UNSURE is not a caution exactly when attendance is unsure with IOP";
		}
		if ((answers.withdrawalHistory() == WithdrawalHistory.UNCOMPLICATED && alcoholOrBenzodiazepines) != hasCaution(
				result, Reason.Code.MEDICAL_CHECK_BEFORE_STOPPING)) {
			return "MEDICAL_CHECK_BEFORE_STOPPING is not a caution exactly with an uncomplicated withdrawal "
					+ "from alcohol or benzodiazepines";
		}
		// Issue 25, U4: mental health out of control says what to do if it is bad now,
		// on every result.
		if (answers.mentalHealth() == MentalHealth.UNSTABLE && !has(result, Reason.Code.MENTAL_HEALTH_UNSTABLE)
				&& !has(result, Reason.Code.MENTAL_HEALTH_SUPPORT)) {
			return "Mental health out of control without what to do now";
		}
		boolean opioids = answers.substances().contains(Substance.OPIOIDS);
		if (opioids && level == Level.INPATIENT && !hasCaution(result, Reason.Code.OPIOID_TOLERANCE_DROPS)) {
			return "No OPIOID_TOLERANCE_DROPS caution with opioids where a stay is suggested";
		}
		if ((opioids && alcoholOrBenzodiazepines) != hasCaution(result, Reason.Code.OPIOIDS_WITH_SEDATIVES)) {
			return "OPIOIDS_WITH_SEDATIVES is not a caution exactly with opioids and alcohol or benzodiazepines";
		}
		Reason.Sedatives chosen = Reason.Sedatives.of(answers.substances().contains(Substance.ALCOHOL),
				answers.substances().contains(Substance.BENZODIAZEPINES));
		for (Reason reason : result.reasons()) {
			if (reason.sedatives() != Reason.Sedatives.NONE && reason.sedatives() != chosen) {
				return reason.code() + " names " + reason.sedatives() + " but the substances chosen are "
						+ answers.substances();
			}
		}
		if ((answers.medicalMonitoringNeeded() && !severe(answers)) != hasCaution(result,
				Reason.Code.COORDINATE_WITH_DOCTOR)) {
			return "COORDINATE_WITH_DOCTOR is not a caution exactly when monitoring is needed below severe";
		}
		// Policy v1.1: each answer's advice exactly when it is given.
		Background more = answers.background();
		boolean onMedication = Boolean.TRUE.equals(more.opioidMedicationNow());
		if ((opioids && onMedication) != hasCaution(result, Reason.Code.KEEP_OPIOID_MEDICATION)
				|| (opioids && !onMedication) != hasCaution(result, Reason.Code.OPIOID_MEDICATION)) {
			return "KEEP_OPIOID_MEDICATION is not the caution exactly for opioids with medication now, "
					+ "and OPIOID_MEDICATION for opioids without";
		}
		boolean pregnant = Boolean.TRUE.equals(more.pregnant());
		if (pregnant != hasCaution(result, Reason.Code.PREGNANCY)
				|| (pregnant && opioids) != hasCaution(result, Reason.Code.PREGNANCY_OPIOIDS)) {
			return "PREGNANCY (and with opioids PREGNANCY_OPIOIDS) is not a caution exactly when pregnant";
		}
		if (Boolean.TRUE.equals(more.pastOverdose()) != hasCaution(result, Reason.Code.PAST_OVERDOSE)) {
			return "PAST_OVERDOSE is not a caution exactly after an overdose";
		}
		if ((more.ageGroup() == AgeGroup.UNDER_18) != hasCaution(result, Reason.Code.UNDER_18)) {
			return "UNDER_18 is not a caution exactly under 18";
		}
		if ((more.readiness() == Readiness.UNSURE || more.readiness() == Readiness.NOT_READY) != hasCaution(result,
				Reason.Code.NOT_SURE_READY)) {
			return "NOT_SURE_READY is not a caution exactly when unsure or not ready";
		}
		return null;
	}

	/**
	 * The code of the reason of the rule that decided.
	 */
	private static Reason.Code decidingCode(Rule rule, Answers a) {
		return switch (rule) {
			case R1 -> crisisReasons(a).get(0).code();
			case R2 -> Reason.Code.WITHDRAWAL_SEIZURES_OR_DELIRIUM;
			case R3 -> Reason.Code.SEVERE_WITH_CO_OCCURRING;
			case R4 -> Reason.Code.MENTAL_HEALTH_UNSTABLE;
			case R5 -> Reason.Code.STEP_DOWN_AFTER_INPATIENT;
			case R6 -> Reason.Code.SUBSTANCE_USE_AT_HOME;
			case R7 -> (a.canAttend() == CanAttend.NO) ? Reason.Code.CANNOT_ATTEND : Reason.Code.UNSTABLE_HOUSING;
			case R8 -> Reason.Code.NO_SUPPORT;
			case R9 -> Reason.Code.MODERATE_OR_SEVERE;
			case R10 -> Reason.Code.RELAPSE_AFTER_TREATMENT;
			case R11 -> mild(a) ? Reason.Code.MILD_SIGNS : Reason.Code.FEW_SIGNS;
		};
	}

	private static List<Reason> crisisReasons(Answers a) {
		List<Reason> reasons = new ArrayList<>();
		if (a.crisis().suicidalThoughts()) {
			reasons.add(new Reason(Reason.Code.SUICIDAL_THOUGHTS, Reason.Kind.REASON));
		}
		if (a.crisis().overdoseOrMedicalEmergency()) {
			reasons.add(new Reason(Reason.Code.OVERDOSE_OR_MEDICAL_EMERGENCY, Reason.Kind.REASON));
		}
		if (a.crisis().severeWithdrawalNow()) {
			reasons.add(new Reason(Reason.Code.SEVERE_WITHDRAWAL_NOW, Reason.Kind.REASON));
		}
		return reasons;
	}

	private static boolean has(Recommendation result, Reason.Code code) {
		return result.reasons().stream().anyMatch((reason) -> reason.code() == code);
	}

	private static boolean hasCaution(Recommendation result, Reason.Code code) {
		return result.reasons()
			.stream()
			.anyMatch((reason) -> reason.code() == code && reason.kind() == Reason.Kind.CAUTION);
	}

	// Severity straight from the spec's thresholds, not from Severity.of.

	private static Severity specSeverity(Answers a) {
		int count = a.criteria().size();
		if (count <= 1) {
			return Severity.NONE;
		}
		if (count <= 3) {
			return Severity.MILD;
		}
		return (count <= 5) ? Severity.MODERATE : Severity.SEVERE;
	}

	private static boolean noSeverity(Answers a) {
		return a.criteria().size() <= 1;
	}

	private static boolean mild(Answers a) {
		return a.criteria().size() >= 2 && a.criteria().size() <= 3;
	}

	private static boolean moderatePlus(Answers a) {
		return a.criteria().size() >= 4;
	}

	private static boolean severe(Answers a) {
		return a.criteria().size() >= 6;
	}

	private static boolean anyCrisis(Answers a) {
		return a.crisis().suicidalThoughts() || a.crisis().overdoseOrMedicalEmergency()
				|| a.crisis().severeWithdrawalNow();
	}

	/** The policy's order of the levels, not their declaration order. */
	private static byte intensity(Level level) {
		return switch (level) {
			case OUTPATIENT -> 0;
			case IOP -> 1;
			case INPATIENT -> 2;
			case EMERGENCY -> 3;
		};
	}

	private static int digit(int index, Dim dim) {
		return (index / dim.stride) % dim.size;
	}

	private static Answers answersAt(int i) {
		int crisis = digit(i, Dim.SUICIDAL_THOUGHTS) * 4 + digit(i, Dim.OVERDOSE_OR_MEDICAL_EMERGENCY) * 2
				+ digit(i, Dim.SEVERE_WITHDRAWAL_NOW);
		return new Answers(Respondent.values()[digit(i, Dim.RESPONDENT)], CRISES[crisis],
				CRITERIA_BY_COUNT.get(digit(i, Dim.CRITERIA)), SUBSTANCE_SETS.get(digit(i, Dim.SUBSTANCES)),
				WITHDRAWAL_BY_RISK[digit(i, Dim.WITHDRAWAL_HISTORY)],
				FALSE_TRUE[digit(i, Dim.MEDICAL_MONITORING_NEEDED)], MENTAL_HEALTH_BY_RISK[digit(i, Dim.MENTAL_HEALTH)],
				SUPPORT_BY_RISK[digit(i, Dim.SUPPORT)], STABLE_HOUSING_BY_RISK[digit(i, Dim.STABLE_HOUSING)],
				FALSE_TRUE[digit(i, Dim.SUBSTANCE_USE_AT_HOME)], CAN_ATTEND_BY_RISK[digit(i, Dim.CAN_ATTEND)],
				FALSE_TRUE[digit(i, Dim.NEEDS_FLEXIBILITY)], FALSE_TRUE[digit(i, Dim.RECENT_INPATIENT_DISCHARGE)],
				FALSE_TRUE[digit(i, Dim.RELAPSED_AFTER_TREATMENT)], background(i));
	}

	private static Background background(int i) {
		Boolean pregnant = (digit(i, Dim.PREGNANT) == 1) ? Boolean.TRUE : null;
		if (digit(i, Dim.ADVICE) == 0) {
			return new Background(null, null, pregnant, null, null);
		}
		Background advice = ADVICE.get((digit(i, Dim.CRITERIA) + digit(i, Dim.WITHDRAWAL_HISTORY)) % ADVICE.size());
		boolean opioids = SUBSTANCE_SETS.get(digit(i, Dim.SUBSTANCES)).contains(Substance.OPIOIDS);
		return new Background(advice.readiness(), advice.pastOverdose(), pregnant, advice.ageGroup(),
				opioids ? advice.opioidMedicationNow() : null);
	}

	/** Crisis combinations indexed by suicidal * 4 + overdose * 2 + severe withdrawal. */
	private static Crisis[] crises() {
		Crisis[] crises = new Crisis[8];
		for (boolean suicidal : FALSE_TRUE) {
			for (boolean overdose : FALSE_TRUE) {
				for (boolean severeWithdrawal : FALSE_TRUE) {
					crises[(suicidal ? 4 : 0) + (overdose ? 2 : 0) + (severeWithdrawal ? 1 : 0)] = new Crisis(suicidal,
							overdose, severeWithdrawal);
				}
			}
		}
		return crises;
	}

	private static List<Set<Criterion>> criteriaByCount() {
		List<Set<Criterion>> byCount = new ArrayList<>();
		for (int count = 0; count <= 11; count++) {
			byCount.add(AnswersBuilder.firstCriteria(count));
		}
		return byCount;
	}

	private static Answers withRespondent(Answers a, Respondent respondent) {
		return new Answers(respondent, a.crisis(), a.criteria(), a.substances(), a.withdrawalHistory(),
				a.medicalMonitoringNeeded(), a.mentalHealth(), a.support(), a.stableHousing(), a.substanceUseAtHome(),
				a.canAttend(), a.needsFlexibility(), a.recentInpatientDischarge(), a.relapsedAfterTreatment(),
				a.background());
	}

	private static String describe(Answers a) {
		return "respondent=" + a.respondent() + ", crisis=" + a.crisis() + ", criteria=" + a.criteria().size()
				+ ", substances=" + a.substances() + ", withdrawalHistory=" + a.withdrawalHistory()
				+ ", medicalMonitoringNeeded=" + a.medicalMonitoringNeeded() + ", mentalHealth=" + a.mentalHealth()
				+ ", support=" + a.support() + ", stableHousing=" + a.stableHousing() + ", substanceUseAtHome="
				+ a.substanceUseAtHome() + ", canAttend=" + a.canAttend() + ", needsFlexibility=" + a.needsFlexibility()
				+ ", recentInpatientDischarge=" + a.recentInpatientDischarge() + ", relapsedAfterTreatment="
				+ a.relapsedAfterTreatment() + ", " + a.background();
	}

	private static String firstProblem(String found, String problem, Answers answers, Recommendation result) {
		if (found != null || problem == null) {
			return found;
		}
		return problem + " (result " + result + ") for answers " + describe(answers);
	}

	private static void failIfAny(String problem) {
		if (problem != null) {
			fail(problem);
		}
	}

	/** What the one walk over the whole space found. */
	private static final class Walk {

		final byte[] intensity = new byte[CASES];

		final Map<Rule, Integer> decided = new EnumMap<>(Rule.class);

		int stepDownsToOutpatient;

		int respondentPairs;

		// The first problem of each kind, naming the answers, or null.

		String wrongRule;

		String inconsistent;

		String wrongCaution;

		String respondentChanges;

	}

	/** One row of the policy's rules table. */
	private record Row(Rule rule, Predicate<Answers> when, Function<Answers, Level> level) {

	}

}
