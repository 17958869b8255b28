package org.iopfit.fhir;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.iopfit.placement.AgeGroup;
import org.iopfit.placement.Answers;
import org.iopfit.placement.Background;
import org.iopfit.placement.CanAttend;
import org.iopfit.placement.Crisis;
import org.iopfit.placement.Criterion;
import org.iopfit.placement.MentalHealth;
import org.iopfit.placement.Readiness;
import org.iopfit.placement.Respondent;
import org.iopfit.placement.Substance;
import org.iopfit.placement.Support;
import org.iopfit.placement.WithdrawalHistory;

/**
 * Complete answer sets drawn from a seeded generator, so a failure can be repeated. A
 * crisis answer is rare, as it decides before every other rule; the number of signs is
 * drawn evenly, so every severity comes up.
 */
final class RandomAnswers {

	private RandomAnswers() {
	}

	static List<Answers> draw(long seed, int count) {
		Random random = new Random(seed);
		List<Answers> answers = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			answers.add(draw(random));
		}
		return answers;
	}

	static Answers draw(Random random) {
		Crisis crisis = (random.nextInt(8) == 0)
				? new Crisis(random.nextBoolean(), random.nextBoolean(), random.nextBoolean()) : Crisis.NONE;
		Set<Criterion> criteria = someOf(random, Criterion.class, false);
		Set<Substance> substances = someOf(random, Substance.class, true);
		return new Answers(pick(random, Respondent.values()), crisis, criteria, substances,
				pick(random, WithdrawalHistory.values()), random.nextBoolean(), pick(random, MentalHealth.values()),
				pick(random, Support.values()), random.nextBoolean(), random.nextBoolean(),
				pick(random, CanAttend.values()), random.nextBoolean(), random.nextBoolean(), random.nextBoolean())
			.with(background(random, substances));
	}

	/** The answers of policy v1.1, each not given in one draw out of three. */
	private static Background background(Random random, Set<Substance> substances) {
		return new Background(maybe(random, pick(random, Readiness.values())), maybe(random, random.nextBoolean()),
				maybe(random, random.nextBoolean()), maybe(random, pick(random, AgeGroup.values())),
				substances.contains(Substance.OPIOIDS) ? maybe(random, random.nextBoolean()) : null);
	}

	private static <T> T maybe(Random random, T value) {
		return (random.nextInt(3) == 0) ? null : value;
	}

	private static <E> E pick(Random random, E[] values) {
		return values[random.nextInt(values.length)];
	}

	private static <E extends Enum<E>> Set<E> someOf(Random random, Class<E> type, boolean atLeastOne) {
		E[] values = type.getEnumConstants();
		List<E> shuffled = new ArrayList<>(List.of(values));
		java.util.Collections.shuffle(shuffled, random);
		int count = atLeastOne ? 1 + random.nextInt(values.length) : random.nextInt(values.length + 1);
		Set<E> chosen = EnumSet.noneOf(type);
		chosen.addAll(shuffled.subList(0, count));
		return chosen;
	}

}
