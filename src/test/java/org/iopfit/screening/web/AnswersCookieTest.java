package org.iopfit.screening.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.iopfit.questions.AnswerReader;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Step;
import org.iopfit.questions.Question;
import org.iopfit.questions.RawValue;
import org.iopfit.system.security.TransportProperties;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sealed answers cookie: read back by any instance with the same secret, by no other,
 * not after its idle timeout, and never readable in the browser.
 */
class AnswersCookieTest {

	private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

	private final Draft answers = AnswerReader
		.read(Map.of("respondent", List.of(RawValue.text("SOMEONE_ELSE")), "support", List.of(RawValue.text("NONE"))),
				List.of(Question.RESPONDENT, Question.SUPPORT))
		.answers();

	@TempDir
	Path data;

	@Test
	void aCallBackFormWithAProblemIsKeptAsTypedAndCutWhereNoValidValueIsThatLong() {
		AnswersCookie cookie = cookie("a-secret-of-at-least-thirty-two-characters", NOW);
		for (String typed : List.of("", " ", "Ana\nBob", "\u0000", "12:34", "5:x", "\uD83D\uDE00", "x".repeat(5000),
				"Ña <b>")) {
			CallBackForm form = new CallBackForm();
			form.setFirstName(typed);
			form.setPhone("555-010-0123");
			form.setBestTime(typed);
			form.setVoicemail("maybe");
			form.setConsent("yes");
			MockHttpServletResponse response = new MockHttpServletResponse();
			cookie.writeCallBack(new MockHttpServletRequest(), response, form);
			MockHttpServletRequest next = new MockHttpServletRequest();
			next.setCookies(response.getCookie(AnswersCookie.CALL_BACK_NAME));

			CallBackForm kept = cookie.callBack(next).orElseThrow(() -> new AssertionError("not kept: " + typed));

			assertThat(kept.getFirstName()).isEqualTo(cut(form.getFirstName()));
			assertThat(kept.getBestTime()).isEqualTo(cut(form.getBestTime()));
			assertThat(kept.getVoicemail()).isEqualTo("maybe");
			assertThat(kept.errors().keySet()).isEqualTo(form.errors().keySet());
		}
	}

	private static String cut(String value) {
		return (value.length() > 200) ? value.substring(0, 200) : value;
	}

	@Test
	void everyPageToShowWithItsErrorsSurvivesTheCookieByAFixedNumber() {
		AnswersCookie cookie = cookie("a-secret-of-at-least-thirty-two-characters", NOW);
		for (Step page : Step.all()) {
			assertThat(cookie.open(cookie.seal(new AnswersCookie.Saved(this.answers, page))).unansweredShown())
				.as("a new page needs its number at the end of AnswersCookie.SHOWN_PAGES")
				.isEqualTo(page);
		}
	}

	@Test
	void anotherInstanceWithTheSameSecretReadsTheAnswers() {
		String sealed = cookie("a-secret-of-at-least-thirty-two-characters", NOW)
			.seal(new AnswersCookie.Saved(this.answers, null));

		assertThat(cookie("a-secret-of-at-least-thirty-two-characters", NOW.plusSeconds(60)).open(sealed).answers())
			.isEqualTo(this.answers);
		assertThat(cookie("another-secret-of-at-least-thirty-two-chars", NOW).open(sealed).answers())
			.isEqualTo(Draft.empty());
	}

	@Test
	void theBrowserHoldsNothingReadableAndNoTwoCookiesAreAlike() {
		AnswersCookie cookie = cookie("a-secret-of-at-least-thirty-two-characters", NOW);

		String first = cookie.seal(new AnswersCookie.Saved(this.answers, null));

		assertThat(first).doesNotContain("SOMEONE").doesNotContain("NONE").matches("[A-Za-z0-9_-]+");
		assertThat(cookie.seal(new AnswersCookie.Saved(this.answers, null))).isNotEqualTo(first);
		assertThat(first.length()).isLessThan(100);
	}

	@Test
	void answersAreForgottenAfterTheIdleTimeout() {
		String sealed = cookie("a-secret-of-at-least-thirty-two-characters", NOW)
			.seal(new AnswersCookie.Saved(this.answers, null));

		assertThat(cookie("a-secret-of-at-least-thirty-two-characters", NOW.plus(Duration.ofHours(12))).open(sealed)
			.answers()).isEqualTo(this.answers);
		assertThat(cookie("a-secret-of-at-least-thirty-two-characters", NOW.plus(Duration.ofHours(12).plusSeconds(1)))
			.open(sealed)
			.answers()).isEqualTo(Draft.empty());
	}

	@Test
	void withoutASecretAKeyIsMadeOnceAndKeptSoARestartReadsTheAnswers() throws Exception {
		Path keyFile = this.data.resolve("data/answers-cookie.key");
		String sealed = cookie(keyFile, NOW).seal(new AnswersCookie.Saved(this.answers, null));

		assertThat(keyFile).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())))
			.isEqualTo("rwx------");
		assertThat(cookie(keyFile, NOW).open(sealed).answers()).isEqualTo(this.answers);
		assertThat(cookie(this.data.resolve("other.key"), NOW).open(sealed).answers()).isEqualTo(Draft.empty());
	}

	private AnswersCookie cookie(String secret, Instant now) {
		return new AnswersCookie(
				new AnswersCookieProperties(secret, this.data.resolve("unused.key"), Duration.ofHours(12)),
				Clock.fixed(now, ZoneOffset.UTC), new TransportProperties(false, ""));
	}

	private static AnswersCookie cookie(Path keyFile, Instant now) {
		return new AnswersCookie(new AnswersCookieProperties("", keyFile, Duration.ofHours(12)),
				Clock.fixed(now, ZoneOffset.UTC), new TransportProperties(false, ""));
	}

}
