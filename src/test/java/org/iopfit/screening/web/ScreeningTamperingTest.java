package org.iopfit.screening.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Posts a browser would never send: forged hidden fields, skipped pages, unknown values.
 * None gives an error page; the person lands on the first page that needs an answer, told
 * why.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScreeningTamperingTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aForgedEarlierAnswerLandsOnItsPageWithAPlainMessage() throws Exception {
		answers("/screening/health").param("respondent", "HACKER")
			.param("withdrawalHistory", "NONE")
			.param("medicalMonitoringNeeded", "false")
			.param("action", "continue")
			.perform(this.mvc)
			.andExpect(status().isOk())
			.andExpect(view().name("screening/step"))
			.andExpect(model().attribute("step", Step.WHO))
			.andExpect(content().string(containsString("We could not read an answer on this page")))
			.andExpect(content().string(containsString("href=\"#respondent-SELF\"")));
	}

	@Test
	void aSkippedPageIsAskedBeforeGoingOn() throws Exception {
		answers("/screening/life").param("respondent", "SELF")
			.param("canAttend", "YES")
			.param("action", "continue")
			.perform(this.mvc)
			.andExpect(status().isOk())
			.andExpect(model().attribute("step", Step.SAFETY))
			.andExpect(content().string(containsString("We could not read an answer on this page")));
	}

	@Test
	void anUnknownValueOnThePagePostedIsAnErrorOnThatField() throws Exception {
		answers("/screening/who").param("respondent", "EVERYONE")
			.param("action", "continue")
			.perform(this.mvc)
			.andExpect(status().isOk())
			.andExpect(model().attribute("step", Step.WHO))
			.andExpect(content().string(containsString("class=\"error-summary\"")))
			.andExpect(content().string(not(containsString("We could not read an answer"))));
	}

	@Test
	void anUnknownPageLandsOnTheFirstThatNeedsAnAnswer() throws Exception {
		answers("/screening/admin").param("respondent", "SELF")
			.perform(this.mvc)
			.andExpect(status().isOk())
			.andExpect(model().attribute("step", Step.SAFETY));
	}

	@Test
	void aForgedCriterionOrAFieldThatIsNoAnswerIsNeverBound() throws Exception {
		answers("/screening/signs").param("respondent", "SELF")
			.param("crisis.suicidalThoughts", "false")
			.param("crisis.overdoseOrMedicalEmergency", "false")
			.param("crisis.severeWithdrawalNow", "false")
			.param("_criteria", "on")
			.param("criteria", "CRAVING", "MADE_UP")
			.param("substances", "ALCOHOL")
			.param("changing", "maybe")
			.param("class.classLoader", "x")
			.param("action", "continue")
			.perform(this.mvc)
			.andExpect(status().isOk())
			.andExpect(model().attribute("step", Step.SIGNS))
			.andExpect(content().string(containsString("href=\"#criteria-LARGER_OR_LONGER\"")));
	}

	@Test
	void theResultWithMissingAnswersAsksForThemInsteadOfFailing() throws Exception {
		answers("/screening/result").param("respondent", "SELF")
			.perform(this.mvc)
			.andExpect(status().isOk())
			.andExpect(model().attribute("step", Step.SAFETY));
	}

	@Test
	void aCrisisAnswerSentStraightToTheResultStillShowsTheCrisisPage() throws Exception {
		complete("/screening/result").param("crisis.suicidalThoughts", "true")
			.perform(this.mvc)
			.andExpect(status().isOk())
			.andExpect(view().name("screening/crisis"))
			.andExpect(content().string(allOf(containsString("data-level=\"EMERGENCY\""),
					containsString("data-decided-by=\"R1\""), containsString("href=\"tel:988\""))));
	}

	@Test
	void aCompleteScreeningNeedsNoServerStateSoItSurvivesARestart() throws Exception {
		// Everything the result needs is in the post itself: no session, nothing
		// remembered.
		complete("/screening/result").perform(this.mvc)
			.andExpect(status().isOk())
			.andExpect(view().name("screening/result"))
			.andExpect(content().string(containsString("data-decided-by=\"R9\"")));
	}

	@Test
	void openingAPageAddressDirectlyStartsAgain() throws Exception {
		this.mvc.perform(get("/screening/result")).andExpect(status().isFound()).andExpect(redirectedUrl("/screening"));
	}

	/**
	 * A post carrying a real CSRF token, as a page would: the cookie and the form field
	 * from a fresh page. (Spring Security's test {@code csrf()} would swap in a
	 * session-based token store for the whole shared context.)
	 */
	private Post answers(String path) throws Exception {
		MvcResult page = this.mvc.perform(get("/screening")).andReturn();
		Cookie token = page.getResponse().getCookie("XSRF-TOKEN");
		Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page.getResponse().getContentAsString());
		assertThat(field.find()).isTrue();
		return new Post(post(path).cookie(token)).param("_csrf", field.group(1));
	}

	private Post complete(String path) throws Exception {
		return answers(path).param("respondent", "SELF")
			.param("crisis.suicidalThoughts", "false")
			.param("crisis.overdoseOrMedicalEmergency", "false")
			.param("crisis.severeWithdrawalNow", "false")
			.param("_criteria", "on")
			.param("criteria", "CRAVING", "TOLERANCE", "TIME_SPENT", "ROLE_FAILURE")
			.param("substances", "ALCOHOL")
			.param("withdrawalHistory", "NONE")
			.param("medicalMonitoringNeeded", "false")
			.param("mentalHealth", "NONE")
			.param("support", "SOME")
			.param("stableHousing", "true")
			.param("substanceUseAtHome", "false")
			.param("canAttend", "YES")
			.param("needsFlexibility", "false")
			.param("recentInpatientDischarge", "false")
			.param("relapsedAfterTreatment", "false");
	}

	/** A form post being built, with later values of a field replacing earlier ones. */
	private record Post(MockHttpServletRequestBuilder request, Map<String, String[]> params) {

		Post(MockHttpServletRequestBuilder request) {
			this(request, new LinkedHashMap<>());
		}

		Post param(String name, String... values) {
			this.params.put(name, values);
			return this;
		}

		ResultActions perform(MockMvc mvc) throws Exception {
			this.params.forEach(this.request::param);
			return mvc.perform(this.request);
		}

	}

}
