package org.iopfit.screening.web;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.iopfit.placement.Answers;
import org.iopfit.placement.AnswersBuilder;
import org.iopfit.placement.CanAttend;
import org.iopfit.placement.Crisis;
import org.iopfit.placement.MentalHealth;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Substance;
import org.iopfit.placement.Support;
import org.iopfit.placement.WithdrawalHistory;
import org.iopfit.questions.PageForm;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts and cookies a browser would never send: forged values, empty, repeated, indexed
 * and unknown fields, skipped pages, forged or foreign answer cookies. None gives an
 * error page or loses a valid answer: the page comes back with its error summary, or the
 * visitor lands on the first page that needs an answer, told why.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScreeningTamperingTest {

	@Autowired
	MockMvc mvc;

	Visitor visitor;

	/** Moderate use, no other risk: an IOP, by R9. */
	Map<Question, List<String>> answers = FormAnswers.of(new Answers(Respondent.SELF, Crisis.NONE,
			AnswersBuilder.firstCriteria(4), Set.of(Substance.ALCOHOL), WithdrawalHistory.NONE, false,
			MentalHealth.NONE, Support.STRONG, true, false, CanAttend.YES, false, false, false));

	@BeforeEach
	void newVisitor() {
		this.visitor = new Visitor(this.mvc);
	}

	@Test
	void anUnknownValueIsAnErrorOnItsQuestionAndTheOtherAnswersOfThePageAreKept() throws Exception {
		answerUpTo(Step.HEALTH);

		MvcResult page = this.visitor.post("/screening/health",
				fields("withdrawalHistory", "SOMETIMES", "medicalMonitoringNeeded", "true"));

		assertThat(page.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(page)).contains("class=\"error-summary\"")
			.contains("href=\"#withdrawalHistory-NONE\"")
			.containsPattern("value=\"true\"\\s+checked")
			.doesNotContain("SOMETIMES");
	}

	@Test
	void anEmptyValueForAListIsAnErrorNotAFailure() throws Exception {
		answerUpTo(Step.SIGNS);

		MvcResult page = this.visitor.post("/screening/signs", fields("criteria", "", "substances", "ALCOHOL"));

		assertThat(page.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(page)).contains("href=\"#criteria-LARGER_OR_LONGER\"")
			.containsPattern("value=\"ALCOHOL\"\\s+checked");
	}

	@Test
	void aChoiceSentTwiceIsRejectedWithAPlainMessage() throws Exception {
		answerUpTo(Step.SIGNS);

		MvcResult page = this.visitor.post("/screening/signs",
				Map.of("criteria", List.of("CRAVING", "CRAVING"), "substances", List.of("ALCOHOL")));

		assertThat(page.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(page)).contains("Choose each answer only once").contains("href=\"#criteria-LARGER_OR_LONGER\"");
	}

	@Test
	void twoAnswersToAOneAnswerQuestionAreRejected() throws Exception {
		MvcResult page = this.visitor.post("/screening/who", Map.of("respondent", List.of("SELF", "SOMEONE_ELSE")));

		assertThat(page.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(page)).contains("Choose each answer only once");
		assertThat(this.visitor.cookie(AnswersCookie.NAME)).isNull();
	}

	@Test
	void indexedUnknownAndOtherPagesFieldsAreRefusedAndNothingIsSaved() throws Exception {
		answerUpTo(Step.SIGNS);
		Cookie before = this.visitor.cookie(AnswersCookie.NAME);

		for (String field : List.of("criteria[0]", "class.classLoader", "respondent", "changing")) {
			Map<String, List<String>> form = new LinkedHashMap<>(fields("substances", "ALCOHOL"));
			form.put(field, List.of("SOMEONE_ELSE"));
			MvcResult page = this.visitor.post("/screening/signs", form);

			assertThat(page.getResponse().getStatus()).as(field).isEqualTo(400);
			assertThat(body(page)).as(field)
				.contains("is not a question on this page")
				.containsPattern("value=\"ALCOHOL\"\\s+checked");
			assertThat(this.visitor.cookie(AnswersCookie.NAME).getValue()).isEqualTo(before.getValue());
		}
	}

	@Test
	void noneOfTheseForAQuestionThePageDoesNotOfferItForIsRefused() throws Exception {
		answerUpTo(Step.SIGNS);
		Cookie before = this.visitor.cookie(AnswersCookie.NAME);

		for (List<String> none : List.of(List.of("substances"), List.of("respondent"), List.of("x"),
				List.of("criteria", "criteria"))) {
			Map<String, List<String>> form = new LinkedHashMap<>(fields("substances", "ALCOHOL"));
			form.put(PageForm.NONE, none);
			MvcResult page = this.visitor.post("/screening/signs", form);

			assertThat(page.getResponse().getStatus()).as(none.toString()).isEqualTo(400);
			assertThat(body(page)).as(none.toString()).contains("is not a question on this page");
			assertThat(this.visitor.cookie(AnswersCookie.NAME).getValue()).isEqualTo(before.getValue());
		}
	}

	@Test
	void aPagePostedWithEarlierPagesUnansweredKeepsItsAnswersAndAsksForTheFirstMissing() throws Exception {
		this.visitor.post("/screening/who", fields("respondent", "SELF"));

		MvcResult redirect = this.visitor.post("/screening/life", FormAnswers.page(Step.LIFE, this.answers));

		assertThat(redirect.getResponse().getRedirectedUrl()).isEqualTo("/screening/safety?notice=earlier");
		MvcResult page = this.visitor.follow(redirect);
		assertThat(body(page)).contains("Please answer this page again");
		// The life page's answers were kept: answering the rest leads straight on.
		for (Step step : List.of(Step.SAFETY, Step.SIGNS, Step.HEALTH, Step.MENTAL_HEALTH, Step.SUPPORT)) {
			this.visitor.post(action(step), FormAnswers.page(step, this.answers));
		}
		assertThat(this.visitor.open("/screening/result").getResponse().getContentAsString())
			.contains("data-decided-by=\"R9\"");
	}

	@Test
	void anUnknownPageOrAPageOpenedTooEarlyLandsOnTheFirstThatNeedsAnAnswer() throws Exception {
		assertThat(this.visitor.open("/screening/admin").getRequest().getRequestURI()).isEqualTo("/screening");
		assertThat(this.visitor.open("/screening/life").getRequest().getRequestURI()).isEqualTo("/screening");
		assertThat(this.visitor.open("/screening/result").getRequest().getRequestURI()).isEqualTo("/screening");
		MvcResult posted = this.visitor.post("/screening/admin", fields("respondent", "SELF"));
		assertThat(this.visitor.follow(posted).getRequest().getRequestURI()).isEqualTo("/screening");
	}

	@Test
	void aForgedOrForeignAnswersCookieReadsAsNoAnswers() throws Exception {
		answerUpTo(Step.LIFE);
		String sealed = this.visitor.cookie(AnswersCookie.NAME).getValue();
		byte[] bytes = Base64.getUrlDecoder().decode(sealed);
		bytes[bytes.length - 1] ^= 1;
		List<String> forged = List.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), "", "x",
				"../../etc", sealed.substring(0, 20), "AAAA" + sealed);

		for (String value : forged) {
			this.visitor.setCookie(new Cookie(AnswersCookie.NAME, value));
			MvcResult page = this.visitor.open("/screening/life");
			assertThat(page.getResponse().getStatus()).as(value).isEqualTo(200);
			assertThat(page.getRequest().getRequestURI()).as(value).isEqualTo("/screening");
			assertThat(body(page)).doesNotContain("checked");
		}
	}

	@Test
	void aCrisisAnswerLeadsToTheCrisisPageAndTheResultCannotBeReachedAroundIt() throws Exception {
		answerUpTo(Step.SAFETY);
		MvcResult crisis = this.visitor.post("/screening/safety", fields("crisis.suicidalThoughts", "true",
				"crisis.overdoseOrMedicalEmergency", "false", "crisis.severeWithdrawalNow", "false"));

		assertThat(crisis.getResponse().getRedirectedUrl()).isEqualTo("/screening/crisis");
		for (String path : List.of("/screening/crisis", "/screening/signs", "/screening/result", "/screening/check")) {
			MvcResult page = this.visitor.open(path);
			assertThat(page.getRequest().getRequestURI()).as(path).isEqualTo("/screening/crisis");
			assertThat(body(page)).contains("data-level=\"EMERGENCY\"")
				.contains("data-decided-by=\"R1\"")
				.contains("href=\"tel:988\"");
		}
	}

	@Test
	void theLandingPageAndHelpNowLeadBackToTheQuestionsOfAScreeningInProgress() throws Exception {
		assertThat(body(this.visitor.get("/"))).contains("href=\"/screening\"").doesNotContain("/screening/resume");
		answerUpTo(Step.HEALTH);

		for (String page : List.of("/", "/help-now")) {
			String html = body(this.visitor.get(page));
			assertThat(html).as(page).contains("href=\"/screening/resume\"").contains("Return to your questions");
			MvcResult back = this.visitor.open("/screening/resume");
			assertThat(back.getRequest().getRequestURI()).as(page).isEqualTo("/screening/health");
		}
	}

	@Test
	void theCrisisPageWithoutACrisisAnswerSendsBackToTheQuestions() throws Exception {
		answerUpTo(Step.SIGNS);

		assertThat(this.visitor.open("/screening/crisis").getRequest().getRequestURI()).isEqualTo("/screening/signs");
	}

	@Test
	void anAddressThatIsNoPageLeadsBackToTheQuestionsAndEachPageHasItsOwnRoute() throws Exception {
		answerUpTo(Step.HEALTH);
		for (String wrong : List.of("/screening/nothing", "/screening/HEALTH", "/screening/signs2")) {
			assertThat(this.visitor.open(wrong).getRequest().getRequestURI()).as(wrong).isEqualTo("/screening/health");
			assertThat(this.visitor.post(wrong, fields("respondent", "SELF")).getResponse().getRedirectedUrl())
				.as(wrong)
				.isEqualTo("/screening/resume");
		}
		// Other methods on a page's address are refused, never an error page.
		for (MockHttpServletRequestBuilder other : List.of(MockMvcRequestBuilders.put("/screening/safety"),
				MockMvcRequestBuilders.delete("/screening/safety"),
				MockMvcRequestBuilders.patch("/screening/nothing"))) {
			int status = this.mvc.perform(other).andReturn().getResponse().getStatus();
			assertThat(status).isBetween(400, 499);
		}
		// Each page's own address is found directly, not by matching /screening/{slug}.
		for (Step step : Step.all()) {
			for (MvcResult result : List.of(this.visitor.get(action(step)),
					this.visitor.post(action(step), FormAnswers.page(step, this.answers)))) {
				assertThat(((HandlerMethod) result.getHandler()).getBean()).as(step.name())
					.isInstanceOfSatisfying(StepRoutes.Page.class, (page) -> assertThat(page.step()).isEqualTo(step));
			}
		}
	}

	private void answerUpTo(Step last) throws Exception {
		for (Step step : Step.all()) {
			if (step == last) {
				return;
			}
			MvcResult result = this.visitor.post(action(step), FormAnswers.page(step, this.answers));
			assertThat(result.getResponse().getStatus()).as(step.name()).isEqualTo(303);
		}
	}

	static String action(Step step) {
		return "/screening/" + step.slug();
	}

	private static Map<String, List<String>> fields(String... namesAndValues) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
		}
		return fields;
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

}
