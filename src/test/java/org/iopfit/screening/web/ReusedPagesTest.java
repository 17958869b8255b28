package org.iopfit.screening.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages that show nothing about the person are rendered once and sent again as they are
 * ({@code org.iopfit.system.RenderedPages}). What a person would notice if that went
 * wrong: someone else's ticked answer, the wrong language or wording, a form whose token
 * is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReusedPagesTest {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Test
	void aFirstPageSentAgainIsTheSameButForItsOwnTokenWhichIsAccepted() throws Exception {
		Visitor first = new Visitor(this.mvc);
		Visitor second = new Visitor(this.mvc);
		String firstPage = first.get("/screening").getResponse().getContentAsString();
		String secondPage = second.get("/screening").getResponse().getContentAsString();

		String firstToken = tokenIn(firstPage);
		String secondToken = tokenIn(secondPage);
		assertThat(secondToken).isNotEqualTo(firstToken);
		assertThat(secondPage.replace(secondToken, "T")).isEqualTo(firstPage.replace(firstToken, "T"));
		// Each visitor's form goes through with the token its own page carried.
		for (Visitor visitor : List.of(first, second)) {
			MvcResult posted = visitor.post("/screening/who", Map.of("respondent", List.of("SELF")));
			assertThat(posted.getResponse().getStatus()).isEqualTo(303);
			assertThat(posted.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/screening/safety");
		}
	}

	@Test
	void anAnswerTickedOnOnePersonsPageIsNeverShownToAnother() throws Exception {
		Visitor before = new Visitor(this.mvc);
		assertThat(radios(before.get("/screening/who"))).doesNotContain("checked");

		Visitor answering = new Visitor(this.mvc);
		answering.post("/screening/who", Map.of("respondent", List.of("SOMEONE_ELSE")));
		assertThat(radios(answering.get("/screening/who"))).contains("checked");

		Visitor after = new Visitor(this.mvc);
		assertThat(radios(after.get("/screening/who"))).doesNotContain("checked");
		// And the one who answered still sees their answer, not the shared page.
		assertThat(radios(answering.get("/screening/who"))).contains("checked");
	}

	@Test
	void eachLanguageAndWordingHasItsOwnPage() throws Exception {
		assertThat(h1(new Visitor(this.mvc)
			.perform(MockMvcRequestBuilders.get("/screening").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))))
			.isEqualTo("¿Para quién es esta evaluación?");
		assertThat(h1(new Visitor(this.mvc)
			.perform(MockMvcRequestBuilders.get("/screening").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))))
			.isEqualTo("Who is this screening about?");

		Visitor self = new Visitor(this.mvc);
		self.post("/screening/who", Map.of("respondent", List.of("SELF")));
		Visitor family = new Visitor(this.mvc);
		family.post("/screening/who", Map.of("respondent", List.of("SOMEONE_ELSE")));
		String forSelf = self.get("/screening/safety").getResponse().getContentAsString();
		String forFamily = family.get("/screening/safety").getResponse().getContentAsString();
		assertThat(forSelf).contains("are you safe right now");
		assertThat(forFamily).doesNotContain("are you safe").contains("are they safe right now");
		assertThat(self.get("/screening/safety").getResponse().getContentAsString()).contains("are you safe right now")
			.doesNotContain("are they safe");
	}

	@Test
	void theLandingPageOffersAReturnOnlyDuringAScreening() throws Exception {
		String resume = "/screening/resume";
		assertThat(new Visitor(this.mvc).get("/").getResponse().getContentAsString()).doesNotContain(resume);
		Visitor answering = new Visitor(this.mvc);
		answering.post("/screening/who", Map.of("respondent", List.of("SELF")));
		assertThat(answering.get("/").getResponse().getContentAsString()).contains(resume);
		assertThat(new Visitor(this.mvc).get("/").getResponse().getContentAsString()).doesNotContain(resume);
	}

	@Test
	void aPageWithoutAFormSetsNoTokenCookie() throws Exception {
		for (String path : List.of("/", "/help-now", "/families")) {
			// The first visit renders the page, the second is sent the kept one.
			for (int visit = 1; visit <= 2; visit++) {
				MvcResult page = new Visitor(this.mvc).get(path);
				assertThat(page.getResponse().getStatus()).isEqualTo(200);
				assertThat(page.getResponse().getCookie("XSRF-TOKEN")).as(path).isNull();
			}
		}
	}

	private static String tokenIn(String page) {
		Matcher token = TOKEN.matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private static String radios(MvcResult page) throws Exception {
		Matcher inputs = Pattern.compile("<input type=\"radio\"[^>]*>")
			.matcher(page.getResponse().getContentAsString());
		StringBuilder all = new StringBuilder();
		while (inputs.find()) {
			all.append(inputs.group()).append('\n');
		}
		assertThat(all).isNotEmpty();
		return all.toString();
	}

	private static String h1(MvcResult page) throws Exception {
		Matcher h1 = Pattern.compile("<h1>([^<]*)</h1>").matcher(page.getResponse().getContentAsString());
		assertThat(h1.find()).isTrue();
		return h1.group(1);
	}

}
