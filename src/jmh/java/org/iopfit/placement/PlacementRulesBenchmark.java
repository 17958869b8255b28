package org.iopfit.placement;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the rules take for one set of answers, over a spread of realistic answers so
 * that every rule is exercised. Run with {@code ./mvnw -Pjmh verify} (not part of the
 * ordinary build).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class PlacementRulesBenchmark {

	private final PlacementRules rules = new PlacementRules();

	private Answers[] answers;

	private int next;

	@Setup
	public void answers() {
		Random random = new Random(1);
		this.answers = new Answers[1024];
		for (int i = 0; i < this.answers.length; i++) {
			Set<Criterion> criteria = EnumSet.noneOf(Criterion.class);
			for (Criterion criterion : Criterion.values()) {
				if (random.nextBoolean()) {
					criteria.add(criterion);
				}
			}
			this.answers[i] = new Answers(Respondent.values()[random.nextInt(2)],
					new Crisis(random.nextInt(20) == 0, false, false), criteria,
					EnumSet.of(Substance.values()[random.nextInt(Substance.values().length)]),
					WithdrawalHistory.values()[random.nextInt(3)], random.nextBoolean(),
					MentalHealth.values()[random.nextInt(3)], Support.values()[random.nextInt(3)],
					random.nextBoolean(), random.nextBoolean(), CanAttend.values()[random.nextInt(3)],
					random.nextBoolean(), random.nextBoolean(), random.nextBoolean());
		}
	}

	@Benchmark
	public Recommendation recommend() {
		Answers next = this.answers[this.next++ & (this.answers.length - 1)];
		return this.rules.recommend(next);
	}

}
