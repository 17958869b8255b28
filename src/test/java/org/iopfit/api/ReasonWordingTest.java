package org.iopfit.api;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.iopfit.placement.AgeGroup;
import org.iopfit.placement.Answers;
import org.iopfit.placement.Background;
import org.iopfit.placement.AnswersBuilder;
import org.iopfit.placement.CanAttend;
import org.iopfit.placement.Crisis;
import org.iopfit.placement.Level;
import org.iopfit.placement.MentalHealth;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Reason;
import org.iopfit.placement.Readiness;
import org.iopfit.placement.Recommendation;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Substance;
import org.iopfit.placement.Support;
import org.iopfit.placement.WithdrawalHistory;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.iopfit.placement.Level.EMERGENCY;
import static org.iopfit.placement.Level.INPATIENT;
import static org.iopfit.placement.Level.IOP;
import static org.iopfit.placement.Level.OUTPATIENT;

/**
 * Over the whole answer space: every reason or caution the rules can give is worded, for
 * both respondents, in both languages, for the level it appears with; no wording is left
 * over; and no result shows a note that advises another level of care than its own.
 */
class ReasonWordingTest {

	private static final Set<Level> ANY_CARE = EnumSet.of(OUTPATIENT, IOP, INPATIENT);

	/**
	 * Each wording (its key without the respondent), with the levels of care whose
	 * results it may appear on: read as a person reads it, it fits those results and
	 * points to no other level. Reviewed by reading every text; a new wording must be
	 * added here, or the tests fail.
	 */
	static final Map<String, Set<Level>> FITS = Map.ofEntries(
			entry("reason.SUICIDAL_THOUGHTS.REASON", Set.of(EMERGENCY)),
			entry("reason.OVERDOSE_OR_MEDICAL_EMERGENCY.REASON", Set.of(EMERGENCY)),
			entry("reason.SEVERE_WITHDRAWAL_NOW.REASON", Set.of(EMERGENCY)),
			// "Do not stop alone; get medical care to stop (detox)"
			entry("reason.WITHDRAWAL_SEIZURES_OR_DELIRIUM.REASON", Set.of(INPATIENT)),
			// "A program with doctors and nurses ..."
			entry("reason.SEVERE_WITH_CO_OCCURRING.REASON", Set.of(INPATIENT)),
			entry("reason.MENTAL_HEALTH_UNSTABLE.REASON", Set.of(INPATIENT)),
			// "A lighter level of care" after inpatient: an IOP or outpatient care
			entry("reason.STEP_DOWN_AFTER_INPATIENT.REASON", Set.of(IOP, OUTPATIENT)),
			// "A stay away from home", "a program where you stay"
			entry("reason.SUBSTANCE_USE_AT_HOME.REASON", Set.of(INPATIENT)),
			entry("reason.CANNOT_ATTEND.REASON", Set.of(INPATIENT)),
			entry("reason.UNSTABLE_HOUSING.REASON", Set.of(INPATIENT)),
			entry("reason.NO_SUPPORT.REASON", Set.of(INPATIENT)),
			// Ask us: sober living, what gets in the way, housing help, support groups
			entry("reason.SUBSTANCE_USE_AT_HOME.CAUTION", ANY_CARE), entry("reason.CANNOT_ATTEND.CAUTION", Set.of(IOP)),
			entry("reason.UNSTABLE_HOUSING.CAUTION", ANY_CARE), entry("reason.NO_SUPPORT.CAUTION", ANY_CARE),
			// The number of signs, and what it means for this level
			entry("reason.MODERATE_OR_SEVERE.REASON.IOP", Set.of(IOP)),
			entry("reason.MODERATE_OR_SEVERE.REASON.INPATIENT", Set.of(INPATIENT)),
			entry("reason.MILD_SIGNS.REASON.OUTPATIENT", Set.of(OUTPATIENT)),
			entry("reason.MILD_SIGNS.REASON.IOP", Set.of(IOP)),
			entry("reason.MILD_SIGNS.REASON.INPATIENT", Set.of(INPATIENT)),
			entry("reason.FEW_SIGNS.REASON.OUTPATIENT", Set.of(OUTPATIENT)),
			entry("reason.FEW_SIGNS.REASON.INPATIENT", Set.of(INPATIENT)),
			// "More structure now": more than standard outpatient care
			entry("reason.RELAPSE_AFTER_TREATMENT.REASON", Set.of(IOP, INPATIENT)),
			entry("reason.RELAPSE_AFTER_TREATMENT.CAUTION", Set.of(OUTPATIENT)),
			// "Ask which days and times the IOP meets"
			entry("reason.ATTENDANCE_UNSURE.CAUTION", Set.of(IOP)),
			// "You live at home during this care"
			entry("reason.NEEDS_FLEXIBILITY.CAUTION.IOP", Set.of(IOP)),
			entry("reason.NEEDS_FLEXIBILITY.CAUTION.OUTPATIENT", Set.of(OUTPATIENT)),
			// "Time off or care for others during a stay"
			entry("reason.ARRANGE_LEAVE.CAUTION", Set.of(INPATIENT)),
			// Safety and coordination, true with any care
			entry("reason.OPIOID_MEDICATION.CAUTION", ANY_CARE),
			entry("reason.OPIOID_TOLERANCE_DROPS.CAUTION", ANY_CARE),
			entry("reason.OPIOID_WITHDRAWAL_DOCTOR.CAUTION", ANY_CARE),
			entry("reason.MEDICAL_CHECK_BEFORE_STOPPING.CAUTION.ALCOHOL", ANY_CARE),
			entry("reason.MEDICAL_CHECK_BEFORE_STOPPING.CAUTION.BENZODIAZEPINES", ANY_CARE),
			entry("reason.MEDICAL_CHECK_BEFORE_STOPPING.CAUTION.ALCOHOL_AND_BENZODIAZEPINES", ANY_CARE),
			entry("reason.STOPPING_CAN_BE_DANGEROUS.CAUTION.ALCOHOL", ANY_CARE),
			entry("reason.STOPPING_CAN_BE_DANGEROUS.CAUTION.BENZODIAZEPINES", ANY_CARE),
			entry("reason.STOPPING_CAN_BE_DANGEROUS.CAUTION.ALCOHOL_AND_BENZODIAZEPINES", ANY_CARE),
			entry("reason.OPIOIDS_WITH_SEDATIVES.CAUTION.ALCOHOL", ANY_CARE),
			entry("reason.OPIOIDS_WITH_SEDATIVES.CAUTION.BENZODIAZEPINES", ANY_CARE),
			entry("reason.OPIOIDS_WITH_SEDATIVES.CAUTION.ALCOHOL_AND_BENZODIAZEPINES", ANY_CARE),
			entry("reason.FENTANYL_IN_SUPPLY.CAUTION", ANY_CARE),
			entry("reason.COORDINATE_WITH_DOCTOR.CAUTION", ANY_CARE),
			entry("reason.MENTAL_HEALTH_COORDINATE.CAUTION", ANY_CARE),
			entry("reason.MENTAL_HEALTH_SUPPORT.CAUTION", ANY_CARE),
			// Policy v1.1: safety and what to tell us, true with any care
			entry("reason.KEEP_OPIOID_MEDICATION.CAUTION", ANY_CARE), entry("reason.PREGNANCY.CAUTION", ANY_CARE),
			entry("reason.PREGNANCY_OPIOIDS.CAUTION", ANY_CARE), entry("reason.PAST_OVERDOSE.CAUTION", ANY_CARE),
			entry("reason.UNDER_18.CAUTION", ANY_CARE),
			// "A first talk can help you decide"; with IOP, "going to every session"
			entry("reason.NOT_SURE_READY.CAUTION.OUTPATIENT", Set.of(OUTPATIENT)),
			entry("reason.NOT_SURE_READY.CAUTION.IOP", Set.of(IOP)),
			entry("reason.NOT_SURE_READY.CAUTION.INPATIENT", Set.of(INPATIENT)));

	/**
	 * The answers of policy v1.1, none given or one set of them, taken in turn through
	 * the space: every value of each meets every level.
	 */
	private static final List<Background> BACKGROUNDS = List.of(Background.NONE,
			new Background(Readiness.UNSURE, true, true, AgeGroup.UNDER_18, true),
			new Background(Readiness.NOT_READY, false, false, AgeGroup.AGE_18_TO_25, false),
			new Background(Readiness.READY, null, true, AgeGroup.AGE_26_OR_OVER, null));

	/**
	 * Words in an English note that point to one level of care: a note that says them may
	 * appear only on results of that level.
	 */
	static final Map<String, Level> ADVICE = Map.of("where you live for a while", INPATIENT,
			"where they live for a while", INPATIENT, "away from home", INPATIENT, "during a stay", INPATIENT,
			"often enough", OUTPATIENT, "good place to start", OUTPATIENT, "an iop gives", IOP, "the iop meets", IOP);

	/** For each wording key without the respondent, the levels it was shown with. */
	private static final Map<String, Set<Level>> shownWith = new TreeMap<>();

	@BeforeAll
	static void walkTheWholeAnswerSpace() {
		PlacementRules rules = new PlacementRules();
		// Each sedative alone and both, with and without opioids; a substance with a
		// fentanyl warning of its own.
		List<Set<Substance>> substanceSets = List.of(Set.of(Substance.ALCOHOL), Set.of(Substance.OPIOIDS),
				Set.of(Substance.CANNABIS), Set.of(Substance.BENZODIAZEPINES, Substance.OPIOIDS),
				Set.of(Substance.ALCOHOL, Substance.OPIOIDS),
				Set.of(Substance.ALCOHOL, Substance.BENZODIAZEPINES, Substance.OPIOIDS),
				Set.of(Substance.ALCOHOL, Substance.BENZODIAZEPINES, Substance.STIMULANTS));
		for (int crisis = 0; crisis < 8; crisis++) {
			for (int count = 0; count <= 11; count++) {
				for (WithdrawalHistory withdrawal : WithdrawalHistory.values()) {
					for (MentalHealth mentalHealth : MentalHealth.values()) {
						for (Support support : Support.values()) {
							for (CanAttend canAttend : CanAttend.values()) {
								for (int flags = 0; flags < 64; flags++) {
									for (Set<Substance> substances : substanceSets) {
										Recommendation result = rules.recommend(new Answers(Respondent.SELF,
												new Crisis((crisis & 1) != 0, (crisis & 2) != 0, (crisis & 4) != 0),
												AnswersBuilder.firstCriteria(count), substances, withdrawal,
												bit(flags, 0), mentalHealth, support, bit(flags, 1), bit(flags, 2),
												canAttend, bit(flags, 3), bit(flags, 4), bit(flags, 5),
												background(count + flags, substances)));
										for (Reason reason : result.reasons()) {
											String key = result.messageKey(reason, Respondent.SELF);
											shownWith
												.computeIfAbsent(key.substring(0, key.lastIndexOf('.')),
														(k) -> EnumSet.noneOf(Level.class))
												.add(result.level());
										}
									}
								}
							}
						}
					}
				}
			}
		}
	}

	private static Background background(int turn, Set<Substance> substances) {
		Background background = BACKGROUNDS.get(turn % BACKGROUNDS.size());
		// Medication now is asked only with opioids.
		return substances.contains(Substance.OPIOIDS) ? background : new Background(background.readiness(),
				background.pastOverdose(), background.pregnant(), background.ageGroup(), null);
	}

	@Test
	void everyNoteShownIsWordedForEveryoneInEveryLanguageAndNoneIsLeftOver() throws IOException {
		Set<String> needed = new TreeSet<>();
		for (String stem : shownWith.keySet()) {
			for (Respondent respondent : Respondent.values()) {
				needed.add(stem + "." + respondent);
			}
		}
		for (String bundle : new String[] { "messages.properties", "messages_es.properties" }) {
			Set<String> worded = reasonKeys(load(bundle));

			assertThat(worded).as(bundle).containsAll(needed);
			assertThat(needed).as(bundle + " words notes that never appear").containsAll(worded);
		}
	}

	@Test
	void noResultShowsANoteThatAdvisesAnotherLevelOfCare() {
		List<String> wrong = new ArrayList<>();
		shownWith.forEach((stem, levels) -> {
			Set<Level> fits = FITS.get(stem);
			if (fits == null) {
				wrong.add(stem + " is shown with " + levels + " but nobody said which levels it fits");
			}
			else if (!fits.containsAll(levels)) {
				wrong.add(stem + " is shown with " + levels + " but fits only " + fits);
			}
		});
		assertThat(wrong).isEmpty();
		assertThat(shownWith.keySet()).as("wordings reviewed but never shown").containsAll(FITS.keySet());
	}

	@Test
	void aNoteThatNamesTheCareItAdvisesIsShownOnlyWithThatCare() throws IOException {
		Properties english = load("messages.properties");
		List<String> wrong = new ArrayList<>();
		for (String key : reasonKeys(english)) {
			String text = english.getProperty(key).toLowerCase(Locale.ROOT);
			Set<Level> shown = shownWith.getOrDefault(key.substring(0, key.lastIndexOf('.')), Set.of());
			ADVICE.forEach((words, level) -> {
				if (text.contains(words) && !Set.of(level).containsAll(shown)) {
					wrong.add(key + " says \"" + words + "\" (" + level + ") but is shown with " + shown);
				}
			});
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void theSignsAreWordedForTheLevelTheyAppearWith() {
		// The review that started this: a mild count on an IOP or inpatient result said
		// counseling is often enough.
		assertThat(shownWith).containsEntry("reason.MILD_SIGNS.REASON.IOP", EnumSet.of(IOP))
			.containsEntry("reason.MILD_SIGNS.REASON.INPATIENT", EnumSet.of(INPATIENT))
			.containsEntry("reason.FEW_SIGNS.REASON.INPATIENT", EnumSet.of(INPATIENT))
			.containsEntry("reason.NEEDS_FLEXIBILITY.CAUTION.IOP", EnumSet.of(IOP));
	}

	private static boolean bit(int flags, int bit) {
		return (flags & (1 << bit)) != 0;
	}

	private static Set<String> reasonKeys(Properties properties) {
		Set<String> keys = new TreeSet<>();
		for (String key : properties.stringPropertyNames()) {
			if (key.startsWith("reason.")) {
				keys.add(key);
			}
		}
		return keys;
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", bundle),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
