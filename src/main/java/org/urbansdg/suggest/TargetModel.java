package org.urbansdg.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the suggester has learnt: for each word stem, how often it was seen with each target. Built once by
 * {@link Builder}, then only read (a rebuild replaces the whole model), so scoring needs no locks.
 * <p>
 * A text's score for a target is the sum, over the text's words, of how much more likely the word is in that
 * target's texts than in all texts (a smoothed log ratio, as in a naive Bayes classifier, counting only words that
 * speak for the target), times how specific the word is to few targets (an inverse document frequency over the 169
 * targets). The words with the largest shares of a score are the explanation shown to the editor.
 */
final class TargetModel {

	/** A suggested target with its score and the words that contributed most, strongest first. */
	record Scored(String target, double score, List<String> words) {
	}

	/**
	 * The suggester's numbers, in one place so that a tuning run can try others (on the tune part of the labelled
	 * set only; see docs/suggester.md).
	 *
	 * @param mu Dirichlet smoothing: how many words of background a target's (or goal's) counts are mixed with
	 * @param targetTextWeight how much a word of a target's official text counts, against one in a case's text
	 * @param indicatorWeight the same for the texts of the target's indicators
	 * @param caseWeight how much a published case's words count for its primary target (half that for its others)
	 * @param minScore below this a text has too little in common with a target to mention it
	 * @param relative suggestions weaker than this fraction of the best one are left out
	 * @param pairs whether pairs of neighbouring words ("drinking water") count as well as single words
	 */
	record Settings(double mu, double targetTextWeight, double indicatorWeight, double caseWeight,
			double minScore, double relative, boolean pairs) {

		static final Settings DEFAULT = new Settings(40, 5, 1, 0.5, 3.0, 0.4, true);
	}

	/** Goals whose official texts are about governance and partnership; see {@link #needsSpecificEvidence}. */
	static final Set<Integer> GOVERNANCE_GOALS = Set.of(16, 17);

	private final Settings settings;

	private final Map<String, Map<String, Double>> countsByWord;


	private final Map<String, Double> totalByTarget;

	private final Map<String, Double> totalByWord;

	private final double total;

	private final int targetCount;

	private final int casesLearnt;

	/** The stems of each target's own official texts (target and indicators). */
	private final Map<String, Set<String>> officialWords;

	private TargetModel(Builder builder, Settings settings) {
		this.settings = settings;
		this.officialWords = builder.officialWords;
		this.countsByWord = builder.countsByWord;
		this.totalByTarget = builder.totalByTarget;
		this.totalByWord = builder.totalByWord;
		this.total = builder.total;
		this.targetCount = Math.max(1, builder.totalByTarget.size());
		this.casesLearnt = builder.cases;
	}

	int casesLearnt() {
		return casesLearnt;
	}

	int vocabularySize() {
		return countsByWord.size();
	}

	/**
	 * The best targets for this text, at most {@code limit}, leaving out those in {@code excluded}. A target is only
	 * suggested when its score reaches the settings' {@code minScore} and a fraction {@code relative} of the best
	 * score, so a text with little to say gets few or no suggestions rather than noise.
	 */
	List<Scored> score(String text, Set<String> excluded, int limit) {
		Map<String, Words.Count> words = Words.count(text, settings.pairs());
		Map<String, Double> scores = new HashMap<>();
		Map<String, Map<String, Double>> shares = new HashMap<>();
		double mu = settings.mu();
		for (Map.Entry<String, Words.Count> entry : words.entrySet()) {
			Map<String, Double> counts = countsByWord.get(entry.getKey());
			if (counts == null) {
				continue;
			}
			double background = (totalByWord.get(entry.getKey()) + 1) / (total + countsByWord.size());
			double idf = Math.log((double) targetCount / counts.size()) / Math.log(targetCount);
			double weight = (1 + Math.log(entry.getValue().n)) * idf;
			String word = entry.getValue().word;
			for (Map.Entry<String, Double> c : counts.entrySet()) {
				String target = c.getKey();
				if (excluded.contains(target) || (needsSpecificEvidence(target)
						&& !officialWords.getOrDefault(target, Set.of()).contains(entry.getKey()))) {
					continue;
				}
				double inTarget = (c.getValue() + mu * background) / (totalByTarget.get(target) + mu);
				double share = weight * Math.log(inTarget / background);
				if (share > 0) {
					scores.merge(target, share, Double::sum);
					shares.computeIfAbsent(target, t -> new HashMap<>()).merge(word, share, Double::sum);
				}
			}
		}
		List<Scored> ranked = new ArrayList<>();
		for (Map.Entry<String, Double> s : scores.entrySet()) {
			List<String> because = explanation(shares.get(s.getKey()));
			if (needsSpecificEvidence(s.getKey())
					&& shares.get(s.getKey()).keySet().stream().filter(w -> !Words.isPair(w)).count() < 2) {
				continue;
			}
			ranked.add(new Scored(s.getKey(), s.getValue(), because));
		}
		ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::target));
		if (ranked.isEmpty()) {
			return List.of();
		}
		double floor = Math.max(settings.minScore(), ranked.get(0).score() * settings.relative());
		return ranked.stream().filter(s -> s.score() >= floor).limit(limit).toList();
	}

	/**
	 * The words with the largest shares of a score, at most five; a pair ("drinking water") stands for its two words,
	 * which are not repeated beside it.
	 */
	private static List<String> explanation(Map<String, Double> shares) {
		List<String> strongestFirst = shares.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
		Set<String> inPairs = new java.util.HashSet<>();
		strongestFirst.stream().filter(Words::isPair).forEach(p -> inPairs.addAll(List.of(p.split(" "))));
		return strongestFirst.stream().filter(w -> Words.isPair(w) || !inPairs.contains(w)).limit(5).toList();
	}

	/**
	 * Goals 16 and 17 are about institutions and partnerships in general, which every case mentions, and published
	 * cases filed under them also teach the model their other subjects (water, transport). Beyond the generic words
	 * dropped for all targets, a 16.x or 17.x target therefore only counts words of its own official texts (target
	 * and indicators: "bribery", "birth registration", "tax revenue") and needs at least two distinct ones, so a
	 * single stray word does not make a water project a case for 16.6.
	 */
	static boolean needsSpecificEvidence(String target) {
		int dot = target.indexOf('.');
		return dot > 0 && GOVERNANCE_GOALS.contains(Integer.parseInt(target.substring(0, dot)));
	}

	/** Collects word counts per target; not thread-safe, used by one rebuild at a time. */
	static final class Builder {

		private final Map<String, Map<String, Double>> countsByWord = new HashMap<>();

		private final Map<String, Double> totalByTarget = new HashMap<>();

		private final Map<String, Double> totalByWord = new HashMap<>();

		private final Map<String, Set<String>> officialWords = new HashMap<>();

		private double total;

		private int cases;

		/** Whether pairs of neighbouring words are counted too (must match the settings the model is built with). */
		private final boolean pairs;

		Builder() {
			this(Settings.DEFAULT.pairs());
		}

		Builder(boolean pairs) {
			this.pairs = pairs;
		}

		/**
		 * Counts the words of an official text (of the target itself or its indicators) for {@code target}, each
		 * occurrence weighing {@code weight}.
		 */
		Builder addOfficial(String target, String text, double weight) {
			Words.forEach(text, pairs,
					(stem, word) -> officialWords.computeIfAbsent(target, t -> new java.util.HashSet<>()).add(stem));
			return add(target, text, weight);
		}

		/** Counts the words of {@code text} for {@code target}, each occurrence weighing {@code weight}. */
		Builder add(String target, String text, double weight) {
			Words.forEach(text, pairs, (stem, word) -> {
				countsByWord.computeIfAbsent(stem, s -> new HashMap<>(4)).merge(target, weight, Double::sum);
				totalByWord.merge(stem, weight, Double::sum);
				totalByTarget.merge(target, weight, Double::sum);
				total += weight;
			});
			return this;
		}

		/** Counts a published case's text for its targets: fully for its primary target, half for the others. */
		Builder addCase(String text, String primaryTarget, List<String> otherTargets) {
			return addCase(text, primaryTarget, otherTargets, 1.0);
		}

		/** The same with each word of the case weighing {@code weight} for its primary target. */
		Builder addCase(String text, String primaryTarget, List<String> otherTargets, double weight) {
			Map<String, Words.Count> words = Words.count(text, pairs);
			if (primaryTarget != null) {
				addCounts(primaryTarget, words, weight);
			}
			for (String target : otherTargets) {
				addCounts(target, words, weight / 2);
			}
			cases++;
			return this;
		}

		private void addCounts(String target, Map<String, Words.Count> words, double weight) {
			for (Map.Entry<String, Words.Count> e : words.entrySet()) {
				double w = weight * e.getValue().n;
				countsByWord.computeIfAbsent(e.getKey(), s -> new HashMap<>(4)).merge(target, w, Double::sum);
				totalByWord.merge(e.getKey(), w, Double::sum);
				totalByTarget.merge(target, w, Double::sum);
				total += w;
			}
		}

		TargetModel build() {
			return build(Settings.DEFAULT);
		}

		TargetModel build(Settings settings) {
			if (settings.pairs() != pairs) {
				throw new IllegalArgumentException("The model counts pairs of words only if its builder did");
			}
			return new TargetModel(this, settings);
		}
	}
}
