package org.urbansdg.casestudy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.urbansdg.casestudy.CaseTextBinder.Family;
import org.urbansdg.casestudy.search.MatchQuery;
import org.urbansdg.casestudy.search.MatchReason;
import org.urbansdg.casestudy.search.MatchReason.Kind;
import org.urbansdg.casestudy.search.PracticeMatch;
import org.urbansdg.sdg.Target;

/**
 * Finds the published practices most likely to help a city with a challenge, and the cases related to a case. Two
 * index queries gather candidates: the query's words over the language fields of their scripts (each analysed by its
 * language's analyser, BM25), and the cases that name its targets or goals. Each candidate then scores
 * {@code text × relative word score + targets × share of the targets named + goals × share of the goals}, raised a
 * little for a city in the same UN sub-region and one of similar size. Runs the same on embedded Lucene and
 * OpenSearch. The weights and how they were chosen: docs/matching.md.
 */
@Component
class PracticeMatcher {

	/** How many candidates each index query gathers before they are scored together. */
	static final int POOL = 100;

	/**
	 * How many query clauses the words may make, about: each analysed word is one clause per field searched, and
	 * Lucene (and OpenSearch) refuse a query of more than 1,024. The words further on in a long text add little.
	 */
	private static final int CLAUSE_BUDGET = 700;

	private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

	/**
	 * @param text weight of the word score, relative to the best candidate's
	 * @param targets weight of the share of the query's targets a practice names
	 * @param goals weight of the share of the query's goals a practice names
	 * @param region multiplier added for a practice in the same UN sub-region
	 * @param size multiplier added for a practice whose city is within a factor of three in population
	 * @param title boost of the title fields within the word score (summary 1)
	 * @param body boost of the body fields within the word score
	 */
	record Weights(double text, double targets, double goals, double region, double size, float title, float body) {

		static final Weights DEFAULT = new Weights(1.0, 1.0, 0.3, 0.1, 0.05, 1.5f, 1.0f);
	}

	@PersistenceContext
	private EntityManager entityManager;

	private final CaseStudyRepository cases;

	PracticeMatcher(CaseStudyRepository cases) {
		this.cases = cases;
	}

	List<PracticeMatch> match(MatchQuery query, Long excludeCaseId, int limit) {
		return match(query, excludeCaseId, limit, Weights.DEFAULT);
	}

	/** The best {@code limit} published practices for the query, best first, each with its reasons. */
	List<PracticeMatch> match(MatchQuery query, Long excludeCaseId, int limit, Weights weights) {
		Map<Script, String> words = wordsByScript(query.text());
		Set<String> targets = query.targetCodes();
		if (limit <= 0 || words.isEmpty() && targets.isEmpty()) {
			return List.of();
		}
		Set<Integer> goals = new HashSet<>();
		targets.forEach(code -> goalOf(code).ifPresent(goals::add));
		SearchSession session = Search.session(entityManager);
		SearchScope<CaseStudy> scope = session.scope(CaseStudy.class);

		Map<Long, Float> textScores = new HashMap<>();
		if (!words.isEmpty()) {
			session.search(scope)
				.select(f -> f.composite().from(f.id(Long.class), f.score()).as(Map::entry))
				.where(published(scope, excludeCaseId, textPredicate(scope, words, weights)))
				.fetchHits(POOL)
				.forEach(e -> textScores.put(e.getKey(), e.getValue()));
		}
		Set<Long> ids = new LinkedHashSet<>(textScores.keySet());
		if (!targets.isEmpty()) {
			var f = scope.predicate();
			var any = f.bool();
			targets.forEach(code -> any.should(f.match().field("target").matching(code).constantScore().boost(3f)));
			goals.forEach(goal -> any.should(f.match().field("goal").matching(goal).constantScore()));
			ids.addAll(session.search(scope)
				.select(p -> p.id(Long.class))
				.where(published(scope, excludeCaseId, any.toPredicate()))
				.fetchHits(POOL));
		}
		float best = textScores.values().stream().max(Float::compare).orElse(1f);

		List<Scored> scored = new ArrayList<>();
		for (CaseStudy c : cases.findAllById(ids)) {
			if (c.getStatus() != CaseStatus.PUBLISHED
					|| c.getOrganisation().getId().equals(query.excludeOrganisationId())) {
				continue;
			}
			List<String> shared = c.getTargets().stream().map(Target::code).filter(targets::contains).toList();
			long sharedGoals = c.getGoals().stream().filter(goals::contains).count();
			double base = weights.text() * textScores.getOrDefault(c.getId(), 0f) / best
					+ (targets.isEmpty() ? 0 : weights.targets() * shared.size() / targets.size())
					+ (goals.isEmpty() ? 0 : weights.goals() * sharedGoals / goals.size());
			boolean region = Regions.same(query.countryCode(), c.getCountryCode());
			boolean size = similarSize(query.population(), c.getCity().getPopulation());
			double score = base * (1 + (region ? weights.region() : 0) + (size ? weights.size() : 0));
			if (base > 0) {
				scored.add(new Scored(c, score, shared, region, size));
			}
		}
		scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.c().getId()));
		List<Scored> top = scored.subList(0, Math.min(limit, scored.size()));

		Map<Long, List<String>> sharedWords = sharedWords(session, scope, words, weights,
				top.stream().map(s -> s.c().getId()).filter(textScores::containsKey).toList());
		return top.stream().map(s -> s.toMatch(sharedWords.getOrDefault(s.c().getId(), List.of()))).toList();
	}

	/** What a case asks of the matcher to find the cases related to it: its own words and targets. */
	static MatchQuery queryOf(CaseStudy c) {
		String text = String.join("\n", c.getTitle(), c.getSummary(), c.getNarrative().storyText());
		return new MatchQuery(text, Set.copyOf(c.getTargetCodes()), c.getCountryCode(), c.getCity().getPopulation(),
				null);
	}

	private record Scored(CaseStudy c, double score, List<String> sharedTargets, boolean sameRegion,
			boolean similarSize) {

		PracticeMatch toMatch(List<String> words) {
			List<MatchReason> reasons = new ArrayList<>();
			if (!sharedTargets.isEmpty()) {
				reasons.add(new MatchReason(Kind.SHARED_TARGETS, sharedTargets));
			}
			if (!words.isEmpty()) {
				reasons.add(new MatchReason(Kind.SHARED_WORDS, words));
			}
			if (similarSize) {
				reasons.add(new MatchReason(Kind.SIMILAR_SIZE, List.of(String.valueOf(c.getCity().getPopulation()))));
			}
			if (sameRegion) {
				reasons.add(new MatchReason(Kind.SAME_REGION, List.of(c.getCountryCode())));
			}
			return new PracticeMatch(c.getId(), c.getTitle(), c.getCity().getName(), c.getOrganisation().getId(),
					score, reasons);
		}
	}

	/** Populations within a factor of three of each other. */
	static boolean similarSize(Long population, Long other) {
		if (population == null || other == null || population <= 0 || other <= 0) {
			return false;
		}
		return Math.abs(Math.log10((double) population / other)) <= Math.log10(3);
	}

	private static java.util.Optional<Integer> goalOf(String code) {
		int dot = code.indexOf('.');
		try {
			return java.util.Optional.of(Integer.parseInt(dot < 0 ? code : code.substring(0, dot)));
		}
		catch (NumberFormatException e) {
			return java.util.Optional.empty();
		}
	}

	private static SearchPredicate published(SearchScope<CaseStudy> scope, Long excludeCaseId, SearchPredicate like) {
		var f = scope.predicate();
		var where = f.bool().filter(f.match().field("status").matching(CaseStatus.PUBLISHED)).must(like);
		if (excludeCaseId != null) {
			where.mustNot(f.id().matching(excludeCaseId));
		}
		return where.toPredicate();
	}

	/**
	 * Each script's words over the fields of the families that analyse it, any of them (OR), so a case that shares
	 * more of them, and rarer ones, scores higher. Syntax characters are gone already ({@link #wordsByScript}).
	 */
	private static SearchPredicate textPredicate(SearchScope<CaseStudy> scope, Map<Script, String> words,
			Weights weights) {
		var f = scope.predicate();
		var any = f.bool();
		words.forEach((script, text) -> any.should(f.simpleQueryString()
			.fields(fields("title", script)).boost(weights.title())
			.fields(fields("summary", script))
			.fields(fields("body", script)).boost(weights.body())
			.matching(text)
			.defaultOperator(BooleanOperator.OR)));
		return any.toPredicate();
	}

	private static String[] fields(String field, Script script) {
		return script.families.stream().map(family -> field + "_" + family).toArray(String[]::new);
	}

	/**
	 * The words of each practice that the query's words found, as the index's analysers matched them: the marks of
	 * the highlighter, on either backend. Most frequent first, at most eight.
	 */
	private static Map<Long, List<String>> sharedWords(SearchSession session, SearchScope<CaseStudy> scope,
			Map<Script, String> words, Weights weights, List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var f = scope.projection();
		List<SearchProjection<?>> parts = new ArrayList<>();
		parts.add(f.id(Long.class).toProjection());
		Set<Family> families = new LinkedHashSet<>();
		words.keySet().forEach(script -> families.addAll(script.families));
		for (Family family : families) {
			for (String field : CaseTextBinder.FIELDS) {
				parts.add(f.highlight(field + "_" + family).toProjection());
			}
		}
		var p = scope.predicate();
		SearchPredicate shown = p.bool()
			.must(textPredicate(scope, words, weights))
			.filter(p.id().matchingAny(ids))
			.toPredicate();
		List<List<?>> rows = session.search(scope)
			.select(f.composite().from(parts.toArray(SearchProjection<?>[]::new)).asList().toProjection())
			.where(shown)
			.highlighter(h -> h.unified().tag("<mark>", "</mark>").numberOfFragments(20))
			.fetchHits(ids.size());
		Map<Long, List<String>> found = new HashMap<>();
		for (List<?> row : rows) {
			Map<String, Integer> counts = new LinkedHashMap<>();
			for (Object highlights : row.subList(1, row.size())) {
				if (highlights instanceof List<?> passages) {
					for (Object passage : passages) {
						Matcher m = MARK.matcher(passage.toString());
						while (m.find()) {
							for (String word : m.group(1).strip().split("\\s+")) {
								counts.merge(word.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
							}
						}
					}
				}
			}
			found.put((Long) row.get(0), counts.entrySet().stream()
				.filter(e -> !e.getKey().isEmpty())
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.limit(8)
				.map(Map.Entry::getKey)
				.toList());
		}
		return found;
	}

	/** Scripts, each with the families whose fields hold text in it (Han is Chinese or Japanese). */
	enum Script {
		LATIN(1.0, Family.en, Family.other), HANGUL(1.5, Family.ko), KANA(1.5, Family.ja),
		HAN(6.0, Family.ja, Family.zh), THAI(1.0, Family.th);

		/**
		 * Query clauses per character, generously: analysed words per character (a Latin word of six letters and its
		 * space, two Hangul syllables, one Han character as Chinese and Japanese each read it, three Thai letters)
		 * times the fields searched.
		 */
		final double clausesPerChar;

		final List<Family> families;

		Script(double clausesPerChar, Family... families) {
			this.clausesPerChar = clausesPerChar;
			this.families = List.of(families);
		}

		static Script of(String word) {
			Script found = LATIN;
			for (int i = 0; i < word.length();) {
				int cp = word.codePointAt(i);
				i += Character.charCount(cp);
				if (cp < 0x0E00) {
					continue;
				}
				switch (Character.UnicodeScript.of(cp)) {
					case HANGUL -> {
						return HANGUL;
					}
					case HIRAGANA, KATAKANA -> {
						return KANA;
					}
					case THAI -> {
						return THAI;
					}
					case HAN -> found = HAN;
					default -> {
					}
				}
			}
			return found;
		}
	}

	/**
	 * The query's words, without punctuation or query syntax, each word once, grouped by script, as many from the
	 * start as fit in {@link #CLAUSE_BUDGET}. A run of Japanese with kana goes to Japanese, one of Han characters
	 * alone to both Japanese and Chinese.
	 */
	static Map<Script, String> wordsByScript(String text) {
		Map<Script, StringBuilder> byScript = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		double clauses = 0;
		for (String word : text.split("[^\\p{L}\\p{M}\\p{N}]+")) {
			if (word.isEmpty() || !seen.add(word.toLowerCase(java.util.Locale.ROOT))) {
				continue;
			}
			Script script = Script.of(word);
			double cost = script.clausesPerChar * (word.length() + 1);
			if (clauses + cost > CLAUSE_BUDGET) {
				continue;
			}
			clauses += cost;
			StringBuilder sb = byScript.computeIfAbsent(script, s -> new StringBuilder());
			sb.append(sb.isEmpty() ? "" : " ").append(word);
		}
		Map<Script, String> words = new LinkedHashMap<>();
		byScript.forEach((script, sb) -> words.put(script, sb.toString()));
		return words;
	}
}
