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
import org.iopfit.questions.Step;
import org.iopfit.records.Drafts;
import org.iopfit.screening.QuestionWordingAccess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The script staff read aloud for a whole screening stays within 650 words, about four
 * and a half minutes at 150 words a minute, and the signs page within 150, for any
 * answers: the longest of thousands of random screenings and of the heaviest answers, in
 * both languages. Counted is what is read (see {@link ReadAloud}): the opening, each
 * page's lead-in, questions, hints and the choices the caller chooses among (the signs,
 * the substances, the worst withdrawal...), the result and its safety advice. An earlier
 * count took only the questions and left out every choice and hint, which is how it found
 * under 600 words where a call read 768.
 */
class ReadAloudLengthTest {

	private static final int MOST_WORDS = 650;

	private static final int MOST_SIGNS_WORDS = 150;

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void theWholeReadAloudScriptStaysWithin650WordsAndTheSignsWithin150(String language) {
		PhoneScript script = new PhoneScript(messages(), QuestionWordingAccess.create(messages()));
		PlacementRules rules = new PlacementRules();
		Locale locale = Locale.forLanguageTag(language);
		Random random = new Random(9);
		int longest = 0;
		int longestSigns = 0;
		for (int i = 0; i < 3000; i++) {
			Draft answers = Drafts.of(randomAnswers(random));
			Recommendation recommendation = answers.anyCrisis() ? null : rules.recommend(answers.toAnswers());
			longest = Math.max(longest, words(ReadAloud.of(script, answers, recommendation, locale)));
			longestSigns = Math.max(longestSigns, words(script.readAloud(Step.SIGNS, answers, locale)));
		}
		// The most reasons, cautions and advice at once: every sign and substance,
		// seizures, for a caller about themselves and about someone else.
		int heaviest = 0;
		for (String who : List.of("SELF", "SOMEONE_ELSE")) {
			Map<String, List<String>> most = Drafts.iopFields(who);
			most.put("criteria", Question.CRITERIA.choices());
			most.put("substances", Question.SUBSTANCES.choices());
			most.put("withdrawalHistory", List.of("SEIZURES_OR_DELIRIUM"));
			Draft heavy = Drafts.of(most);
			heaviest = Math.max(heaviest,
					words(ReadAloud.of(script, heavy, rules.recommend(heavy.toAnswers()), locale)));
			longestSigns = Math.max(longestSigns, words(script.readAloud(Step.SIGNS, heavy, locale)));
		}

		System.out.println("Read aloud (" + language + "): at most " + Math.max(longest, heaviest)
				+ " words, the signs page " + longestSigns);
		assertThat(Math.max(longest, heaviest)).as("words read aloud at most").isLessThanOrEqualTo(MOST_WORDS);
		assertThat(longestSigns).as("words read aloud on the signs page").isLessThanOrEqualTo(MOST_SIGNS_WORDS);
		// Every choice of the signs page is counted, not just its questions.
		assertThat(longestSigns).as("the signs page is read whole")
			.isGreaterThan(Question.CRITERIA.choices().size() * 5);
		assertThat(heaviest).as("a whole screening is read, not just a line").isGreaterThan(400);
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
