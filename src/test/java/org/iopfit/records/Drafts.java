package org.iopfit.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iopfit.questions.AnswerReader;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Question;
import org.iopfit.questions.RawValue;
import org.iopfit.questions.Reading;

/**
 * Answers for tests, read through the question table as a form's fields are.
 */
public final class Drafts {

	private Drafts() {
	}

	/**
	 * Moderate use, support at home, time to go: the rules suggest an IOP (R8).
	 * @param who {@code SELF} or {@code SOMEONE_ELSE}
	 * @return the form fields
	 */
	public static Map<String, List<String>> iopFields(String who) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("respondent", List.of(who));
		fields.put("crisis.suicidalThoughts", List.of("false"));
		fields.put("crisis.overdoseOrMedicalEmergency", List.of("false"));
		fields.put("crisis.severeWithdrawalNow", List.of("false"));
		fields.put("substances", List.of("ALCOHOL", "OPIOIDS"));
		fields.put("criteria", List.of("LARGER_OR_LONGER", "CANNOT_CUT_DOWN", "TIME_SPENT", "CRAVING"));
		fields.put("withdrawalHistory", List.of("NONE"));
		fields.put("medicalMonitoringNeeded", List.of("false"));
		fields.put("mentalHealth", List.of("NONE"));
		fields.put("support", List.of("STRONG"));
		fields.put("stableHousing", List.of("true"));
		fields.put("substanceUseAtHome", List.of("false"));
		fields.put("canAttend", List.of("YES"));
		fields.put("needsFlexibility", List.of("false"));
		fields.put("recentInpatientDischarge", List.of("false"));
		fields.put("relapsedAfterTreatment", List.of("false"));
		// Policy v1.1, answered as the pages ask them, none giving advice.
		fields.put("pastOverdose", List.of("false"));
		fields.put("opioidMedicationNow", List.of("false"));
		fields.put("pregnant", List.of("false"));
		fields.put("ageGroup", List.of("AGE_26_OR_OVER"));
		fields.put("readiness", List.of("READY"));
		return fields;
	}

	/** Complete answers that the rules send to an IOP. */
	public static Draft iop() {
		return of(iopFields("SELF"));
	}

	/** Complete answers with seizures in a past withdrawal: inpatient by R2. */
	public static Draft seizures() {
		Map<String, List<String>> fields = iopFields("SELF");
		fields.put("withdrawalHistory", List.of("SEIZURES_OR_DELIRIUM"));
		return of(fields);
	}

	/** Who and the safety questions, with thoughts of suicide: stopped there. */
	public static Draft crisis() {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("respondent", List.of("SELF"));
		fields.put("crisis.suicidalThoughts", List.of("true"));
		fields.put("crisis.overdoseOrMedicalEmergency", List.of("false"));
		fields.put("crisis.severeWithdrawalNow", List.of("false"));
		return of(fields);
	}

	/**
	 * Reads form fields as answers.
	 * @param fields the fields by path
	 * @return the answers, all valid
	 */
	public static Draft of(Map<String, List<String>> fields) {
		Map<String, List<RawValue>> raw = new LinkedHashMap<>();
		fields.forEach((name, values) -> raw.put(name, values.stream().map(RawValue::formField).toList()));
		List<Question> asked = Question.all()
			.stream()
			.filter((question) -> fields.containsKey(question.path()))
			.toList();
		Reading reading = AnswerReader.read(raw, asked);
		if (!reading.isValid()) {
			throw new IllegalArgumentException(reading.problems().toString());
		}
		return reading.answers();
	}

}
