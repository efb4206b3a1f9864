package org.urbansdg.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.yaml.snakeyaml.Yaml;

/**
 * The labelled set ({@code src/test/resources/suggest/labelled-cases.yml}) and the measures computed over it, so the
 * evaluation test and the docs report the same figures.
 */
final class LabelledCases {

	/** What a case is for: choosing changes to the suggester, or only measuring it. */
	enum Split {
		TUNE, HELD_OUT
	}

	record Labelled(String text, List<String> targets, boolean tricky, boolean generic, Split split, String language) {

		Set<Integer> goals() {
			Set<Integer> goals = new java.util.HashSet<>();
			targets.forEach(t -> goals.add(goal(t)));
			return goals;
		}
	}

	/** The measures over the cases that have targets, and what happened to the generic ones. */
	record Result(int cases, double precisionAt3, double recallAt5, double goalAccuracy, double hitAt3,
			int trickyCases, double trickyGoalAccuracy, int governanceSuggestedWrongly, int genericCases,
			int genericWith16or17) {
	}

	/** The measures side by side, one column per part of the labelled set (a Markdown table). */
	static String table(Map<String, Result> parts) {
		StringBuilder t = new StringBuilder("| Measure |");
		StringBuilder line = new StringBuilder("| --- |");
		parts.keySet().forEach(name -> {
			t.append(' ').append(name).append(" |");
			line.append(" ---: |");
		});
		t.append('\n').append(line).append('\n');
		row(t, "labelled texts with targets", parts, r -> String.valueOf(r.cases()));
		row(t, "precision@3 (correct among the first 3 suggestions shown)", parts, r -> figure(r.precisionAt3()));
		row(t, "recall@5 (share of the correct targets among the first 5)", parts, r -> figure(r.recallAt5()));
		row(t, "top-1 goal accuracy (first suggestion's goal is one of the text's goals)", parts,
				r -> figure(r.goalAccuracy()));
		row(t, "hit@3 (at least one correct target among the first 3)", parts, r -> figure(r.hitAt3()));
		row(t, "tricky texts (governance words, other subject)", parts, r -> String.valueOf(r.trickyCases()));
		row(t, "goal accuracy on tricky texts", parts,
				r -> r.trickyCases() == 0 ? "-" : figure(r.trickyGoalAccuracy()));
		row(t, "16.x/17.x suggested for a text not labelled with goal 16/17", parts,
				r -> String.valueOf(r.governanceSuggestedWrongly()));
		row(t, "generic-only texts", parts, r -> String.valueOf(r.genericCases()));
		row(t, "generic-only texts with a 16.x/17.x suggestion", parts, r -> String.valueOf(r.genericWith16or17()));
		return t.toString();
	}

	private static void row(StringBuilder t, String measure, Map<String, Result> parts, Function<Result, String> value) {
		t.append("| ").append(measure).append(" |");
		parts.values().forEach(r -> t.append(' ').append(value.apply(r)).append(" |"));
		t.append('\n');
	}

	private static double share(double sum, int n) {
		return n == 0 ? 0 : sum / n;
	}

	private static String figure(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value);
	}

	private LabelledCases() {
	}

	static int goal(String target) {
		return Integer.parseInt(target.substring(0, target.indexOf('.')));
	}

	@SuppressWarnings("unchecked")
	static List<Labelled> load() {
		try (InputStream in = LabelledCases.class.getResourceAsStream("/suggest/labelled-cases.yml")) {
			Map<String, Object> root = new Yaml().load(in);
			List<Labelled> all = new ArrayList<>();
			for (Map<String, Object> c : (List<Map<String, Object>>) root.get("cases")) {
				all.add(new Labelled((String) c.get("text"), (List<String>) c.get("targets"),
						Boolean.TRUE.equals(c.get("tricky")), Boolean.TRUE.equals(c.get("generic")), split(c),
						(String) c.getOrDefault("language", "en")));
			}
			return all;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every case must say what it is for, so that none is tuned on by mistake. */
	private static Split split(Map<String, Object> c) {
		return switch (String.valueOf(c.get("split"))) {
			case "tune" -> Split.TUNE;
			case "held-out" -> Split.HELD_OUT;
			default -> throw new IllegalStateException("A labelled case has no split (tune or held-out): " + c.get("text"));
		};
	}

	/** Runs {@code suggest} (text to suggested target codes, best first) over every labelled case. */
	static Result evaluate(List<Labelled> all, Function<String, List<String>> suggest, StringBuilder misses) {
		int cases = 0;
		int tricky = 0;
		int generic = 0;
		int genericWithGovernance = 0;
		int governanceWrong = 0;
		double precision = 0;
		double recall = 0;
		double goalRight = 0;
		double hit = 0;
		double trickyGoalRight = 0;
		for (Labelled c : all) {
			List<String> suggested = suggest.apply(c.text());
			boolean governance = suggested.stream().anyMatch(TargetModel::needsSpecificEvidence);
			if (c.generic()) {
				generic++;
				genericWithGovernance += governance ? 1 : 0;
				continue;
			}
			cases++;
			boolean labelledGovernance = c.goals().contains(16) || c.goals().contains(17);
			if (!labelledGovernance && governance) {
				governanceWrong++;
			}
			List<String> top3 = suggested.subList(0, Math.min(3, suggested.size()));
			List<String> top5 = suggested.subList(0, Math.min(5, suggested.size()));
			long right3 = top3.stream().filter(c.targets()::contains).count();
			precision += top3.isEmpty() ? 0 : (double) right3 / top3.size();
			recall += (double) top5.stream().filter(c.targets()::contains).count() / c.targets().size();
			hit += right3 > 0 ? 1 : 0;
			boolean goalOk = !suggested.isEmpty() && c.goals().contains(goal(suggested.get(0)));
			goalRight += goalOk ? 1 : 0;
			if (c.tricky()) {
				tricky++;
				trickyGoalRight += goalOk ? 1 : 0;
			}
			if (misses != null && right3 == 0) {
				misses.append(c.targets()).append(" got ").append(suggested).append(": ").append(c.text()).append('\n');
			}
		}
		return new Result(cases, share(precision, cases), share(recall, cases), share(goalRight, cases),
				share(hit, cases), tricky, share(trickyGoalRight, tricky), governanceWrong, generic,
				genericWithGovernance);
	}
}
