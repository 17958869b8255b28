package org.iopfit.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.iopfit.placement.CrisisResource;
import org.iopfit.placement.Level;
import org.iopfit.placement.Reason;
import org.iopfit.placement.Respondent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a message is missing in a language, or a template holds text that
 * would not be translated.
 */
class I18nSyncTest {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * A literal key in a template: {@code #{home.title}} or {@code #{crisis.call(...)}}.
	 */
	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	/** Text between two tags. */
	private static final Pattern TEXT = Pattern.compile(">([^<>]*)<");

	/** An opening tag whose text Thymeleaf replaces or removes. */
	private static final Pattern REPLACED = Pattern
		.compile("th:(text|utext|replace|insert|remove|block|each|if|unless|fragment)=");

	/** Every bundle (spring.messages.basename), by its English file's name. */
	private static final List<String> BUNDLES = List.of("messages", "staff");

	@ParameterizedTest
	@ValueSource(strings = { "messages", "staff" })
	void everyKeyIsInEveryLanguage(String bundle) throws IOException {
		Set<String> english = keys(bundle + ".properties");
		Set<String> spanish = keys(bundle + "_es.properties");

		assertThat(english).as(bundle + " is empty").isNotEmpty();
		assertThat(spanish).as("keys missing in Spanish").containsAll(english);
		assertThat(english).as("keys missing in English").containsAll(spanish);
	}

	/**
	 * Keys that the pages and the API build at run time from the enums, which no template
	 * names literally: the crisis lines' texts, the levels' texts and the result's texts
	 * per respondent. (The reasons' keys are checked over the whole answer space by
	 * {@code ReasonWordingTest}.)
	 */
	@Test
	void everyKeyBuiltFromAnEnumIsInEveryLanguage() throws IOException {
		Set<String> needed = new TreeSet<>();
		for (CrisisResource line : CrisisResource.values()) {
			needed.add("crisis." + line + ".name");
			needed.add("crisis." + line + ".when");
			needed.add("crisis." + line + ".more");
			if (line.hasSpanishOption()) {
				needed.add("crisis." + line + ".spanish");
			}
		}
		for (Level level : Level.values()) {
			needed.add("level." + level + ".name");
			if (level != Level.EMERGENCY) {
				for (String part : List.of("hours", "length", "when")) {
					needed.add("level." + level + "." + part);
				}
			}
		}
		for (Respondent who : Respondent.values()) {
			for (Level level : List.of(Level.OUTPATIENT, Level.IOP, Level.INPATIENT)) {
				needed.add("level." + level + ".home." + who);
			}
			for (String key : List.of("result.lead.", "result.notDiagnosis.", "check.next.text.",
					"screeningCrisis.heading.", "screeningCrisis.lead.")) {
				needed.add(key + who);
			}
			for (Reason.Code code : List.of(Reason.Code.SUICIDAL_THOUGHTS, Reason.Code.OVERDOSE_OR_MEDICAL_EMERGENCY,
					Reason.Code.SEVERE_WITHDRAWAL_NOW)) {
				// The crisis page's advice, one per crisis answer.
				needed.add(new Reason(code, Reason.Kind.REASON).messageKey(who, Level.EMERGENCY));
			}
		}
		assertThat(keys("messages.properties")).as("English").containsAll(needed);
		assertThat(keys("messages_es.properties")).as("Spanish").containsAll(needed);
	}

	@Test
	void theCheckCatchesAKeyBuiltAtRunTimeThatIsMissing() {
		// Keeps the test above honest: a key built from an enum is one it looks for.
		assertThat(
				new Reason(Reason.Code.MILD_SIGNS, Reason.Kind.REASON).messageKey(Respondent.SOMEONE_ELSE, Level.IOP))
			.isEqualTo("reason.MILD_SIGNS.REASON.IOP.SOMEONE_ELSE");
	}

	@Test
	void theBundlesAreTheOnesTheAppLoads() throws IOException {
		String basename = Files.readString(Path.of("src/main/resources/application.yml"))
			.lines()
			.filter((line) -> line.strip().startsWith("basename:"))
			.findFirst()
			.orElseThrow()
			.replaceFirst(".*basename:", "")
			.strip();

		assertThat(basename.split(",")).containsExactlyElementsOf(BUNDLES.stream().map("messages/"::concat).toList());
	}

	@Test
	void noKeyIsInTwoBundles() throws IOException {
		Set<String> staff = keys("staff.properties");

		assertThat(keys("messages.properties")).doesNotContainAnyElementsOf(staff);
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> english = new TreeSet<>();
		for (String bundle : BUNDLES) {
			english.addAll(keys(bundle + ".properties"));
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher key = LITERAL_KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!english.contains(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noTemplateHoldsTextThatIsNotTranslated() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher text = TEXT.matcher(html);
			while (text.find()) {
				String content = text.group(1).strip();
				if (content.isEmpty() || !content.matches("(?s).*\\p{L}.*")) {
					continue;
				}
				String tag = html.substring(html.lastIndexOf('<', text.start()), text.start() + 1);
				boolean replaced = REPLACED.matcher(tag).find() || tag.startsWith("<title") || tag.startsWith("<style")
						|| tag.startsWith("<script");
				if (!replaced) {
					hardCoded.add(TEMPLATES.relativize(template) + ": \"" + content + "\" after " + tag);
				}
			}
		}
		assertThat(hardCoded).as("text in templates that is not a message key").isEmpty();
	}

	@Test
	void messagesHaveNoApostrophesThatMessageFormatWouldEat() throws IOException {
		for (String bundle : BUNDLES.stream()
			.flatMap((name) -> Stream.of(name + ".properties", name + "_es.properties"))
			.toList()) {
			Properties properties = load(bundle);
			for (String key : properties.stringPropertyNames()) {
				String value = properties.getProperty(key);
				// Reasons are always formatted with the number of signs, even where
				// their text does not show it.
				if (value.contains("{0}") || key.startsWith("reason.")) {
					assertThat(value).as(bundle + " " + key).doesNotContain("'");
				}
			}
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> keys(String bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(bundle), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
