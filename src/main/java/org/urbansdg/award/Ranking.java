package org.urbansdg.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks a category's nominations from the judges' submitted, unconflicted score sheets. A sheet's total is the
 * weighted average of its criterion scores (1-10). A nomination's score is the mean of its sheets' totals or, with
 * normalisation, the mean of each judge's z-score (total minus that judge's mean, divided by that judge's standard
 * deviation over all sheets they submitted in the cycle), which removes lenient or strict judges' bias.
 * <p>
 * Ties are broken, in order, by: more judges recommending it as a finalist; the higher mean score on the most heavily
 * weighted criterion (the first of them, in the cycle's order); more members' votes; the earlier nomination. Nominations
 * with no sheet come last.
 */
final class Ranking {

	private Ranking() {
	}

	/** One line of the ranking, with the spread of the judges' totals. */
	record Line(Nomination nomination, int rank, Double score, Double mean, Double min, Double max, Double deviation,
			int sheets, int recommendations, long votes, List<String> rationales) {
	}

	static double total(ScoreSheet sheet, List<Criterion> criteria) {
		double sum = 0;
		double weights = 0;
		for (Criterion c : criteria) {
			Integer score = sheet.getScores().get(c.getId());
			if (score != null) {
				sum += c.getWeight().doubleValue() * score;
				weights += c.getWeight().doubleValue();
			}
		}
		return weights == 0 ? 0 : sum / weights;
	}

	/**
	 * @param sheets the counted sheets of the whole cycle (submitted, no conflict), so that normalisation sees all of
	 * a judge's work
	 */
	static List<Line> rank(List<Nomination> nominations, List<Criterion> criteria, List<ScoreSheet> sheets,
			boolean normalise, Map<Long, Long> votes) {
		Map<Long, double[]> judgeStats = normalise ? judgeStats(sheets, criteria) : Map.of();
		Criterion heaviest = criteria.stream().max(Comparator.comparing(Criterion::getWeight)
			.thenComparing(c -> -criteria.indexOf(c))).orElse(null);
		List<Line> lines = new ArrayList<>();
		for (Nomination n : nominations) {
			List<ScoreSheet> own = sheets.stream().filter(s -> s.getNominationId() == n.getId()).toList();
			if (own.isEmpty()) {
				lines.add(new Line(n, 0, null, null, null, null, null, 0, 0, votes.getOrDefault(n.getId(), 0L), List.of()));
				continue;
			}
			double[] totals = own.stream().mapToDouble(s -> total(s, criteria)).toArray();
			double mean = mean(totals);
			double score = normalise ? own.stream().mapToDouble(s -> {
				double[] stats = judgeStats.get(s.getUserId());
				return stats[1] == 0 ? 0 : (total(s, criteria) - stats[0]) / stats[1];
			}).average().orElse(0) : mean;
			lines.add(new Line(n, 0, score, mean, min(totals), max(totals), deviation(totals), own.size(),
					(int) own.stream().filter(ScoreSheet::isRecommend).count(), votes.getOrDefault(n.getId(), 0L),
					own.stream().filter(ScoreSheet::isRecommend).map(ScoreSheet::getRationale)
						.filter(r -> r != null).toList()));
		}
		Map<Long, Double> heaviestMean = new HashMap<>();
		if (heaviest != null) {
			for (Nomination n : nominations) {
				heaviestMean.put(n.getId(), sheets.stream().filter(s -> s.getNominationId() == n.getId())
					.mapToInt(s -> s.getScores().getOrDefault(heaviest.getId(), 0)).average().orElse(0));
			}
		}
		Comparator<Line> order = Comparator.comparing((Line l) -> l.score() == null)
			.thenComparing(Line::score, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(Line::recommendations, Comparator.reverseOrder())
			.thenComparing(l -> heaviestMean.getOrDefault(l.nomination().getId(), 0.0), Comparator.reverseOrder())
			.thenComparing(Line::votes, Comparator.reverseOrder())
			.thenComparing(l -> l.nomination().getId());
		lines.sort(order);
		List<Line> ranked = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Line l = lines.get(i);
			ranked.add(new Line(l.nomination(), i + 1, l.score(), l.mean(), l.min(), l.max(), l.deviation(), l.sheets(),
					l.recommendations(), l.votes(), l.rationales()));
		}
		return ranked;
	}

	/** Per judge: the mean and the (population) standard deviation of their sheet totals. */
	private static Map<Long, double[]> judgeStats(List<ScoreSheet> sheets, List<Criterion> criteria) {
		Map<Long, List<Double>> byJudge = new HashMap<>();
		for (ScoreSheet s : sheets) {
			byJudge.computeIfAbsent(s.getUserId(), k -> new ArrayList<>()).add(total(s, criteria));
		}
		Map<Long, double[]> stats = new HashMap<>();
		byJudge.forEach((judge, totals) -> {
			double[] values = totals.stream().mapToDouble(Double::doubleValue).toArray();
			stats.put(judge, new double[] { mean(values), deviation(values) });
		});
		return stats;
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		return sum / values.length;
	}

	private static double deviation(double[] values) {
		double mean = mean(values);
		double squares = 0;
		for (double v : values) {
			squares += (v - mean) * (v - mean);
		}
		return Math.sqrt(squares / values.length);
	}

	private static double min(double[] values) {
		double m = Double.MAX_VALUE;
		for (double v : values) {
			m = Math.min(m, v);
		}
		return m;
	}

	private static double max(double[] values) {
		double m = -Double.MAX_VALUE;
		for (double v : values) {
			m = Math.max(m, v);
		}
		return m;
	}

	static BigDecimal round(Double value) {
		return value == null ? null : BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
	}
}
