package org.iopfit.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English texts a person reads to answer and to understand the result are easy to
 * read: the Flesch-Kincaid grade of every question, hint, answer, reason, caution and
 * result text is 7 or below, and their average is 6 or below.
 * <p>
 * How it is measured, so that the figures can be compared from one change to the next:
 * <ul>
 * <li>Grade = 0.39 &times; words per sentence + 11.8 &times; syllables per word &minus;
 * 15.59 (Kincaid et al., 1975).</li>
 * <li>A sentence ends with {@code .}, {@code !} or {@code ?}; a text without one is one
 * sentence. Colons and semicolons do not end a sentence.</li>
 * <li>Syllables are counted by the usual rule of thumb: groups of vowels, less a silent
 * final e. A number, a phone number or a placeholder is one word of one syllable.</li>
 * <li>Answer labels of fewer than {@value #MIN_WORDS} words ("Yes", "Not sure",
 * "Alcohol") are not graded: the formula means nothing for a label.</li>
 * <li>The names of substances, medicines and organizations that a reader must recognize
 * and that have no plainer word ({@link #NAMES}) count as two syllables each.</li>
 * </ul>
 */
class ReadingGradeTest {

	static final double MAX_GRADE = 7.0;

	static final double MAX_AVERAGE = 6.0;

	static final int MIN_WORDS = 5;

	/**
	 * Which texts are measured: the questionnaire's, the result's, the crisis lines', the
	 * landing page's and the families page's.
	 */
	private static final Pattern MEASURED = Pattern
		.compile("(q|step|reason|result|level|crisis|screeningCrisis|home|helpNow|families)\\..*");

	/**
	 * Not running text: headings, titles and names, the short labels of the
	 * check-your-answers page, button labels, and the Spanish line of the English page.
	 */
	private static final Pattern NOT_MEASURED = Pattern.compile(".*\\.heading(\\..*)?|.*\\.title|.*\\.name"
			+ "|q\\..*\\.short\\..*|crisis\\.(call|text|tty)|crisis\\..*\\.spanish");

	/**
	 * Names with no plainer word, counted as two syllables: substances, medicines and
	 * conditions as people and clinicians name them, the levels of care, and
	 * organizations. Every other word is counted as it is.
	 */
	static final Set<String> NAMES = Set.of("alcohol", "opioids", "opioid", "heroin", "fentanyl", "oxycodone",
			"benzodiazepines", "xanax", "valium", "cannabis", "marijuana", "stimulants", "sedatives", "naloxone",
			"narcan", "suboxone", "buprenorphine", "methadone", "naltrexone", "depression", "anxiety", "bipolar",
			"ptsd", "diabetes", "delirium", "inpatient", "outpatient", "residential", "intensive", "iop", "samhsa",
			"al-anon", "nar-anon", "craft", "smart", "asl", "tty");

	@Test
	void everyTextIsAtGradeSevenOrBelowAndTheAverageAtSixOrBelow() throws IOException {
		Map<String, Double> grades = grades(load("messages.properties"));
		List<String> tooHard = new ArrayList<>();
		grades.forEach((key, grade) -> {
			if (grade > MAX_GRADE) {
				tooHard.add(String.format(Locale.ROOT, "%5.1f  %s", grade, key));
			}
		});
		double average = grades.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double hardest = grades.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		System.out.printf(Locale.ROOT,
				"Reading grade (Flesch-Kincaid) of %d English texts: average %.2f, hardest %.1f, above %.0f: %d%n",
				grades.size(), average, hardest, MAX_GRADE, tooHard.size());
		tooHard.forEach(System.out::println);

		assertThat(grades).as("texts measured").hasSizeGreaterThan(150);
		assertThat(tooHard).as("texts above grade " + MAX_GRADE).isEmpty();
		assertThat(average).as("average grade").isLessThanOrEqualTo(MAX_AVERAGE);
	}

	/**
	 * The texts the clinical review of issue 25 named or added: each is measured (not
	 * left out as a label or a heading) and at grade 7 or below. The review's own count
	 * found the first three at 9.4, 8.2 and 8.1.
	 */
	@Test
	void theTextsTheClinicalReviewNamedAreMeasuredAndAtGradeSevenOrBelow() throws IOException {
		Map<String, Double> grades = grades(load("messages.properties"));
		List<String> named = new ArrayList<>(List.of("q.withdrawalHistory.SEIZURES_OR_DELIRIUM", "home.lead",
				"reason.OPIOID_MEDICATION.CAUTION.SELF", "reason.OPIOID_MEDICATION.CAUTION.SOMEONE_ELSE",
				"reason.SUICIDAL_THOUGHTS.REASON.SOMEONE_ELSE", "reason.OPIOID_TOLERANCE_DROPS.CAUTION.SELF",
				"reason.MENTAL_HEALTH_UNSTABLE.REASON.SELF", "reason.MODERATE_OR_SEVERE.REASON.IOP.SELF",
				"reason.WITHDRAWAL_SEIZURES_OR_DELIRIUM.REASON.SELF", "reason.CANNOT_ATTEND.REASON.SELF",
				"reason.UNSTABLE_HOUSING.CAUTION.SELF", "reason.UNSTABLE_HOUSING.REASON.SOMEONE_ELSE",
				"reason.FENTANYL_IN_SUPPLY.CAUTION.SELF", "q.medicalMonitoringNeeded.legend.SELF",
				"q.criteria.WITHDRAWAL.SELF", "level.IOP.hours", "families.overdose.2", "families.overdose.wearsOff",
				"families.overdose.tolerance", "families.teens.text", "result.crisisLine", "crisis.LIFELINE_988.more",
				"crisis.SAMHSA_HELPLINE.more"));
		for (String sedatives : List.of("ALCOHOL", "BENZODIAZEPINES", "ALCOHOL_AND_BENZODIAZEPINES")) {
			for (String code : List.of("MEDICAL_CHECK_BEFORE_STOPPING", "STOPPING_CAN_BE_DANGEROUS",
					"OPIOIDS_WITH_SEDATIVES")) {
				named.add("reason." + code + ".CAUTION." + sedatives + ".SOMEONE_ELSE");
			}
		}
		for (String key : named) {
			assertThat(grades).as(key + " is measured").containsKey(key);
			assertThat(grades.get(key)).as(key).isLessThanOrEqualTo(MAX_GRADE);
		}
	}

	@Test
	void theReasonsAPasswordIsRefusedAreAtGradeSevenOrBelow() throws IOException {
		// Staff texts are not measured as a whole (they name screens and records), but
		// these tell anyone choosing a password what to do instead, and must be plain.
		Properties staff = load("staff.properties");
		List<String> keys = staff.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith("staff.password.problem."))
			.toList();
		assertThat(keys).hasSizeGreaterThanOrEqualTo(7);
		for (String key : keys) {
			assertThat(grade(staff.getProperty(key))).as(key + ": " + staff.getProperty(key))
				.isLessThanOrEqualTo(MAX_GRADE);
		}
	}

	@Test
	void whatStaffReadAloudOnThePhoneIsAtGradeSevenOrBelow() throws IOException {
		// Staff texts are not measured as a whole, but phone mode's script is heard by
		// the caller: the opening, the lead-ins, the signs as questions, the short
		// choices, the safety advice and the result's own lines.
		Properties staff = load("staff.properties");
		Pattern readAloud = Pattern.compile("staff\\.phone\\.(opening\\.\\d+|step\\.[a-z-]+\\.say|signs?\\..*"
				+ "|substances\\..*|choice\\..*|advice\\..*|result\\.(intro|next|clinician)\\..*|crisis\\.say\\..*)");
		List<String> keys = staff.stringPropertyNames()
			.stream()
			.filter((key) -> readAloud.matcher(key).matches())
			.filter((key) -> words(staff.getProperty(key)).size() >= MIN_WORDS)
			.toList();
		assertThat(keys).as("phone texts measured").hasSizeGreaterThan(30);
		for (String key : keys) {
			assertThat(grade(staff.getProperty(key))).as(key + ": " + staff.getProperty(key))
				.isLessThanOrEqualTo(MAX_GRADE);
		}
	}

	@Test
	void theFormulaGivesTheKnownGrades() {
		// Hand-counted: 6 words, 1 sentence, 6 syllables.
		assertThat(grade("The cat sat on the mat.")).isCloseTo(0.39 * 6 + 11.8 * 1 - 15.59, within());
		// 2 sentences of 4 words; "program" 2, "expensive" 3 syllables.
		assertThat(grade("Call us for help. The program is expensive.")).isCloseTo(0.39 * 4 + 11.8 * 11 / 8 - 15.59,
				within());
		assertThat(syllables("the")).isEqualTo(1);
		assertThat(syllables("make")).isEqualTo(1);
		assertThat(syllables("people")).isEqualTo(2);
		assertThat(syllables("treatment")).isEqualTo(2);
		assertThat(syllables("asked")).isEqualTo(1);
		assertThat(syllables("needed")).isEqualTo(2);
		assertThat(syllables("every")).isEqualTo(3);
		assertThat(syllables("mental-health")).isEqualTo(3);
		assertThat(syllables("buprenorphine")).isEqualTo(2);
		assertThat(syllables("844-639-8371")).isEqualTo(1);
		// A hard sentence is caught.
		assertThat(grade("Comprehensive multidisciplinary interventions necessitate individualized considerations."))
			.isGreaterThan(MAX_GRADE);
	}

	static org.assertj.core.data.Offset<Double> within() {
		return org.assertj.core.data.Offset.offset(0.01);
	}

	/** The grade of every measured text, by key. */
	static Map<String, Double> grades(Properties messages) {
		Map<String, Double> grades = new TreeMap<>();
		for (String key : messages.stringPropertyNames()) {
			if (!MEASURED.matcher(key).matches() || NOT_MEASURED.matcher(key).matches()) {
				continue;
			}
			String text = messages.getProperty(key);
			if (words(text).size() < MIN_WORDS) {
				continue;
			}
			grades.put(key, grade(text));
		}
		return grades;
	}

	static double grade(String text) {
		List<String> words = words(text);
		int sentences = Math.max(1, sentences(text));
		int syllables = words.stream().mapToInt(ReadingGradeTest::syllables).sum();
		return 0.39 * words.size() / sentences + 11.8 * syllables / words.size() - 15.59;
	}

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}{}]+(?:['’-][\\p{L}\\p{N}{}]+)*");

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			words.add(word.group());
		}
		return words;
	}

	static int sentences(String text) {
		// A full stop inside a number or an abbreviation like "e.g." does not end one.
		Matcher end = Pattern.compile("[.!?]+(?=\\s|$)").matcher(text.strip());
		int count = 0;
		while (end.find()) {
			count++;
		}
		return count;
	}

	static int syllables(String token) {
		String word = token.toLowerCase(Locale.ROOT).replace('’', '\'');
		if (word.matches(".*[\\d{}].*")) {
			return 1;
		}
		if (NAMES.contains(word)) {
			return 2;
		}
		if (word.contains("-")) {
			int sum = 0;
			for (String part : word.split("-")) {
				sum += syllables(part);
			}
			return Math.max(1, sum);
		}
		word = word.replaceAll("'s$", "").replaceAll("[^a-z]", "");
		if (word.length() <= 3) {
			return 1;
		}
		word = word.replaceAll("(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$", "x");
		word = word.replaceAll("^y", "");
		Matcher groups = Pattern.compile("[aeiouy]+").matcher(word);
		int count = 0;
		while (groups.find()) {
			count++;
		}
		return Math.max(1, count);
	}

	static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", bundle),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
