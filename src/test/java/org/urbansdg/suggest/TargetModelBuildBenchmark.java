package org.urbansdg.suggest;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: measures how long building the model takes for 1,000 / 10,000 / 100,000 synthetic published cases
 * (sentences of the labelled set recombined, 2-4 targets each), with single words only and with pairs of neighbouring
 * words, to see how a rebuild scales. Run with
 * {@code ./mvnw -o test -Dtest=TargetModelBuildBenchmark -Dsuggest.benchmark=true}; figures in docs/suggester.md.
 */
@EnabledIfSystemProperty(named = "suggest.benchmark", matches = "true")
class TargetModelBuildBenchmark {

	@Test
	void buildTimes() {
		List<LabelledCases.Labelled> labelled = LabelledCases.load()
			.stream()
			.filter(c -> !c.targets().isEmpty() && c.language().equals("en"))
			.toList();
		for (int n : new int[] { 1_000, 10_000, 100_000 }) {
			for (boolean pairs : new boolean[] { false, true }) {
				build(labelled, n, pairs);
			}
		}
	}

	/** Single words only (as before issue 12) or with pairs of neighbouring words, on the same synthetic cases. */
	private static void build(List<LabelledCases.Labelled> labelled, int n, boolean pairs) {
		Random random = new Random(42);
		long start = System.nanoTime();
		TargetModel.Builder builder = new TargetModel.Builder(pairs);
		for (int i = 0; i < n; i++) {
			LabelledCases.Labelled a = labelled.get(random.nextInt(labelled.size()));
			LabelledCases.Labelled b = labelled.get(random.nextInt(labelled.size()));
			String text = a.text() + "\n" + a.text() + "\n" + b.text() + " " + a.text();
			builder.addCase(text, a.targets().get(0), b.targets());
		}
		TargetModel model = builder.build(pairs ? TargetModel.Settings.DEFAULT : TargetSuggestionsTuning.BEFORE);
		long ms = (System.nanoTime() - start) / 1_000_000;
		long used = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
		System.out.printf("BENCH cases=%d pairs=%s build=%d ms stems=%d heapUsed~%d MiB%n", n, pairs, ms,
				model.vocabularySize(), used);
	}
}
