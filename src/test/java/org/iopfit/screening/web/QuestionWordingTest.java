package org.iopfit.screening.web;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.iopfit.placement.Respondent;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The question table and the bundles agree, in both languages and for both respondents:
 * every key the pages build for a question exists, a hint or an introduction exists
 * exactly where the table says so, and every answer has a wording. A text added to a
 * bundle without telling the table (or the other way round) fails here, not on a page.
 */
class QuestionWordingTest {

	@Test
	void everyQuestionIsWordedForBothRespondentsInBothLanguages() throws Exception {
		for (String bundle : List.of("messages/messages.properties", "messages/messages_es.properties")) {
			Properties texts = PropertiesLoaderUtils.loadProperties(new ClassPathResource(bundle));
			for (Respondent respondent : Respondent.values()) {
				for (Question question : Question.all()) {
					String stem = "q." + question.path() + ".";
					String who = "." + respondent;
					String as = bundle + " " + stem + "*" + who;
					assertThat(texts).as(as)
						.containsKeys(stem + "legend" + who, stem + "short" + who, "error." + question.path() + who);
					assertThat(texts.containsKey(stem + "hint" + who)).as(as + " hint").isEqualTo(question.hasHint());
					for (String value : question.choices()) {
						assertThat(List.of(stem + value + who, stem + value, "answer." + value)).as(as + " " + value)
							.anyMatch(texts::containsKey);
					}
				}
				for (Step step : Step.all()) {
					String stem = "step." + step.slug() + ".";
					assertThat(texts).as(bundle + " " + stem).containsKey(stem + "heading." + respondent);
					assertThat(texts.containsKey(stem + "intro." + respondent)).as(bundle + " " + stem + "intro")
						.isEqualTo(step.hasIntro());
				}
			}
			assertThat(texts.stringPropertyNames()
				.stream()
				.filter((key) -> key.matches("q\\.[^.]+(\\.[^.]+)?\\.hint\\..*")))
				.as(bundle + ": a hint no question has")
				.allMatch((key) -> Question.byPath(key.substring(2, key.indexOf(".hint.")))
					.map(Question::hasHint)
					.orElse(false));
		}
	}

}
