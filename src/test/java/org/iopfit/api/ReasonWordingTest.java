package org.iopfit.api;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.iopfit.placement.Answers;
import org.iopfit.placement.CanAttend;
import org.iopfit.placement.Crisis;
import org.iopfit.placement.MentalHealth;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Reason;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Substance;
import org.iopfit.placement.Support;
import org.iopfit.placement.WithdrawalHistory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason or caution the rules can give has its wording, for both respondents, in
 * both languages; and no wording is left over for a reason the rules never give.
 */
class ReasonWordingTest {

	@Test
	void everyReachableReasonIsWordedForEveryoneInEveryLanguage() throws IOException {
		Set<String> needed = new TreeSet<>();
		for (Reason reason : reachableReasons()) {
			for (Respondent respondent : Respondent.values()) {
				needed.add(reason.messageKey(respondent));
			}
		}
		for (String bundle : new String[] { "messages.properties", "messages_es.properties" }) {
			Set<String> worded = reasonKeys(bundle);

			assertThat(worded).as(bundle).containsAll(needed);
			assertThat(needed).as(bundle + " words reasons that never occur").containsAll(worded);
		}
	}

	private static Set<Reason> reachableReasons() {
		PlacementRules rules = new PlacementRules();
		Set<Reason> reasons = new HashSet<>();
		boolean[] bools = { false, true };
		for (int crisis = 0; crisis < 8; crisis++) {
			for (int count = 0; count <= 11; count++) {
				for (WithdrawalHistory withdrawal : WithdrawalHistory.values()) {
					for (MentalHealth mentalHealth : MentalHealth.values()) {
						for (Support support : Support.values()) {
							for (CanAttend canAttend : CanAttend.values()) {
								for (int flags = 0; flags < 64; flags++) {
									for (Set<Substance> substances : Set.of(Set.of(Substance.ALCOHOL),
											Set.of(Substance.OPIOIDS), Set.of(Substance.CANNABIS))) {
										reasons.addAll(
												rules
													.recommend(new Answers(Respondent.SELF,
															new Crisis((crisis & 1) != 0, (crisis & 2) != 0,
																	(crisis & 4) != 0),
															Answers.firstCriteria(count), substances, withdrawal,
															bit(flags, 0), mentalHealth, support, bit(flags, 1),
															bit(flags, 2), canAttend, bit(flags, 3), bit(flags, 4),
															bit(flags, 5)))
													.reasons());
									}
								}
							}
						}
					}
				}
			}
		}
		return reasons;
	}

	private static boolean bit(int flags, int bit) {
		return (flags & (1 << bit)) != 0;
	}

	private static Set<String> reasonKeys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", bundle),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Set<String> keys = new TreeSet<>();
		for (String key : properties.stringPropertyNames()) {
			if (key.startsWith("reason.")) {
				keys.add(key);
			}
		}
		return keys;
	}

}
