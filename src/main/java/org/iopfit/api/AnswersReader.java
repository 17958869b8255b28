package org.iopfit.api;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.iopfit.placement.Answers;
import org.iopfit.placement.CanAttend;
import org.iopfit.placement.Crisis;
import org.iopfit.placement.Criterion;
import org.iopfit.placement.MentalHealth;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Substance;
import org.iopfit.placement.Support;
import org.iopfit.placement.WithdrawalHistory;

import static org.iopfit.api.AnswerField.*;

/**
 * Turns a JSON body into {@link Answers}, collecting every bad field rather than stopping
 * at the first, so a client can fix them all at once.
 */
final class AnswersReader {

	private final List<FieldProblem> problems = new ArrayList<>();

	private final Map<AnswerField, Object> values = new EnumMap<>(AnswerField.class);

	private AnswersReader() {
	}

	/**
	 * Reads the answers of a request body.
	 * @param body the parsed JSON body
	 * @return the answers
	 * @throws InvalidAnswersException naming every missing, unknown or wrong field
	 */
	static Answers read(JsonNode body) {
		return new AnswersReader().answers(body);
	}

	private Answers answers(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidAnswersException(
					List.of(new FieldProblem("", "The body must be a JSON object with the answers.")));
		}
		rejectUnknown(body, "", false);
		JsonNode crisis = body.get(CRISIS);
		if (crisis != null && !crisis.isNull() && !crisis.isObject()) {
			this.problems.add(new FieldProblem(CRISIS,
					"must be an object with suicidalThoughts, overdoseOrMedicalEmergency and severeWithdrawalNow."));
		}
		else if (crisis != null && crisis.isObject()) {
			rejectUnknown(crisis, CRISIS + ".", true);
		}
		for (AnswerField field : AnswerField.values()) {
			JsonNode parent = field.inCrisis() ? crisis : body;
			if (parent == null || parent.isObject()) {
				read(field, (parent != null) ? parent.get(field.property()) : null);
			}
		}
		if (!this.problems.isEmpty()) {
			throw new InvalidAnswersException(this.problems);
		}
		return new Answers(value(RESPONDENT, Respondent.class),
				new Crisis(yes(SUICIDAL_THOUGHTS), yes(OVERDOSE_OR_MEDICAL_EMERGENCY), yes(SEVERE_WITHDRAWAL_NOW)),
				set(CRITERIA, Criterion.class), set(SUBSTANCES, Substance.class),
				value(WITHDRAWAL_HISTORY, WithdrawalHistory.class), yes(MEDICAL_MONITORING_NEEDED),
				value(MENTAL_HEALTH, MentalHealth.class), value(SUPPORT, Support.class), yes(STABLE_HOUSING),
				yes(SUBSTANCE_USE_AT_HOME), value(CAN_ATTEND, CanAttend.class), yes(NEEDS_FLEXIBILITY),
				yes(RECENT_INPATIENT_DISCHARGE), yes(RELAPSED_AFTER_TREATMENT));
	}

	private void rejectUnknown(JsonNode object, String prefix, boolean inCrisis) {
		for (String name : object.propertyNames()) {
			if (!AnswerField.propertiesOf(inCrisis).contains(name)) {
				this.problems.add(new FieldProblem(prefix + name, "is not a question of this screening. Remove it."));
			}
		}
	}

	private void read(AnswerField field, JsonNode node) {
		if (node == null || node.isNull()) {
			this.problems.add(new FieldProblem(field.path(), "is missing. Send " + field.expected() + "."));
			return;
		}
		switch (field.type()) {
			case YES_NO -> {
				if (node.isBoolean()) {
					this.values.put(field, node.booleanValue());
				}
				else {
					wrong(field.path(), field);
				}
			}
			case CHOICE -> {
				Enum<?> choice = choice(node, field);
				if (choice != null) {
					this.values.put(field, choice);
				}
				else {
					wrong(field.path(), field);
				}
			}
			case CHOICES, AT_LEAST_ONE_CHOICE -> readChoices(field, node);
		}
	}

	private void readChoices(AnswerField field, JsonNode node) {
		if (!node.isArray()) {
			wrong(field.path(), field);
			return;
		}
		Set<Enum<?>> choices = new HashSet<>();
		boolean valid = true;
		for (int i = 0; i < node.size(); i++) {
			Enum<?> choice = choice(node.get(i), field);
			if (choice == null) {
				this.problems.add(new FieldProblem(field.path() + "[" + i + "]",
						"is not one of " + String.join(", ", field.choices()) + "."));
				valid = false;
			}
			choices.add(choice);
		}
		if (valid && choices.isEmpty() && field.type() == Type.AT_LEAST_ONE_CHOICE) {
			this.problems.add(new FieldProblem(field.path(), "is empty. Send " + field.expected() + "."));
		}
		else if (valid) {
			this.values.put(field, choices);
		}
	}

	private static Enum<?> choice(JsonNode node, AnswerField field) {
		return node.isString() ? field.choice(node.stringValue()) : null;
	}

	private void wrong(String path, AnswerField field) {
		this.problems.add(new FieldProblem(path, "has the wrong type or value. Send " + field.expected() + "."));
	}

	private boolean yes(AnswerField field) {
		return (Boolean) this.values.get(field);
	}

	private <E extends Enum<E>> E value(AnswerField field, Class<E> type) {
		return type.cast(this.values.get(field));
	}

	@SuppressWarnings("unchecked") // readChoices put only this field's constants in the
									// set
	private <E extends Enum<E>> Set<E> set(AnswerField field, Class<E> type) {
		return (Set<E>) this.values.get(field);
	}

}
