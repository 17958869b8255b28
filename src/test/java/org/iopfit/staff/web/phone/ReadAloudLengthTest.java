package org.iopfit.staff.web.phone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Recommendation;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Question;
import org.iopfit.records.Drafts;
import org.iopfit.screening.QuestionWordingAccess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The script staff read aloud for a whole screening (opening, each page's lead-in and
 * questions, the result) stays under 600 words, about four minutes, for any answers: the
 * longest of thousands of random screenings and of every crisis, in both languages.
 */
class ReadAloudLengthTest {

	private static final int MOST_WORDS = 600;

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void theWholeReadAloudScriptStaysUnder600Words(String language) {
		PhoneScript script = new PhoneScript(messages(), QuestionWordingAccess.create(messages()));
		PlacementRules rules = new PlacementRules();
		Locale locale = Locale.forLanguageTag(language);
		Random random = new Random(9);
		int longest = 0;
		for (int i = 0; i < 3000; i++) {
			Draft answers = Drafts.of(randomAnswers(random));
			Recommendation recommendation = answers.anyCrisis() ? null : rules.recommend(answers.toAnswers());
			int words = words(ReadAloud.of(script, answers, recommendation, locale));
			longest = Math.max(longest, words);
		}
		// The most reasons and cautions at once: every sign, seizures, unstable mental
		// health.
		Map<String, List<String>> most = Drafts.iopFields("SOMEONE_ELSE");
		most.put("criteria", Question.CRITERIA.choices());
		most.put("substances", Question.SUBSTANCES.choices());
		most.put("withdrawalHistory", List.of("SEIZURES_OR_DELIRIUM"));
		Draft heavy = Drafts.of(most);
		int heaviest = words(ReadAloud.of(script, heavy, rules.recommend(heavy.toAnswers()), locale));

		System.out.println("Read aloud (" + language + "): at most " + Math.max(longest, heaviest) + " words");
		assertThat(Math.max(longest, heaviest)).as("words read aloud at most").isLessThan(MOST_WORDS);
		assertThat(heaviest).as("a whole screening is read, not just a line").isGreaterThan(200);
	}

	private static Map<String, List<String>> randomAnswers(Random random) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (Question question : Question.all()) {
			List<String> choices = question.choices();
			if (question.isMultiple()) {
				List<String> chosen = new ArrayList<>();
				for (String choice : choices) {
					if (random.nextBoolean()) {
						chosen.add(choice);
					}
				}
				if (chosen.isEmpty() && question.kind() == Question.Kind.AT_LEAST_ONE_OF) {
					chosen.add(choices.get(0));
				}
				fields.put(question.path(), chosen);
			}
			else {
				// Crisis answers are rare, so that most walks reach a result.
				boolean crisis = question.path().startsWith("crisis.");
				String value = crisis ? ((random.nextInt(20) == 0) ? "true" : "false")
						: choices.get(random.nextInt(choices.size()));
				fields.put(question.path(), List.of(value));
			}
		}
		return fields;
	}

	private static int words(List<String> sentences) {
		return sentences.stream().mapToInt((sentence) -> sentence.split("\\s+").length).sum();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages", "messages/staff");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
