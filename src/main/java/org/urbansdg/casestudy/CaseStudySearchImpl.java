package org.urbansdg.casestudy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.urbansdg.casestudy.CaseTextBinder.Family;
import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.casestudy.search.CaseSearchQuery.Facet;
import org.urbansdg.casestudy.search.CaseSearchResult;
import org.urbansdg.casestudy.search.CaseSearchResult.FacetCount;
import org.urbansdg.casestudy.search.CaseSearchResult.Hit;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.sdg.SdgCatalogue;

/**
 * The Hibernate Search query behind the search page. Words go through {@code simpleQueryString}, which treats any
 * syntax it does not understand as plain text instead of failing, over every language field of every text, each field
 * analysed by its own language's analyser. Facet values are checked against what exists; unknown ones are ignored
 * and reported.
 */
class CaseStudySearchImpl implements CaseStudySearch {

	/** Budget ranges in US dollars: the parameter value and the range, lower bound included. */
	static final Map<String, Range<Long>> BUDGETS = budgets();

	@PersistenceContext
	private EntityManager entityManager;

	private final SdgCatalogue catalogue;

	private final Members members;

	CaseStudySearchImpl(SdgCatalogue catalogue, Members members) {
		this.catalogue = catalogue;
		this.members = members;
	}

	@Override
	public CaseSearchResult search(CaseSearchQuery query) {
		List<String> ignored = new ArrayList<>();
		Map<Facet, List<String>> filters = checked(query, ignored);
		SearchSession session = Search.session(entityManager);
		SearchScope<CaseStudy> scope = session.scope(CaseStudy.class);
		String text = query.text();

		boolean fuzzy = false;
		SearchResult<CaseStudy> page = hits(session, scope, query, predicate(scope, text, filters, null, false));
		Duration took = page.took();
		if (page.total().hitCount() == 0 && !text.isEmpty()) {
			SearchResult<CaseStudy> tolerant = hits(session, scope, query, predicate(scope, text, filters, null, true));
			took = took.plus(tolerant.took());
			if (tolerant.total().hitCount() > 0) {
				page = tolerant;
				fuzzy = true;
			}
		}
		Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			Map<?, Long> counts;
			if (filters.containsKey(facet)) {
				// A facet with values chosen is counted without its own filter, so its alternatives keep their counts.
				AggregationKey<Map<?, Long>> alone = AggregationKey.of("alone");
				SearchResult<?> alternatives = session.search(scope)
					.where(predicate(scope, text, filters, facet, fuzzy))
					.aggregation(alone, aggregation(scope, facet))
					.fetch(0);
				took = took.plus(alternatives.took());
				counts = alternatives.aggregation(alone);
			}
			else {
				counts = page.aggregation(AggregationKey.<Map<?, Long>>of(facet.name()));
			}
			List<String> chosen = filters.getOrDefault(facet, List.of());
			facets.put(facet, counts.entrySet().stream()
				.map(e -> new FacetCount(facetValue(e.getKey()), e.getValue()))
				.filter(c -> c.count() > 0 || chosen.contains(c.value()))
				.sorted(order(facet))
				.toList());
		}
		Map<Long, String> snippets = new HashMap<>();
		took = took.plus(snippets(session, scope, text, fuzzy, page.hits(), snippets));
		List<Hit> hits = page.hits().stream().map(c -> new Hit(c, snippets.get(c.getId()))).toList();
		return new CaseSearchResult(hits, page.total().hitCount(), query.pageNumber(), facets, ignored, fuzzy, took);
	}

	@Override
	public long count(String text) {
		SearchScope<CaseStudy> scope = Search.session(entityManager).scope(CaseStudy.class);
		String words = CaseSearchQuery.of(text).text();
		return Search.session(entityManager).search(scope)
			.where(predicate(scope, words, Map.of(), null, false))
			.fetchTotalHitCount();
	}

	@Override
	public List<CityCount> citiesOnSameTargets(CaseStudy c, int limit) {
		SearchSession session = Search.session(entityManager);
		SearchScope<CaseStudy> scope = session.scope(CaseStudy.class);
		var f = scope.predicate();
		var where = f.bool()
			.filter(f.match().field("status").matching(CaseStatus.PUBLISHED))
			.filter(f.terms().field("target").matchingAny(c.getTargetCodes()))
			.mustNot(f.match().field("city").matching(c.getCityId()));
		AggregationKey<Map<Long, Long>> key = AggregationKey.of("cities");
		Map<Long, Long> counts = session.search(scope)
			.where(where.toPredicate())
			.aggregation(key, scope.aggregation().terms().field("city", Long.class).maxTermCount(limit).toAggregation())
			.fetch(0)
			.aggregation(key);
		List<CityCount> cities = new ArrayList<>();
		counts.forEach((id, n) -> members.city(id).ifPresent(city -> cities.add(new CityCount(city, n))));
		return cities;
	}

	/** One page of cases with every facet counted; snippets come from a second, smaller query ({@link #snippets}). */
	private SearchResult<CaseStudy> hits(SearchSession session, SearchScope<CaseStudy> scope, CaseSearchQuery query,
			SearchPredicate predicate) {
		var search = session.search(scope).where(predicate).sort(sort(scope, query));
		for (Facet facet : Facet.values()) {
			search = search.aggregation(AggregationKey.<Map<?, Long>>of(facet.name()), aggregation(scope, facet));
		}
		return search.fetch((query.pageNumber() - 1) * CaseSearchQuery.PAGE_SIZE, CaseSearchQuery.PAGE_SIZE);
	}

	/**
	 * Puts into {@code snippets} the first highlighted passage of each case shown, as HTML that the highlighter has
	 * escaped except for its marks, from the summary or, where the summary does not have the words, from the body;
	 * returns the engine's time. Highlighting is the costliest part of a search page (each highlighted field reads
	 * the stored text of every hit and runs its language's analyser over it again, and long bodies take long to cut
	 * into sentences), so it runs in queries limited to the cases shown, over the language fields they have text in,
	 * and on the body only for the cases that need it (ADR 7).
	 */
	private static Duration snippets(SearchSession session, SearchScope<CaseStudy> scope, String text, boolean fuzzy,
			List<CaseStudy> cases, Map<Long, String> snippets) {
		if (text.isEmpty() || cases.isEmpty()) {
			return Duration.ZERO;
		}
		Duration took = highlight(session, scope, text, fuzzy, "summary", cases, snippets);
		List<CaseStudy> rest = cases.stream().filter(c -> !snippets.containsKey(c.getId())).toList();
		return rest.isEmpty() ? took : took.plus(highlight(session, scope, text, fuzzy, "body", rest, snippets));
	}

	private static Duration highlight(SearchSession session, SearchScope<CaseStudy> scope, String text, boolean fuzzy,
			String field, List<CaseStudy> cases, Map<Long, String> snippets) {
		Set<Family> families = EnumSet.noneOf(Family.class);
		cases.forEach(c -> families.addAll(CaseTextBinder.familiesOf(c)));
		var f = scope.projection();
		List<SearchProjection<?>> parts = new ArrayList<>();
		parts.add(f.id(Long.class).toProjection());
		for (Family family : families) {
			parts.add(f.highlight(field + "_" + family).toProjection());
		}
		var p = scope.predicate();
		SearchPredicate shown = p.bool()
			.must(words(scope, text, fuzzy))
			.filter(p.id().matchingAny(cases.stream().map(CaseStudy::getId).toList()))
			.toPredicate();
		SearchResult<List<?>> result = session.search(scope)
			.select(f.composite().from(parts.toArray(SearchProjection<?>[]::new)).asList().toProjection())
			.where(shown)
			.highlighter(h -> h.unified()
				.tag("<mark>", "</mark>")
				.encoder(HighlighterEncoder.HTML)
				.numberOfFragments(1))
			.fetch(cases.size());
		for (List<?> row : result.hits()) {
			String snippet = snippet(row.subList(1, row.size()));
			if (snippet != null) {
				snippets.put((Long) row.get(0), snippet);
			}
		}
		return result.took();
	}

	/** The first highlighted passage; the highlighter has escaped all but its marks. */
	private static String snippet(List<?> highlights) {
		for (Object h : highlights) {
			if (h instanceof List<?> passages && !passages.isEmpty()) {
				return passages.get(0).toString();
			}
		}
		return null;
	}

	private static SearchSort sort(SearchScope<CaseStudy> scope, CaseSearchQuery query) {
		var f = scope.sort();
		if (query.mostViewedFirst()) {
			return f.composite().add(f.field("views").desc()).add(f.field("publishedAt").desc()).toSort();
		}
		return query.newestFirst() ? f.field("publishedAt").desc().toSort()
				: f.composite().add(f.score()).add(f.field("publishedAt").desc()).toSort();
	}

	private static SearchPredicate predicate(SearchScope<CaseStudy> scope, String text, Map<Facet, List<String>> filters,
			Facet except, boolean fuzzy) {
		var f = scope.predicate();
		var bool = f.bool();
		bool.filter(f.match().field("status").matching(CaseStatus.PUBLISHED));
		if (!text.isEmpty()) {
			bool.must(words(scope, text, fuzzy));
		}
		for (Map.Entry<Facet, List<String>> e : filters.entrySet()) {
			if (e.getKey() == except) {
				continue;
			}
			if (e.getKey() == Facet.BUDGET) {
				var any = f.bool();
				for (String value : e.getValue()) {
					any.should(f.range().field("budget").within(BUDGETS.get(value)));
				}
				bool.filter(any);
			}
			else {
				bool.filter(f.terms().field(e.getKey().field).matchingAny(typed(e.getKey(), e.getValue())));
			}
		}
		return bool.toPredicate();
	}

	/**
	 * The words in every language field of every text, each field analysed by its own language's analyser; with
	 * spelling tolerance, each word may be up to two edits away, in the texts of alphabetic scripts.
	 */
	private static SearchPredicate words(SearchScope<CaseStudy> scope, String text, boolean fuzzy) {
		List<String> fields = new ArrayList<>();
		for (Family family : Family.values()) {
			if (!fuzzy || family.spelt()) {
				fields.add("title_" + family);
				fields.add("summary_" + family);
				fields.add("body_" + family);
			}
		}
		fields.add("place");
		String[] all = fields.toArray(String[]::new);
		var f = scope.predicate();
		if (fuzzy) {
			return f.match().fields(all).matching(text).fuzzy(2, 1).minimumShouldMatchPercent(100).toPredicate();
		}
		return f.simpleQueryString().fields(all).matching(text).defaultOperator(BooleanOperator.AND).toPredicate();
	}

	private static List<?> typed(Facet facet, List<String> values) {
		return switch (facet) {
			case GOAL, YEAR -> values.stream().map(Integer::valueOf).toList();
			case CITY -> values.stream().map(Long::valueOf).toList();
			default -> values;
		};
	}

	private static String facetValue(Object key) {
		if (key instanceof Range<?> range) {
			return BUDGETS.entrySet().stream().filter(e -> e.getValue().equals(range)).map(Map.Entry::getKey)
				.findFirst().orElse(range.toString());
		}
		return String.valueOf(key);
	}

	/** Goals in their order, years newest first, budgets small to large, everything else by count. */
	private static Comparator<FacetCount> order(Facet facet) {
		return switch (facet) {
			case GOAL -> Comparator.comparing(c -> Integer.valueOf(c.value()));
			case YEAR -> Comparator.comparing((FacetCount c) -> Integer.valueOf(c.value())).reversed();
			case BUDGET -> Comparator.comparing(c -> List.copyOf(BUDGETS.keySet()).indexOf(c.value()));
			default -> Comparator.comparing(FacetCount::count).reversed().thenComparing(FacetCount::value);
		};
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static SearchAggregation<Map<?, Long>> aggregation(SearchScope<CaseStudy> scope, Facet facet) {
		var f = scope.aggregation();
		if (facet == Facet.BUDGET) {
			return (SearchAggregation) f.range().field("budget", Long.class).ranges(BUDGETS.values()).toAggregation();
		}
		Class<?> type = switch (facet) {
			case GOAL, YEAR -> Integer.class;
			case CITY -> Long.class;
			default -> String.class;
		};
		return (SearchAggregation) f.terms().field(facet.field, type).maxTermCount(300).toAggregation();
	}

	private Map<Facet, List<String>> checked(CaseSearchQuery query, List<String> ignored) {
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			List<String> known = new ArrayList<>();
			for (String value : query.values(facet)) {
				if (exists(facet, value)) {
					known.add(value);
				}
				else {
					ignored.add(value);
				}
			}
			if (!known.isEmpty()) {
				filters.put(facet, known);
			}
		}
		return filters;
	}

	private boolean exists(Facet facet, String value) {
		return switch (facet) {
			case GOAL -> number(value, 1, 17);
			case TARGET -> catalogue.target(value).isPresent();
			case THEME -> catalogue.theme(value).isPresent();
			case COUNTRY -> members.cities().stream().anyMatch(c -> c.getCountryCode().equals(value));
			case CITY -> number(value, 1, Long.MAX_VALUE) && members.city(Long.parseLong(value)).isPresent();
			case ORGANISATION_TYPE -> java.util.Arrays.stream(Organisation.Type.values()).anyMatch(t -> t.name().equals(value));
			case YEAR -> number(value, 1900, 2100);
			case BUDGET -> BUDGETS.containsKey(value);
			case LANGUAGE -> CaseLanguages.CODES.contains(value);
			case AWARD -> value.length() <= 300;
		};
	}

	private static boolean number(String value, long min, long max) {
		if (value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
			return false;
		}
		long n = Long.parseLong(value);
		return n >= min && n <= max;
	}

	private static Map<String, Range<Long>> budgets() {
		Map<String, Range<Long>> ranges = new LinkedHashMap<>();
		ranges.put("0-100k", Range.canonical(null, 100_000L));
		ranges.put("100k-1m", Range.canonical(100_000L, 1_000_000L));
		ranges.put("1m-10m", Range.canonical(1_000_000L, 10_000_000L));
		ranges.put("10m-100m", Range.canonical(10_000_000L, 100_000_000L));
		ranges.put("100m+", Range.canonical(100_000_000L, null));
		return ranges;
	}
}
