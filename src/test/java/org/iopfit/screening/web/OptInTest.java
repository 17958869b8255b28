package org.iopfit.screening.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.iopfit.questions.Draft;
import org.iopfit.records.Drafts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result page's two opt-in forms: nothing is stored without consent, the answers
 * saved are the sealed cookie's (never a form field), the code page is a GET that reload
 * and Back fetch again, and neither the code nor an answer is in an address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OptInTest {

	private static final Pattern CODE = Pattern.compile("data-reference-code=\"([0-9A-Z]{4}-[0-9A-Z]{4})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	AnswersCookie cookie;

	@Autowired
	JdbcTemplate jdbc;

	Visitor visitor;

	@BeforeEach
	void aVisitorAtTheirResult() {
		this.visitor = new Visitor(this.mvc);
		this.visitor
			.setCookie(new Cookie(AnswersCookie.NAME, this.cookie.seal(new AnswersCookie.Saved(Drafts.iop(), null))));
	}

	@Test
	void theResultPageOffersBothFormsWithTheirConsentTexts() throws Exception {
		String page = body(this.visitor.get("/screening/result"));

		assertThat(page).contains("action=\"/screening/code\"")
			.contains("name=\"consent\"")
			.contains("action=\"/screening/call-back\"")
			.contains("We delete them after 30 days")
			.contains("Only our admissions staff can look them up")
			.contains("To take it back, call us at 844-639-8371")
			.doesNotContain("data-reference-code");
	}

	@Test
	void withoutConsentNothingIsStoredAndThePageSaysWhy() throws Exception {
		int before = screenings();

		MvcResult sent = this.visitor.post("/screening/code", Map.of());

		assertThat(sent.getResponse().getStatus()).isEqualTo(303);
		assertThat(sent.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/screening/result?consent=missing");
		MvcResult page = this.visitor
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/screening/result")
				.param("consent", "missing"));
		assertThat(body(page)).contains("There is a problem")
			.contains("<a href=\"#code-consent\">Check the box if you want us to save your answers with a code</a>")
			.contains("data-level=\"IOP\"");
		assertThat(screenings()).isEqualTo(before);
	}

	@Test
	void withConsentTheCookiesAnswersAreSavedAndTheCodeShownByAGetWithoutItInTheAddress() throws Exception {
		int before = screenings();

		// A forged answer in the form is not what is saved: the sealed cookie's answers
		// are.
		MvcResult saved = this.visitor.post("/screening/code",
				Map.of("consent", List.of("yes"), "respondent", List.of("SOMEONE_ELSE")));

		assertThat(saved.getResponse().getStatus()).isEqualTo(303);
		assertThat(saved.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/screening/code");
		String page = body(this.visitor.get("/screening/code"));
		Matcher code = CODE.matcher(page);
		assertThat(code.find()).isTrue();
		assertThat(screenings()).isEqualTo(before + 1);
		byte[] answers = this.jdbc.queryForObject("SELECT answers FROM saved_screening WHERE reference_code = ?",
				byte[].class, code.group(1).replace("-", ""));
		assertThat(Draft.fromBytes(answers)).isEqualTo(Drafts.iop());
		assertThat(this.jdbc.queryForObject("SELECT source FROM saved_screening WHERE reference_code = ?", String.class,
				code.group(1).replace("-", "")))
			.isEqualTo("ONLINE");

		// Reload, the result page and asking again: the same code, no second record.
		assertThat(body(this.visitor.get("/screening/code"))).contains(code.group(1));
		assertThat(body(this.visitor.get("/screening/result"))).contains("data-reference-code=\"" + code.group(1));
		this.visitor.post("/screening/code", Map.of("consent", List.of("yes")));
		assertThat(screenings()).isEqualTo(before + 1);
	}

	@Test
	void changedAnswersAreNotTheOnesSavedUnderTheCode() throws Exception {
		this.visitor.post("/screening/code", Map.of("consent", List.of("yes")));
		this.visitor.setCookie(
				new Cookie(AnswersCookie.NAME, this.cookie.seal(new AnswersCookie.Saved(Drafts.seizures(), null))));

		MvcResult page = this.visitor.get("/screening/code");

		assertThat(page.getResponse().getStatus()).isEqualTo(303);
		assertThat(body(this.visitor.get("/screening/result"))).doesNotContain("data-reference-code");
	}

	@Test
	void aCallBackRequestWithProblemsComesBackWithEveryValueKept() throws Exception {
		int before = callBacks();

		MvcResult page = this.visitor.post("/screening/call-back", Map.of("firstName", List.of("Ana <b>"), "phone",
				List.of("call me"), "bestTime", List.of("after 5"), "from", List.of("result")));

		// The errors are a page of their own (a GET), so Back never sends the form again.
		assertThat(page.getResponse().getStatus()).isEqualTo(303);
		assertThat(page.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/screening/result?callBack=check");
		assertThat(this.visitor.cookie(AnswersCookie.CALL_BACK_NAME)).isNotNull();
		page = this.visitor.follow(page);
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(page)).contains("<a href=\"#phone\">Enter a phone number, like 555-123-4567</a>")
			.contains("<a href=\"#voicemail-true\">Select yes or no</a>")
			.contains("<a href=\"#consent\">Check the box so we may keep these details</a>")
			.contains("value=\"Ana &lt;b&gt;\"")
			.contains("value=\"call me\"")
			.contains("value=\"after 5\"")
			.contains("data-level=\"IOP\"");
		assertThat(callBacks()).isEqualTo(before);
		// The result page at its own address shows no old errors.
		assertThat(body(this.visitor.get("/screening/result"))).doesNotContain("error-summary");
		// Sent, the kept form is gone.
		MvcResult sent = this.visitor.post("/screening/call-back",
				Map.of("firstName", List.of("Ana"), "phone", List.of("555-010-0199"), "voicemail", List.of("false"),
						"consent", List.of("yes"), "from", List.of("result")));
		assertThat(sent.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/screening/call-back/sent");
		assertThat(this.visitor.cookie(AnswersCookie.CALL_BACK_NAME)).isNull();
		assertThat(callBacks()).isEqualTo(before + 1);
	}

	// A right-to-left override, a zero-width space, a NUL: a name that reads differently
	// in the staff queue than it was typed.
	@ParameterizedTest
	@ValueSource(strings = { "Ana\u202Eanitsirk", "An\u200Ba", "Ana\u0000" })
	void aFirstNameWithHiddenCharactersIsRefusedWithEveryValueKept(String name) throws Exception {
		int before = callBacks();

		MvcResult page = this.visitor.post("/screening/call-back",
				Map.of("firstName", List.of(name), "phone", List.of("555-010-0199"), "voicemail", List.of("false"),
						"consent", List.of("yes"), "from", List.of("result")));

		assertThat(page.getResponse().getStatus()).isEqualTo(303);
		page = this.visitor.follow(page);
		assertThat(body(page)).contains("<a href=\"#firstName\">Your first name has a hidden character in it")
			.contains("value=\"555-010-0199\"")
			.contains("data-level=\"IOP\"");
		assertThat(callBacks()).isEqualTo(before);
	}

	@Test
	void aCallBackRequestIsQueuedAndThanksAtItsOwnAddress() throws Exception {
		int before = callBacks();

		MvcResult sent = this.visitor.post("/screening/call-back", Map.of("firstName", List.of("Ana"), "phone",
				List.of("(555) 010-0199"), "voicemail", List.of("false"), "consent", List.of("yes")));

		assertThat(sent.getResponse().getStatus()).isEqualTo(303);
		assertThat(sent.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/screening/call-back/sent");
		assertThat(body(this.visitor.get("/screening/call-back/sent"))).contains("We will call you");
		assertThat(callBacks()).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject(
				"SELECT status FROM call_back_request WHERE id = (SELECT MAX(id) FROM call_back_request)",
				String.class))
			.isEqualTo("NEW");
	}

	@Test
	void theCallBackFormHasItsOwnPageInSpanishToo() throws Exception {
		MvcResult page = this.visitor
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/screening/call-back")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "es"));

		assertThat(body(page)).contains("Pídanos que le llamemos").contains("lo borramos después de 30 días");
	}

	private int screenings() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM saved_screening", Integer.class);
	}

	private int callBacks() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM call_back_request", Integer.class);
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

}
