package org.iopfit.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads answers stored in format 2, which wrote each question and each choice by its
 * position in the enums of the time: cookies, phone calls and saved screenings written
 * before {@link AnswerCodes} still hold them. The positions are kept here by name, as
 * they were, so that the enums may change. Nothing writes this format any more.
 * <p>
 * These lists must never change: they say what bytes already stored mean. A question or
 * choice renamed keeps its old name here and is looked up by it in {@link #RENAMED}.
 */
final class OrdinalFormat {

	static final byte FORMAT = 2;

	/** The questions, in the order format 2 numbered them from 0. Never change. */
	private static final List<String> QUESTIONS = List.of("RESPONDENT", "SUICIDAL_THOUGHTS",
			"OVERDOSE_OR_MEDICAL_EMERGENCY", "SEVERE_WITHDRAWAL_NOW", "SUBSTANCES", "CRITERIA", "WITHDRAWAL_HISTORY",
			"MEDICAL_MONITORING_NEEDED", "MENTAL_HEALTH", "SUPPORT", "STABLE_HOUSING", "SUBSTANCE_USE_AT_HOME",
			"CAN_ATTEND", "NEEDS_FLEXIBILITY", "RECENT_INPATIENT_DISCHARGE", "RELAPSED_AFTER_TREATMENT");

	/**
	 * The choices of each question with choices, in the order format 2 numbered them from
	 * 0 (a list as bit 0 upwards). Never change.
	 */
	private static final Map<String, List<String>> CHOICES = Map.of("RESPONDENT", List.of("SELF", "SOMEONE_ELSE"),
			"SUBSTANCES", List.of("ALCOHOL", "OPIOIDS", "BENZODIAZEPINES", "STIMULANTS", "CANNABIS", "OTHER"),
			"CRITERIA",
			List.of("LARGER_OR_LONGER", "CANNOT_CUT_DOWN", "TIME_SPENT", "CRAVING", "ROLE_FAILURE", "SOCIAL_PROBLEMS",
					"ACTIVITIES_GIVEN_UP", "HAZARDOUS_USE", "HARM_CONTINUED", "TOLERANCE", "WITHDRAWAL"),
			"WITHDRAWAL_HISTORY", List.of("NONE", "UNCOMPLICATED", "SEIZURES_OR_DELIRIUM"), "MENTAL_HEALTH",
			List.of("NONE", "STABLE", "UNSTABLE"), "SUPPORT", List.of("STRONG", "SOME", "NONE"), "CAN_ATTEND",
			List.of("YES", "UNSURE", "NO"));

	/**
	 * Today's name of a question or choice renamed since format 2, by its name above
	 * ({@code QUESTION} or {@code QUESTION.CHOICE}).
	 */
	private static final Map<String, String> RENAMED = Map.of();

	private OrdinalFormat() {
	}

	static Draft read(byte[] bytes) {
		Draft.Builder answers = Draft.builder();
		int i = 1;
		while (i < bytes.length) {
			String name = QUESTIONS.get(bytes[i++]);
			Question question = Question.valueOf(RENAMED.getOrDefault(name, name));
			if (answers.has(question)) {
				throw new IllegalArgumentException("Repeated answer");
			}
			List<String> choices = CHOICES.getOrDefault(name, List.of());
			List<RawValue> raw = new ArrayList<>();
			if (question.isMultiple()) {
				int bits = ((bytes[i++] & 0xFF) << 8) | (bytes[i++] & 0xFF);
				for (int bit = 0; bit < 16; bit++) {
					if ((bits & (1 << bit)) != 0) {
						raw.add(RawValue.text(choice(name, choices.get(bit))));
					}
				}
			}
			else {
				int value = bytes[i++];
				if (question.kind() == Question.Kind.YES_NO) {
					if (value != 0 && value != 1) {
						throw new IllegalArgumentException("Not a yes/no");
					}
					raw.add(RawValue.bool(value == 1));
				}
				else {
					raw.add(RawValue.text(choice(name, choices.get(value))));
				}
			}
			answers.put(question, Draft.valid(question, raw));
		}
		return answers.build();
	}

	private static String choice(String question, String choice) {
		String renamed = RENAMED.get(question + "." + choice);
		return (renamed != null) ? renamed : choice;
	}

}
