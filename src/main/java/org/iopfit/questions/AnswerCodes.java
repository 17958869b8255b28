package org.iopfit.questions;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.iopfit.placement.AgeGroup;
import org.iopfit.placement.CanAttend;
import org.iopfit.placement.Criterion;
import org.iopfit.placement.MentalHealth;
import org.iopfit.placement.Readiness;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Substance;
import org.iopfit.placement.Support;
import org.iopfit.placement.WithdrawalHistory;

import static org.iopfit.questions.Question.*;

/**
 * The numbers that stand for each question and each choice in stored answers
 * ({@link Draft#toBytes()}): in the answers cookie, a phone call's draft and every saved
 * screening row. The order of {@link Question} and of the answer enums is free to change;
 * these numbers are not. A new question or choice takes a number never used before; one
 * taken out leaves its number in {@link #RETIRED_QUESTIONS} or {@link #RETIRED_CHOICES},
 * so that no later one is read from rows that meant the old one. The table lives here,
 * not in the enums of the rules, because storage is no concern of the rules.
 */
final class AnswerCodes {

	/** Every question and, for those with choices, every choice. */
	private static final List<Entry> TABLE = List.of(
			question(RESPONDENT, 1, choice(Respondent.SELF, 1), choice(Respondent.SOMEONE_ELSE, 2)),
			question(SUICIDAL_THOUGHTS, 2), question(OVERDOSE_OR_MEDICAL_EMERGENCY, 3),
			question(SEVERE_WITHDRAWAL_NOW, 4),
			question(SUBSTANCES, 5, choice(Substance.ALCOHOL, 1), choice(Substance.OPIOIDS, 2),
					choice(Substance.BENZODIAZEPINES, 3), choice(Substance.STIMULANTS, 4),
					choice(Substance.CANNABIS, 5), choice(Substance.OTHER, 6)),
			question(CRITERIA, 6, choice(Criterion.LARGER_OR_LONGER, 1), choice(Criterion.CANNOT_CUT_DOWN, 2),
					choice(Criterion.TIME_SPENT, 3), choice(Criterion.CRAVING, 4), choice(Criterion.ROLE_FAILURE, 5),
					choice(Criterion.SOCIAL_PROBLEMS, 6), choice(Criterion.ACTIVITIES_GIVEN_UP, 7),
					choice(Criterion.HAZARDOUS_USE, 8), choice(Criterion.HARM_CONTINUED, 9),
					choice(Criterion.TOLERANCE, 10), choice(Criterion.WITHDRAWAL, 11)),
			question(WITHDRAWAL_HISTORY, 7, choice(WithdrawalHistory.NONE, 1),
					choice(WithdrawalHistory.UNCOMPLICATED, 2), choice(WithdrawalHistory.SEIZURES_OR_DELIRIUM, 3)),
			question(MEDICAL_MONITORING_NEEDED, 8),
			question(MENTAL_HEALTH, 9, choice(MentalHealth.NONE, 1), choice(MentalHealth.STABLE, 2),
					choice(MentalHealth.UNSTABLE, 3)),
			question(SUPPORT, 10, choice(Support.STRONG, 1), choice(Support.SOME, 2), choice(Support.NONE, 3)),
			question(STABLE_HOUSING, 11), question(SUBSTANCE_USE_AT_HOME, 12),
			question(CAN_ATTEND, 13, choice(CanAttend.YES, 1), choice(CanAttend.UNSURE, 2), choice(CanAttend.NO, 3)),
			question(NEEDS_FLEXIBILITY, 14), question(RECENT_INPATIENT_DISCHARGE, 15),
			question(RELAPSED_AFTER_TREATMENT, 16),
			// Policy v1.1: absent from everything stored before it.
			question(READINESS, 17, choice(Readiness.READY, 1), choice(Readiness.UNSURE, 2),
					choice(Readiness.NOT_READY, 3)),
			question(PAST_OVERDOSE, 18), question(PREGNANT, 19), question(AGE_GROUP, 20, choice(AgeGroup.UNDER_18, 1),
					choice(AgeGroup.AGE_18_TO_25, 2), choice(AgeGroup.AGE_26_OR_OVER, 3)),
			question(OPIOID_MEDICATION_NOW, 21));

	/**
	 * Numbers of questions no longer asked: an answer to one is passed over when read,
	 * and the number is never given again.
	 */
	static final Set<Integer> RETIRED_QUESTIONS = Set.of();

	/**
	 * Numbers of choices no longer offered, by question number: never given again, and an
	 * answer with one is refused (what it should now mean is a decision to take, not a
	 * guess).
	 */
	static final Map<Integer, Set<Integer>> RETIRED_CHOICES = Map.of();

	private static final Map<Question, Entry> BY_QUESTION = indexByQuestion();

	private static final Map<Integer, Entry> BY_CODE = indexByCode();

	private AnswerCodes() {
	}

	/** The questions in the order of their numbers, the order they are written in. */
	static List<Question> inCodeOrder() {
		return BY_CODE.values().stream().map(Entry::question).toList();
	}

	static int code(Question question) {
		return BY_QUESTION.get(question).code();
	}

	/**
	 * The question with a number.
	 * @param code a number read
	 * @return the question, or empty when the number is retired
	 * @throws IllegalArgumentException when the number was never given
	 */
	static Optional<Question> readQuestion(int code) {
		Entry entry = BY_CODE.get(code);
		if (entry != null) {
			return Optional.of(entry.question());
		}
		if (RETIRED_QUESTIONS.contains(code)) {
			return Optional.empty();
		}
		throw new IllegalArgumentException("Unknown question");
	}

	static int code(Question question, Enum<?> choice) {
		Integer code = BY_QUESTION.get(question).codes().get(choice);
		if (code == null) {
			throw new IllegalArgumentException("Not a choice of this question");
		}
		return code;
	}

	/**
	 * The choice with a number.
	 * @param question the question
	 * @param code a number read
	 * @return the choice
	 * @throws IllegalArgumentException when the number stands for no choice of the
	 * question now
	 */
	static Enum<?> readChoice(Question question, int code) {
		Enum<?> choice = BY_QUESTION.get(question).choices().get(code);
		if (choice == null) {
			throw new IllegalArgumentException("Unknown choice");
		}
		return choice;
	}

	private static Entry question(Question question, int code, Choice... choices) {
		Map<Enum<?>, Integer> codes = new LinkedHashMap<>();
		Map<Integer, Enum<?>> byCode = new HashMap<>();
		for (Choice choice : choices) {
			if (codes.put(choice.value(), choice.code()) != null || byCode.put(choice.code(), choice.value()) != null) {
				throw new IllegalStateException(question + " has " + choice.value() + " or its number twice");
			}
		}
		return new Entry(question, code, Collections.unmodifiableMap(codes), Collections.unmodifiableMap(byCode));
	}

	private static Choice choice(Enum<?> value, int code) {
		return new Choice(value, code);
	}

	/** Fails the start when a question or a choice has no number, or two share one. */
	private static Map<Question, Entry> indexByQuestion() {
		Map<Question, Entry> byQuestion = new EnumMap<>(Question.class);
		for (Entry entry : TABLE) {
			if (byQuestion.put(entry.question(), entry) != null) {
				throw new IllegalStateException(entry.question() + " is twice in the table");
			}
			check(entry.code(), entry.question().toString());
			if (RETIRED_QUESTIONS.contains(entry.code())) {
				throw new IllegalStateException(entry.question() + " has a retired number");
			}
			Set<Integer> retired = RETIRED_CHOICES.getOrDefault(entry.code(), Set.of());
			entry.choices().forEach((code, choice) -> {
				check(code, entry.question() + "." + choice);
				if (retired.contains(code)) {
					throw new IllegalStateException(entry.question() + "." + choice + " has a retired number");
				}
			});
			List<String> named = entry.choices().values().stream().map(Enum::name).toList();
			if (entry.question().kind() != Kind.YES_NO && (named.size() != entry.question().choices().size()
					|| !named.containsAll(entry.question().choices()))) {
				throw new IllegalStateException(entry.question() + ": every choice needs one number");
			}
		}
		for (Question question : Question.all()) {
			if (!byQuestion.containsKey(question)) {
				throw new IllegalStateException(question + " has no number in the table");
			}
		}
		return Collections.unmodifiableMap(byQuestion);
	}

	private static Map<Integer, Entry> indexByCode() {
		Map<Integer, Entry> byCode = new TreeMap<>();
		for (Entry entry : TABLE) {
			if (byCode.put(entry.code(), entry) != null) {
				throw new IllegalStateException(entry.question() + " shares its number");
			}
		}
		return Collections.unmodifiableMap(byCode);
	}

	private static void check(int code, String what) {
		if (code < 1 || code > 255) {
			throw new IllegalStateException(what + " needs a number from 1 to 255 (one byte)");
		}
	}

	private record Choice(Enum<?> value, int code) {
	}

	private record Entry(Question question, int code, Map<Enum<?>, Integer> codes, Map<Integer, Enum<?>> choices) {
	}

}
