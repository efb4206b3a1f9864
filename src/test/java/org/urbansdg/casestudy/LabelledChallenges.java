package org.urbansdg.casestudy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.urbansdg.casestudy.search.MatchQuery;
import org.yaml.snakeyaml.Yaml;

/**
 * The labelled challenges ({@code src/test/resources/cooperation/labelled-challenges.yml}) and the measures over
 * them, so that the evaluation test and docs/matching.md report the same figures.
 */
final class LabelledChallenges {

	/** One challenge with the titles of the practices judged relevant to it. */
	record Labelled(String part, String language, String title, String description, Set<String> targets,
			String country, Long population, List<String> relevant) {

		MatchQuery query() {
			return new MatchQuery(title + "\n" + description, targets, country, population, null);
		}
	}

	/**
	 * Means over the challenges of a part: precision at 5 (relevant among the first five, over five), its ceiling
	 * (what a perfect ranking would reach, as some challenges have fewer than five relevant practices), recall at 10.
	 */
	record Result(int challenges, double precisionAt5, double ceilingAt5, double recallAt10) {

		String row(String name) {
			return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |", name, challenges, precisionAt5,
					ceilingAt5, recallAt10);
		}
	}

	static final String HEADER = """
			| Variant | Challenges | P@5 | P@5 ceiling | R@10 |
			| --- | ---: | ---: | ---: | ---: |""";

	private LabelledChallenges() {
	}

	@SuppressWarnings("unchecked")
	static List<Labelled> load() {
		try (InputStream in = LabelledChallenges.class.getResourceAsStream("/cooperation/labelled-challenges.yml")) {
			Map<String, Object> root = new Yaml().load(in);
			List<Labelled> all = new ArrayList<>();
			for (Map<String, Object> c : (List<Map<String, Object>>) root.get("challenges")) {
				Object population = c.get("population");
				all.add(new Labelled((String) c.get("part"), (String) c.get("language"), (String) c.get("title"),
						(String) c.get("description"), Set.copyOf((List<String>) c.getOrDefault("targets", List.of())),
						(String) c.get("country"), population == null ? null : ((Number) population).longValue(),
						(List<String>) c.get("relevant")));
			}
			return all;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The measures of {@code ranked} (titles, best first) over these challenges. */
	static Result evaluate(List<Labelled> challenges, Function<Labelled, List<String>> ranked) {
		double precision = 0;
		double ceiling = 0;
		double recall = 0;
		for (Labelled c : challenges) {
			List<String> found = ranked.apply(c);
			precision += hits(found, c.relevant(), 5) / 5.0;
			ceiling += Math.min(5, c.relevant().size()) / 5.0;
			recall += hits(found, c.relevant(), 10) / (double) c.relevant().size();
		}
		int n = challenges.size();
		return new Result(n, precision / n, ceiling / n, recall / n);
	}

	static long hits(List<String> found, List<String> relevant, int k) {
		return found.stream().limit(k).filter(relevant::contains).count();
	}
}
