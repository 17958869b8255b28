package org.iopfit.questions;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.iopfit.placement.AgeGroup;
import org.iopfit.placement.Background;
import org.iopfit.placement.Level;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Stored answers keep their meaning: bytes in a visitor's cookie, a phone call's draft or
 * a saved screening row read back as the answers that were given, whatever the format
 * they were written in. The bytes here are fixed: a change that makes them read as other
 * answers, or makes today's answers write other bytes, fails.
 */
class StoredAnswersTest {

	/** Every question answered, with several choices in each list. */
	private static final Draft FULL = draft(Map.ofEntries(Map.entry(Question.RESPONDENT, List.of("SOMEONE_ELSE")),
			Map.entry(Question.SUICIDAL_THOUGHTS, List.of("false")),
			Map.entry(Question.OVERDOSE_OR_MEDICAL_EMERGENCY, List.of("false")),
			Map.entry(Question.SEVERE_WITHDRAWAL_NOW, List.of("false")),
			Map.entry(Question.SUBSTANCES, List.of("ALCOHOL", "OPIOIDS", "OTHER")),
			Map.entry(Question.CRITERIA, List.of("CANNOT_CUT_DOWN", "CRAVING", "TOLERANCE", "WITHDRAWAL")),
			Map.entry(Question.WITHDRAWAL_HISTORY, List.of("UNCOMPLICATED")),
			Map.entry(Question.MEDICAL_MONITORING_NEEDED, List.of("false")),
			Map.entry(Question.MENTAL_HEALTH, List.of("UNSTABLE")), Map.entry(Question.SUPPORT, List.of("SOME")),
			Map.entry(Question.STABLE_HOUSING, List.of("true")),
			Map.entry(Question.SUBSTANCE_USE_AT_HOME, List.of("false")),
			Map.entry(Question.CAN_ATTEND, List.of("UNSURE")), Map.entry(Question.NEEDS_FLEXIBILITY, List.of("true")),
			Map.entry(Question.RECENT_INPATIENT_DISCHARGE, List.of("false")),
			Map.entry(Question.RELAPSED_AFTER_TREATMENT, List.of("true"))));

	/** Every question answered otherwise: every substance and every criterion. */
	private static final Draft FULL_OTHERWISE = draft(Map.ofEntries(Map.entry(Question.RESPONDENT, List.of("SELF")),
			Map.entry(Question.SUICIDAL_THOUGHTS, List.of("false")),
			Map.entry(Question.OVERDOSE_OR_MEDICAL_EMERGENCY, List.of("false")),
			Map.entry(Question.SEVERE_WITHDRAWAL_NOW, List.of("false")),
			Map.entry(Question.SUBSTANCES,
					List.of("ALCOHOL", "OPIOIDS", "BENZODIAZEPINES", "STIMULANTS", "CANNABIS", "OTHER")),
			Map.entry(Question.CRITERIA,
					List.of("LARGER_OR_LONGER", "CANNOT_CUT_DOWN", "TIME_SPENT", "CRAVING", "ROLE_FAILURE",
							"SOCIAL_PROBLEMS", "ACTIVITIES_GIVEN_UP", "HAZARDOUS_USE", "HARM_CONTINUED", "TOLERANCE",
							"WITHDRAWAL")),
			Map.entry(Question.WITHDRAWAL_HISTORY, List.of("SEIZURES_OR_DELIRIUM")),
			Map.entry(Question.MEDICAL_MONITORING_NEEDED, List.of("true")),
			Map.entry(Question.MENTAL_HEALTH, List.of("NONE")), Map.entry(Question.SUPPORT, List.of("NONE")),
			Map.entry(Question.STABLE_HOUSING, List.of("false")),
			Map.entry(Question.SUBSTANCE_USE_AT_HOME, List.of("true")), Map.entry(Question.CAN_ATTEND, List.of("NO")),
			Map.entry(Question.NEEDS_FLEXIBILITY, List.of("false")),
			Map.entry(Question.RECENT_INPATIENT_DISCHARGE, List.of("true")),
			Map.entry(Question.RELAPSED_AFTER_TREATMENT, List.of("false"))));

	/** Half way: the first choice of each, and no criteria. */
	private static final Draft PARTIAL = draft(Map.ofEntries(Map.entry(Question.RESPONDENT, List.of("SELF")),
			Map.entry(Question.SUICIDAL_THOUGHTS, List.of("false")),
			Map.entry(Question.OVERDOSE_OR_MEDICAL_EMERGENCY, List.of("false")),
			Map.entry(Question.SEVERE_WITHDRAWAL_NOW, List.of("false")),
			Map.entry(Question.SUBSTANCES, List.of("CANNABIS")), Map.entry(Question.CRITERIA, List.of()),
			Map.entry(Question.SUPPORT, List.of("STRONG")), Map.entry(Question.CAN_ATTEND, List.of("YES"))));

	/** Stopped at the safety questions. */
	private static final Draft CRISIS = draft(Map.ofEntries(Map.entry(Question.RESPONDENT, List.of("SOMEONE_ELSE")),
			Map.entry(Question.SUICIDAL_THOUGHTS, List.of("true")),
			Map.entry(Question.OVERDOSE_OR_MEDICAL_EMERGENCY, List.of("false")),
			Map.entry(Question.SEVERE_WITHDRAWAL_NOW, List.of("true"))));

	/** The two choices the drafts above leave out. */
	private static final Draft REST = draft(
			Map.of(Question.WITHDRAWAL_HISTORY, List.of("NONE"), Question.MENTAL_HEALTH, List.of("STABLE")));

	/**
	 * Format 2, as the code of commit 0ca6b06 wrote these answers (printed by its
	 * {@code Draft.toBytes()}): cookies, phone calls and rows saved before format 3.
	 */
	private static final Map<String, Draft> FORMAT_2 = golden("02", Draft.empty(),
			"02000101000200030004002305060a06010700080209010a010b000c010d010e000f01", FULL,
			"02000001000200030004003f0507ff06020701080009020a000b010c020d000e010f00", FULL_OTHERWISE,
			"02000001000200030004001005000009000c00", PARTIAL, "020001010102000301", CRISIS,
			// by hand, by format 2's rule (question 6 choice 0, question 8 choice 1)
			"0206000801", REST);

	/** Format 3, as it is written now. */
	private static final Map<String, Draft> FORMAT_3 = golden("03", Draft.empty(),
			"03" + "010102" + "020100" + "030100" + "040100" + "0503010206" + "060402040a0b" + "070102" + "080100"
					+ "090103" + "0a0102" + "0b0101" + "0c0100" + "0d0102" + "0e0101" + "0f0100" + "100101",
			FULL,
			"03" + "010101" + "020100" + "030100" + "040100" + "0506010203040506" + "060b0102030405060708090a0b"
					+ "070103" + "080101" + "090101" + "0a0103" + "0b0100" + "0c0101" + "0d0103" + "0e0100" + "0f0101"
					+ "100100",
			FULL_OTHERWISE, "03" + "010101" + "020100" + "030100" + "040100" + "050105" + "0600" + "0a0101" + "0d0101",
			PARTIAL, "03" + "010102" + "020101" + "030100" + "040101", CRISIS, "03" + "070101" + "090102", REST);

	@Test
	void answersStoredInFormat2ReadBackAsTheAnswersGiven() {
		FORMAT_2.forEach((hex, draft) -> assertThat(Draft.fromBytes(bytes(hex))).as(hex).isEqualTo(draft));
		assertThat(Draft.fromBytes(bytes(key(FORMAT_2, FULL))).toAnswers()).isEqualTo(FULL.toAnswers());
		assertThat(Draft.fromBytes(bytes(key(FORMAT_2, CRISIS))).anyCrisis()).isTrue();
	}

	@Test
	void answersAreWrittenInFormat3AndReadBack() {
		FORMAT_3.forEach((hex, draft) -> {
			assertThat(HexFormat.of().formatHex(draft.toBytes())).isEqualTo(hex);
			assertThat(Draft.fromBytes(bytes(hex))).as(hex).isEqualTo(draft);
		});
	}

	@Test
	void theAnswersOfPolicyV11TakeNumbers17To21AndAnswersStoredBeforeThemReadAsNotAsked() {
		Draft v11 = FULL.with(draft(Map.of(Question.READINESS, List.of("UNSURE"), Question.PAST_OVERDOSE,
				List.of("true"), Question.PREGNANT, List.of("false"), Question.AGE_GROUP, List.of("UNDER_18"),
				Question.OPIOID_MEDICATION_NOW, List.of("true"))));
		String hex = key(FORMAT_3, FULL) + "110102" + "120101" + "130100" + "140101" + "150101";

		assertThat(HexFormat.of().formatHex(v11.toBytes())).isEqualTo(hex);
		assertThat(Draft.fromBytes(bytes(hex))).isEqualTo(v11);
		assertThat(Draft.fromBytes(bytes(hex)).toAnswers().background())
			.isEqualTo(new Background(Readiness.UNSURE, true, false, AgeGroup.UNDER_18, true));
		// Saved before v1.1: complete, decided as before, none of the new answers.
		for (String before : List.of(key(FORMAT_3, FULL), key(FORMAT_2, FULL))) {
			Draft read = Draft.fromBytes(bytes(before));
			assertThat(read.isComplete()).as(before).isTrue();
			assertThat(read.toAnswers().background()).as(before).isEqualTo(Background.NONE);
			assertThat(new PlacementRules().recommend(read.toAnswers()).level()).isEqualTo(Level.INPATIENT);
		}
		// Opioid medication without opioids was not asked: not read.
		assertThat(Draft.fromBytes(bytes(key(FORMAT_3, PARTIAL) + "150101")))
			.isEqualTo(Draft.fromBytes(bytes(key(FORMAT_3, PARTIAL))));
		assertThatIllegalArgumentException().isThrownBy(() -> Draft.fromBytes(bytes("03" + "110104")));
		assertThatIllegalArgumentException().isThrownBy(() -> Draft.fromBytes(bytes("03" + "140100")));
		assertThatIllegalArgumentException().isThrownBy(() -> Draft.fromBytes(bytes("03" + "160100")));
	}

	@Test
	void answersInAnyOrderOfQuestionsAndChoicesReadTheSame() {
		assertThat(Draft.fromBytes(
				bytes("03" + "0d0101" + "0a0101" + "0600" + "050105" + "040100" + "030100" + "020100" + "010101")))
			.isEqualTo(PARTIAL);
		assertThat(Draft.fromBytes(bytes("03" + "0503060201"))).isEqualTo(Draft.fromBytes(bytes("03" + "0503010206")));
	}

	@Test
	void aQuestionNotAnsweredIsNotWrittenSoQuestionsAddedLaterNeedNoChangeToStoredAnswers() {
		assertThat(Draft.fromBytes(bytes("03" + "0a0101")))
			.isEqualTo(draft(Map.of(Question.SUPPORT, List.of("STRONG"))));
		assertThat(Draft.fromBytes(bytes("03"))).isEqualTo(Draft.empty());
	}

	@Test
	void bytesOfFormat3ThatAreNotAnswersAreRefused() {
		List<String> broken = List.of("04", "ff", "03" + "00" + "0101", "03" + "fe" + "0101", "03" + "0a",
				"03" + "0a01", "03" + "0a0104", "03" + "0a0100", "03" + "0a020102", "03" + "0a0101" + "0a0102",
				"03" + "0b0102", "03" + "0b00", "03" + "0b020100", "03" + "0500", "03" + "05020101", "03" + "0501ff",
				"03" + "06010c", "03" + "06030102");
		for (String hex : broken) {
			assertThatIllegalArgumentException().as(hex).isThrownBy(() -> Draft.fromBytes(bytes(hex)));
		}
	}

	@Test
	void bytesOfFormat2ThatAreNotAnswersAreRefused() {
		List<String> broken = List.of("02" + "63" + "00", "02" + "ff" + "00", "02" + "09" + "03", "02" + "0a" + "02",
				"02" + "04" + "0000", "02" + "05" + "f800", "02" + "09", "02" + "0900" + "0901");
		for (String hex : broken) {
			assertThatIllegalArgumentException().as(hex).isThrownBy(() -> Draft.fromBytes(bytes(hex)));
		}
	}

	@Test
	void anyBytesReadAsAnswersOrAreRefusedNeverFailOtherwise() {
		Random random = new Random(23);
		for (int i = 0; i < 5_000; i++) {
			byte[] bytes = new byte[1 + random.nextInt(12)];
			random.nextBytes(bytes);
			bytes[0] = (byte) (2 + random.nextInt(2));
			try {
				Draft read = Draft.fromBytes(bytes);
				assertThat(Draft.fromBytes(read.toBytes())).isEqualTo(read);
			}
			catch (IllegalArgumentException ex) {
				// refused, as bytes that are not answers must be
			}
		}
	}

	private static Map<String, Draft> golden(Object... hexAndDrafts) {
		Map<String, Draft> golden = new LinkedHashMap<>();
		for (int i = 0; i < hexAndDrafts.length; i += 2) {
			golden.put((String) hexAndDrafts[i], (Draft) hexAndDrafts[i + 1]);
		}
		return golden;
	}

	private static String key(Map<String, Draft> golden, Draft draft) {
		return golden.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(draft))
			.findFirst()
			.orElseThrow()
			.getKey();
	}

	private static byte[] bytes(String hex) {
		return HexFormat.of().parseHex(hex);
	}

	private static Draft draft(Map<Question, List<String>> answers) {
		Draft draft = Draft.empty();
		for (Map.Entry<Question, List<String>> answer : answers.entrySet()) {
			List<RawValue> raw = answer.getValue().stream().map(RawValue::formField).toList();
			Reading reading = AnswerReader.read(Map.of(answer.getKey().path(), raw), List.of(answer.getKey()));
			assertThat(reading.problems()).isEmpty();
			draft = draft.with(reading.answers());
		}
		return draft;
	}

}
