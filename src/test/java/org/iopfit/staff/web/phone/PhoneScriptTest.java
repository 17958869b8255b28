package org.iopfit.staff.web.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iopfit.placement.PlacementRules;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;
import org.iopfit.records.Drafts;
import org.iopfit.screening.QuestionView;
import org.iopfit.screening.QuestionWording;
import org.iopfit.screening.QuestionWordingAccess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of the phone script: the safety advice read with the result fits the answers
 * (and nothing else is read), the signs are asked as questions to or about the person,
 * and each page's listen-for line speaks of the same period as its questions; in English
 * and Spanish, for a caller about themselves and about someone else.
 */
class PhoneScriptTest {

	private static final ResourceBundleMessageSource MESSAGES = messages();

	private final QuestionWording wording = QuestionWordingAccess.create(MESSAGES);

	private final PhoneScript script = new PhoneScript(MESSAGES, this.wording);

	private final PlacementRules rules = new PlacementRules();

	@ParameterizedTest(name = "{0}, {1}, {2}: {3}")
	@CsvSource(delimiter = ';', textBlock = """
			ALCOHOL;                NONE;          en; withdrawal
			ALCOHOL;                NONE;          es; withdrawal
			BENZODIAZEPINES;        NONE;          en; withdrawal fentanyl
			BENZODIAZEPINES;        NONE;          es; withdrawal fentanyl
			STIMULANTS;             UNCOMPLICATED; en; withdrawal fentanyl
			STIMULANTS;             UNCOMPLICATED; es; withdrawal fentanyl
			CANNABIS;               SEIZURES_OR_DELIRIUM; en; withdrawal
			OPIOIDS;                NONE;          en; naloxone tolerance medication
			OPIOIDS;                NONE;          es; naloxone tolerance medication
			OPIOIDS ALCOHOL;        NONE;          en; withdrawal naloxone tolerance medication
			OPIOIDS BENZODIAZEPINES; UNCOMPLICATED; es; withdrawal naloxone tolerance medication
			STIMULANTS CANNABIS;    NONE;          en; fentanyl
			STIMULANTS OTHER;       NONE;          es; fentanyl
			CANNABIS;               NONE;          en;
			CANNABIS;               NONE;          es;
			""")
	void theSafetyAdviceThatFitsTheAnswersIsReadWithTheResultAndNoOther(String substances, String withdrawal,
			String language, String expected) {
		Locale locale = Locale.forLanguageTag(language);
		List<String> advised = (expected == null) ? List.of() : List.of(expected.split(" "));
		for (String who : List.of("SELF", "SOMEONE_ELSE")) {
			Map<String, List<String>> fields = Drafts.iopFields(who);
			fields.put("substances", List.of(substances.split(" ")));
			fields.put("withdrawalHistory", List.of(withdrawal));
			Draft answers = Drafts.of(fields);

			List<String> read = ReadAloud.of(this.script, answers, this.rules.recommend(answers.toAnswers()), locale);
			for (String advice : List.of("withdrawal", "naloxone", "tolerance", "medication", "fentanyl")) {
				String line = text("staff.phone.advice." + advice + "." + who, locale);
				if (advised.contains(advice)) {
					assertThat(read).as("%s advice for %s", advice, who).contains(line);
				}
				else {
					assertThat(read).as("no %s advice for %s", advice, who).doesNotContain(line);
				}
			}
			assertThat(read.contains(text("staff.phone.advice.heading", locale))).as("the advice's lead-in")
				.isEqualTo(!advised.isEmpty());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void theAdviceIsWordedForWhoTheCallIsAbout(String language) {
		Locale locale = Locale.forLanguageTag(language);
		for (String advice : List.of("withdrawal", "naloxone", "tolerance", "fentanyl")) {
			String self = text("staff.phone.advice." + advice + ".SELF", locale);
			String other = text("staff.phone.advice." + advice + ".SOMEONE_ELSE", locale);
			assertThat(self).as(advice).isNotEqualTo(other);
			if ("en".equals(language)) {
				assertThat(self).as(advice).containsPattern("\\byou(r)?\\b|^Please");
				assertThat(other).as(advice).containsPattern("\\b(they|them|their)\\b").doesNotContain(" you");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void theSignsAreAskedAsQuestionsToTheCallerOrAboutThePerson(String language) {
		Locale locale = Locale.forLanguageTag(language);
		for (String who : List.of("SELF", "SOMEONE_ELSE")) {
			Draft answers = Drafts.of(Drafts.iopFields(who));
			QuestionView signs = this.script.questions(Step.SIGNS, answers, Set.of(), locale)
				.stream()
				.filter((question) -> question.name().equals(Question.CRITERIA.path()))
				.findFirst()
				.orElseThrow();
			// The form sends the same values as the public page's.
			assertThat(signs.options()).extracting(QuestionView.Option::value)
				.containsExactlyElementsOf(Question.CRITERIA.choices());
			// Chosen answers stay ticked.
			assertThat(signs.options()).filteredOn(QuestionView.Option::checked)
				.extracting(QuestionView.Option::value)
				.containsExactlyInAnyOrderElementsOf(answers.selected(Question.CRITERIA));
			for (QuestionView.Option sign : signs.options()) {
				String publicLabel = this.wording.label(Question.CRITERIA, sign.value(), who, locale);
				assertThat(sign.label()).as(sign.value()).isNotEqualTo(publicLabel).endsWith("?");
				if ("es".equals(language)) {
					assertThat(sign.label()).as(sign.value()).startsWith("¿");
				}
				else if ("SELF".equals(who)) {
					assertThat(sign.label()).as(sign.value())
						.matches("(Have|Has) .*")
						.containsPattern("\\byou\\b|^Has using")
						.doesNotContainPattern("\\b(I|my|me|they|their|them)\\b");
				}
				else {
					assertThat(sign.label()).as(sign.value())
						.matches("(Have|Has) .*")
						.containsPattern("\\b(they|their|them)\\b")
						.doesNotContainPattern("\\b(I|my|me|you|your)\\b");
				}
			}
			// What to leave out is said in the question itself, since its hint is not
			// read.
			assertThat(signs.legend()).contains("12").containsPattern("(?i)prescri|recet");
		}
	}

	/** "In the past 3 months", "past 12 months", "in the past year"; Spanish alike. */
	private static final Pattern PERIOD = Pattern
		.compile("(?i)(past (\\d+ )?(months?|years?|weeks?)|últim[oa]s? (\\d+ )?(mes|meses|año|años|semanas?))");

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void eachListenForLineSpeaksOfThePeriodItsQuestionsAskAbout(String language) {
		Locale locale = Locale.forLanguageTag(language);
		int periods = 0;
		for (Step step : Step.all()) {
			if (step == Step.WHO) {
				continue;
			}
			String listen = this.script.step(step, locale).listen();
			List<String> asked = pageTexts(step, locale);
			Matcher period = PERIOD.matcher(listen);
			while (period.find()) {
				periods++;
				String said = period.group().toLowerCase(locale);
				assertThat(asked).as("%s: listen for \"%s\", as its questions say", step.slug(), said)
					.anyMatch((text) -> text.toLowerCase(locale).contains(said));
			}
		}
		// The signs (12 months), mental health (a year) and daily life (3 months).
		assertThat(periods).isGreaterThanOrEqualTo(3);
	}

	/** Every word of a page's questions, as the public page and the phone word them. */
	private List<String> pageTexts(Step step, Locale locale) {
		List<String> texts = new ArrayList<>();
		for (String who : List.of("SELF", "SOMEONE_ELSE")) {
			Draft answers = Drafts.of(Drafts.iopFields(who));
			List<QuestionView> views = new ArrayList<>(this.script.questions(step, answers, Set.of(), locale));
			step.questions()
				.forEach((question) -> views.add(this.wording.view(question, Set.of(), false, null, who, locale)));
			for (QuestionView view : views) {
				texts.add(view.legend());
				if (view.hint() != null) {
					texts.add(view.hint());
				}
				view.options().forEach((option) -> texts.add(option.label()));
			}
		}
		return texts;
	}

	private static String text(String key, Locale locale) {
		return MESSAGES.getMessage(key, null, locale);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages", "messages/staff");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
