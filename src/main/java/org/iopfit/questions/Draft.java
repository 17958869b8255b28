package org.iopfit.questions;

import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.iopfit.placement.AgeGroup;
import org.iopfit.placement.Answers;
import org.iopfit.placement.Background;
import org.iopfit.placement.CanAttend;
import org.iopfit.placement.Crisis;
import org.iopfit.placement.Criterion;
import org.iopfit.placement.MentalHealth;
import org.iopfit.placement.Readiness;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Substance;
import org.iopfit.placement.Support;
import org.iopfit.placement.WithdrawalHistory;

import static org.iopfit.questions.Question.*;

/**
 * The answers given so far, each valid on its own: a {@code Boolean} for yes/no, the enum
 * constant for one of several, an unmodifiable set of constants for a list. Immutable.
 */
public final class Draft {

	private static final Draft EMPTY = new Draft(new EnumMap<>(Question.class));

	private static final int FORMAT = 3;

	private final Map<Question, Object> values;

	private Draft(Map<Question, Object> values) {
		dropNotAsked(values);
		this.values = Collections.unmodifiableMap(values);
	}

	/**
	 * Takes out an answer to a question about a substance no longer chosen (opioid
	 * medication once opioids are unticked): it was not asked of these answers, and must
	 * not give advice about what they do not use.
	 */
	private static void dropNotAsked(Map<Question, Object> values) {
		Object substances = values.get(SUBSTANCES);
		if (substances instanceof Set<?> chosen) {
			values.keySet()
				.removeIf((question) -> question.askedWith()
					.filter((substance) -> !chosen.contains(substance))
					.isPresent());
		}
	}

	public static Draft empty() {
		return EMPTY;
	}

	static Builder builder() {
		return new Builder();
	}

	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	public boolean has(Question question) {
		return this.values.containsKey(question);
	}

	public Optional<Object> get(Question question) {
		return Optional.ofNullable(this.values.get(question));
	}

	/**
	 * The values given as sent ({@code true}, {@code false}, the enum names), for
	 * checking the inputs of a page again.
	 * @param question a question
	 * @return the names of the values given, empty when not answered
	 */
	public Set<String> selected(Question question) {
		Object value = this.values.get(question);
		if (value == null) {
			return Set.of();
		}
		if (value instanceof Set<?> set) {
			return set.stream().map((choice) -> ((Enum<?>) choice).name()).collect(Collectors.toUnmodifiableSet());
		}
		return Set.of((value instanceof Enum<?> choice) ? choice.name() : value.toString());
	}

	/**
	 * These answers with others put over them.
	 * @param newer answers that replace these where both have one
	 * @return the answers together
	 */
	public Draft with(Draft newer) {
		if (newer.isEmpty()) {
			return this;
		}
		Map<Question, Object> values = new EnumMap<>(Question.class);
		values.putAll(this.values);
		values.putAll(newer.values);
		return new Draft(values);
	}

	/**
	 * These answers without those of one page: what a page's post replaces, since a
	 * question left out there is no longer answered.
	 * @param step the page
	 * @return the answers of every other page
	 */
	public Draft without(Step step) {
		Map<Question, Object> values = new EnumMap<>(Question.class);
		this.values.forEach((question, value) -> {
			if (question.step() != step) {
				values.put(question, value);
			}
		});
		return values.isEmpty() ? EMPTY : new Draft(values);
	}

	/** Who answers, for the wording; "you" until the first page is answered. */
	public Respondent respondent() {
		return (Respondent) this.values.getOrDefault(RESPONDENT, Respondent.SELF);
	}

	/** Whether any "safety now" answer is yes. */
	public boolean anyCrisis() {
		return crisis().any();
	}

	/** The "safety now" answers given so far, an unanswered one as no. */
	public Crisis crisis() {
		return new Crisis(Boolean.TRUE.equals(this.values.get(SUICIDAL_THOUGHTS)),
				Boolean.TRUE.equals(this.values.get(OVERDOSE_OR_MEDICAL_EMERGENCY)),
				Boolean.TRUE.equals(this.values.get(SEVERE_WITHDRAWAL_NOW)));
	}

	/**
	 * The first page, before the one given, with a question it asks not answered yet: the
	 * questions of policy v1.1 included, so that answers begun before them are asked them
	 * too.
	 * @param before a page, or {@code null} for every page
	 * @return that page, or empty when every page before is complete
	 */
	public Optional<Step> firstIncompleteBefore(Step before) {
		for (Question question : Question.all()) {
			if (before != null && question.step().compareTo(before) >= 0) {
				break;
			}
			if (!has(question) && question.isAskedGiven(this)) {
				return Optional.of(question.step());
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the rules can decide: every question answered but those policy v1.1 added
	 * ({@link Question#isOptional()}), which screenings saved before it and the API's v1
	 * clients do not have. The pages ask for more: see {@link #firstIncompleteBefore}.
	 * @return whether {@link #toAnswers()} can be called
	 */
	public boolean isComplete() {
		for (Question question : Question.all()) {
			if (!question.isOptional() && !has(question)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The complete answers for the rules.
	 * @return the answers
	 * @throws IllegalStateException when a question is not answered yet
	 */
	public Answers toAnswers() {
		if (!isComplete()) {
			throw new IllegalStateException("Not every question is answered yet");
		}
		return new Answers(respondent(),
				new Crisis(yes(SUICIDAL_THOUGHTS), yes(OVERDOSE_OR_MEDICAL_EMERGENCY), yes(SEVERE_WITHDRAWAL_NOW)),
				set(CRITERIA, Criterion.class), set(SUBSTANCES, Substance.class),
				one(WITHDRAWAL_HISTORY, WithdrawalHistory.class), yes(MEDICAL_MONITORING_NEEDED),
				one(MENTAL_HEALTH, MentalHealth.class), one(SUPPORT, Support.class), yes(STABLE_HOUSING),
				yes(SUBSTANCE_USE_AT_HOME), one(CAN_ATTEND, CanAttend.class), yes(NEEDS_FLEXIBILITY),
				yes(RECENT_INPATIENT_DISCHARGE), yes(RELAPSED_AFTER_TREATMENT),
				new Background(one(READINESS, Readiness.class), (Boolean) this.values.get(PAST_OVERDOSE),
						(Boolean) this.values.get(PREGNANT), one(AGE_GROUP, AgeGroup.class),
						(Boolean) this.values.get(OPIOID_MEDICATION_NOW)));
	}

	private boolean yes(Question question) {
		return (Boolean) this.values.get(question);
	}

	private <E extends Enum<E>> E one(Question question, Class<E> type) {
		return type.cast(this.values.get(question));
	}

	@SuppressWarnings("unchecked") // the reader put only this question's constants in it
	private <E extends Enum<E>> Set<E> set(Question question, Class<E> type) {
		return (Set<E>) this.values.get(question);
	}

	/**
	 * The answers in a few bytes, to be read back by {@link #fromBytes(byte[])} after any
	 * change to the order of the questions or of their choices. The first byte is the
	 * format ({@value #FORMAT}); then, per answer in the order of the questions' numbers,
	 * the question's number from {@link AnswerCodes}, how many values follow, and the
	 * values: 0 or 1 for no or yes, a choice's number for one of several, and the numbers
	 * of the choices, smallest first, for a list. A question not answered is not written,
	 * so a question added later needs no change to what is stored.
	 * @return the bytes
	 */
	public byte[] toBytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 + 4 * this.values.size());
		out.write(FORMAT);
		for (Question question : AnswerCodes.inCodeOrder()) {
			Object value = this.values.get(question);
			if (value == null) {
				continue;
			}
			out.write(AnswerCodes.code(question));
			if (value instanceof Set<?> set) {
				int[] codes = set.stream()
					.mapToInt((choice) -> AnswerCodes.code(question, (Enum<?>) choice))
					.sorted()
					.toArray();
				out.write(codes.length);
				for (int code : codes) {
					out.write(code);
				}
			}
			else {
				out.write(1);
				out.write((value instanceof Enum<?> choice) ? AnswerCodes.code(question, choice)
						: ((Boolean) value) ? 1 : 0);
			}
		}
		return out.toByteArray();
	}

	/**
	 * Reads what {@link #toBytes()} writes, or wrote in an earlier format, checking every
	 * value as the reader does.
	 * @param bytes the bytes
	 * @return the answers
	 * @throws IllegalArgumentException when the bytes are not answers of a known format
	 */
	public static Draft fromBytes(byte[] bytes) {
		if (bytes.length == 0) {
			throw new IllegalArgumentException("Unknown format");
		}
		try {
			return switch (bytes[0]) {
				case FORMAT -> readCoded(bytes);
				case OrdinalFormat.FORMAT -> OrdinalFormat.read(bytes);
				default -> throw new IllegalArgumentException("Unknown format");
			};
		}
		catch (IndexOutOfBoundsException ex) {
			throw new IllegalArgumentException("Truncated or out of range", ex);
		}
	}

	private static Draft readCoded(byte[] bytes) {
		Builder answers = builder();
		int i = 1;
		while (i < bytes.length) {
			int code = bytes[i++] & 0xFF;
			int count = bytes[i++] & 0xFF;
			if (i + count > bytes.length) {
				throw new IllegalArgumentException("Truncated");
			}
			Optional<Question> read = AnswerCodes.readQuestion(code);
			if (read.isEmpty()) {
				i += count;
				continue;
			}
			Question question = read.get();
			if (answers.has(question)) {
				throw new IllegalArgumentException("Repeated answer");
			}
			if (!question.isMultiple() && count != 1) {
				throw new IllegalArgumentException("Not one value");
			}
			List<RawValue> raw = new ArrayList<>();
			for (int end = i + count; i < end; i++) {
				int value = bytes[i] & 0xFF;
				if (question.kind() == Kind.YES_NO) {
					if (value > 1) {
						throw new IllegalArgumentException("Not a yes/no");
					}
					raw.add(RawValue.bool(value == 1));
				}
				else {
					raw.add(RawValue.text(AnswerCodes.readChoice(question, value).name()));
				}
			}
			answers.put(question, valid(question, raw));
		}
		return answers.build();
	}

	static Object valid(Question question, List<RawValue> raw) {
		Reading reading = AnswerReader.read(Map.of(question.path(), raw), List.of(question));
		if (!reading.isValid()) {
			throw new IllegalArgumentException("Not a valid answer");
		}
		return reading.answers().values.get(question);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Draft draft) && this.values.equals(draft.values);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		// Answers are health information: never in a log line by accident.
		return "Draft[" + this.values.size() + " answers]";
	}

	/** Collects valid answers. */
	static final class Builder {

		private final Map<Question, Object> values = new EnumMap<>(Question.class);

		boolean has(Question question) {
			return this.values.containsKey(question);
		}

		void put(Question question, Object value) {
			this.values.put(question, value);
		}

		Draft build() {
			return this.values.isEmpty() ? EMPTY : new Draft(new EnumMap<>(this.values));
		}

	}

}
