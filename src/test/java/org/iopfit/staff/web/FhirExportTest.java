package org.iopfit.staff.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.iopfit.fhir.FhirChecks;
import org.iopfit.placement.Answers;
import org.iopfit.placement.Level;
import org.iopfit.placement.Reason;
import org.iopfit.placement.Recommendation;
import org.iopfit.placement.PlacementRules;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Question;
import org.iopfit.records.CallDetails;
import org.iopfit.records.CallType;
import org.iopfit.records.Drafts;
import org.iopfit.records.ReferenceCode;
import org.iopfit.records.SavedScreening;
import org.iopfit.records.ScreeningRecords;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved screening taken into a health record: the staff download is a valid FHIR
 * QuestionnaireResponse for the screening's Questionnaire, which the API reads back to
 * the same suggestion as the rules core; it names the staff member who asked, never the
 * caller, and leaves an export in the audit log.
 */
class FhirExportTest extends StaffWebTest {

	private static final String FHIR_JSON = "application/fhir+json";

	@Autowired
	ScreeningRecords records;

	@Autowired
	PlacementRules rules;

	@Autowired
	MessageSource messages;

	@Test
	void manyScreeningsGoOutAndComeBackWithTheSameSuggestion() throws Exception {
		StaffClient staff = signedIn(account(StaffRole.ADMISSIONS));
		Random random = new Random(20261128);
		for (int i = 0; i < 40; i++) {
			Draft answers = Drafts.of(randomAnswers(random));
			Recommendation expected = this.rules.recommend(answers.toAnswers());
			ReferenceCode code = this.records.saveOnline(answers);

			HttpResponse<String> export = staff.get("/staff/screenings/" + code.value() + "/fhir");

			assertThat(export.statusCode()).isEqualTo(200);
			assertThat(export.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith(FHIR_JSON));
			assertThat(export.headers().firstValue("Content-Disposition"))
				.hasValue("attachment; filename=\"screening-" + code.display() + ".fhir.json\"");
			if (i < 8) {
				// The validator loads the whole R4 specification: a few suffice for it.
				assertThat(FhirChecks.errorsInQuestionnaireResponse(export.body())).isEmpty();
			}
			HttpResponse<String> back = postToTheApi(export.body());
			assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
			assertThat(back.body()).contains("\"level\":\"" + expected.level() + "\"")
				.contains("\"decidedBy\":\"" + expected.decidedBy() + "\"");
		}
	}

	@Test
	void aPhoneScreeningNamesTheStaffMemberNeverTheCallerAndIsAuditedAsAnExport() {
		StaffAccount lead = account(StaffRole.ADMISSIONS);
		CallDetails call = new CallDetails(CallType.SOMEONE_ELSE, "Rosalind", "555-201-7788", true, "A friend", null,
				null, null, null);
		SavedScreening saved = this.records.savePhone(lead.getUsername(), Drafts.iop(), call, Set.of(), null);
		StaffClient staff = signedIn(lead);

		String page = staff.get("/staff/screenings/" + saved.referenceCode()).body();
		assertThat(page).contains("/staff/screenings/" + saved.referenceCode() + "/fhir");
		String json = staff.get("/staff/screenings/" + saved.referenceCode() + "/fhir").body();

		assertThat(json.replaceAll("\\s", "")).contains("\"resourceType\":\"QuestionnaireResponse\"")
			.contains("\"status\":\"completed\"")
			.contains("\"author\":{\"display\":\"" + lead.getUsername() + "\"}");
		assertThat(json).doesNotContain("Rosalind").doesNotContain("555-201-7788").doesNotContain("A friend");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'EXPORTED' AND record_kind = 'SCREENING' AND record_id = ?",
				Integer.class, lead.getUsername(), String.valueOf(saved.id())))
			.isEqualTo(1);
	}

	@Test
	void anOverrideTravelsWithTheSuggestionItsReasonAndTheReasonsAndCautions() {
		StaffAccount lead = account(StaffRole.ADMISSIONS);
		CallDetails call = new CallDetails(CallType.SELF, "Ana", null, null, null, null, null, Level.INPATIENT,
				"Relapsed twice after outpatient care");
		SavedScreening saved = this.records.savePhone(lead.getUsername(), Drafts.iop(), call, Set.of(), null);
		Answers answers = saved.draft().toAnswers();
		Recommendation suggestion = this.rules.recommend(answers);
		assertThat(suggestion.level()).isEqualTo(Level.IOP);
		List<String> reasons = worded(suggestion, answers, Reason.Kind.REASON);
		List<String> cautions = worded(suggestion, answers, Reason.Kind.CAUTION);
		assertThat(reasons).isNotEmpty();
		assertThat(cautions).isNotEmpty();
		StaffClient staff = signedIn(lead);

		String summary = staff.get("/staff/screenings/" + saved.referenceCode() + "/summary").body();
		assertThat(summary.replaceAll("\\s+", " "))
			.contains("Rules&#39; suggestion</dt> <dd>An Intensive Outpatient Program (IOP)</dd>")
			.contains("Level recorded by staff</dt> <dd>Inpatient or residential care</dd>")
			.contains("Relapsed twice after outpatient care")
			.contains("Reasons for the suggestion")
			.contains("Cautions to talk about");
		String html = summary.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
		reasons.forEach((reason) -> assertThat(html).contains(reason));
		cautions.forEach((caution) -> assertThat(html).contains(caution));

		String json = staff.get("/staff/screenings/" + saved.referenceCode() + "/fhir").body();
		assertThat(FhirChecks.errorsInQuestionnaireResponse(json)).isEmpty();
		String flat = json.replaceAll("\\s", "");
		assertThat(flat).contains("\"linkId\":\"suggestion.level\",")
			.contains("\"linkId\":\"suggestion.recordedLevel\"")
			.contains("\"code\":\"INPATIENT\"")
			.contains("\"code\":\"IOP\"")
			.contains("\"valueString\":\"Relapsedtwiceafteroutpatientcare\"");
		reasons.forEach((reason) -> assertThat(json).contains(reason));
		cautions.forEach((caution) -> assertThat(json).contains(caution));
	}

	private List<String> worded(Recommendation suggestion, Answers answers, Reason.Kind kind) {
		Object[] count = { String.valueOf(suggestion.criteriaCount()) };
		return suggestion.reasons()
			.stream()
			.filter((reason) -> reason.kind() == kind)
			.map((reason) -> this.messages.getMessage(suggestion.messageKey(reason, answers.respondent()), count,
					Locale.ENGLISH))
			.toList();
	}

	@Test
	void aScreeningStoppedByACrisisAnswerHasNoDownload() {
		SavedScreening saved = this.records.savePhone("someone", Drafts.crisis(), null, Set.of(), null);
		StaffClient staff = signedIn(account(StaffRole.ADMISSIONS));

		assertThat(staff.get("/staff/screenings/" + saved.referenceCode()).body()).doesNotContain("/fhir");
		HttpResponse<String> export = staff.get("/staff/screenings/" + saved.referenceCode() + "/fhir");
		assertThat(export.statusCode()).isEqualTo(409);
		assertThat(export.body()).doesNotContain("Exception");
		assertThat(staff.get("/staff/screenings/" + ReferenceCode.random().value() + "/fhir").statusCode())
			.isEqualTo(404);
	}

	private HttpResponse<String> postToTheApi(String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/screenings"))
			.header("Content-Type", FHIR_JSON)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Any complete answers without a crisis, drawn from the question table. */
	private static Map<String, List<String>> randomAnswers(Random random) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (Question question : Question.all()) {
			List<String> choices = question.choices();
			List<String> values = switch (question.kind()) {
				case YES_NO -> List
					.of(question.path().startsWith(Question.CRISIS) ? "false" : String.valueOf(random.nextBoolean()));
				case ONE_OF -> List.of(choices.get(random.nextInt(choices.size())));
				case ANY_OF, AT_LEAST_ONE_OF -> {
					List<String> some = new ArrayList<>();
					for (String choice : choices) {
						if (random.nextBoolean()) {
							some.add(choice);
						}
					}
					if (some.isEmpty() && question.kind() == Question.Kind.AT_LEAST_ONE_OF) {
						some.add(choices.get(random.nextInt(choices.size())));
					}
					yield some;
				}
			};
			fields.put(question.path(), values);
		}
		return fields;
	}

}
