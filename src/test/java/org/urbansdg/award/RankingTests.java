package org.urbansdg.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.urbansdg.casestudy.CaseStudies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The ranking's arithmetic and its documented tie-break rules, without a database. */
class RankingTests {

	static final Instant NOW = Instant.parse("2031-01-01T00:00:00Z");

	static Criterion criterion(long id, String weight) {
		Criterion c = new Criterion(null, "custom", "c" + id, new BigDecimal(weight), (int) id);
		ReflectionTestUtils.setField(c, "id", id);
		return c;
	}

	static Nomination nomination(long id) {
		Nomination n = new Nomination(1, 1, new CaseStudies.Content(id, "Case " + id, "", "", 1, null, null), 1,
				"Statement", NOW);
		ReflectionTestUtils.setField(n, "id", id);
		return n;
	}

	static ScoreSheet sheet(long nomination, long judge, List<Criterion> criteria, boolean recommend, int... scores) {
		ScoreSheet s = new ScoreSheet(nomination, judge);
		Map<Long, Integer> entered = new HashMap<>();
		for (int i = 0; i < scores.length; i++) {
			entered.put(criteria.get(i).getId(), scores[i]);
		}
		s.save(criteria, entered, null, recommend, recommend ? "Why" : null, NOW);
		s.submit(criteria, NOW);
		return s;
	}

	@Test
	void aSheetsTotalIsTheWeightedAverageOfItsScores() {
		List<Criterion> criteria = List.of(criterion(1, "2"), criterion(2, "1"));
		assertThat(Ranking.total(sheet(1, 1, criteria, false, 9, 6), criteria)).isEqualTo(8.0);
	}

	@Test
	void normalisationRemovesALenientJudgesBias() {
		List<Criterion> criteria = List.of(criterion(1, "1"));
		Nomination a = nomination(1);
		Nomination b = nomination(2);
		Nomination x = nomination(3);
		Nomination y = nomination(4);
		Nomination z = nomination(5);
		// A lenient judge scores A and X; a strict judge scores B, Y and Z. B stands out far more among the strict
		// judge's nominations than A among the lenient one's.
		List<ScoreSheet> sheets = List.of(sheet(1, 10, criteria, false, 10), sheet(3, 10, criteria, false, 9),
				sheet(2, 20, criteria, false, 6), sheet(4, 20, criteria, false, 2), sheet(5, 20, criteria, false, 2));
		List<Nomination> all = List.of(a, b, x, y, z);
		List<Ranking.Line> raw = Ranking.rank(all, criteria, sheets, false, Map.of());
		assertThat(raw).extracting(l -> l.nomination().getId()).startsWith(1L, 3L, 2L);
		assertThat(raw.get(0).score()).isEqualTo(10.0);
		List<Ranking.Line> normalised = Ranking.rank(all, criteria, sheets, true, Map.of());
		assertThat(normalised).extracting(l -> l.nomination().getId()).startsWith(2L, 1L);
		assertThat(normalised.get(0).score()).isCloseTo(Math.sqrt(2), within(1e-9));
		assertThat(normalised.get(1).score()).isCloseTo(1.0, within(1e-9));
		// The spread is always shown in the judges' own weighted averages.
		assertThat(normalised.get(0).mean()).isEqualTo(6.0);
	}

	@Test
	void theSpreadIsTheLowestHighestAndStandardDeviationOfTheJudgesTotals() {
		List<Criterion> criteria = List.of(criterion(1, "1"));
		List<ScoreSheet> sheets = List.of(sheet(1, 10, criteria, false, 9), sheet(1, 20, criteria, false, 5));
		Ranking.Line line = Ranking.rank(List.of(nomination(1)), criteria, sheets, false, Map.of()).get(0);
		assertThat(line.min()).isEqualTo(5.0);
		assertThat(line.max()).isEqualTo(9.0);
		assertThat(line.deviation()).isCloseTo(2.0, within(1e-9));
		assertThat(line.sheets()).isEqualTo(2);
	}

	@Test
	void tiesAreBrokenByRecommendationsThenTheHeaviestCriterionThenVotesThenTheEarlierNomination() {
		List<Criterion> criteria = List.of(criterion(1, "1"), criterion(2, "2"));
		Nomination a = nomination(1);
		Nomination b = nomination(2);
		Nomination c = nomination(3);
		Nomination d = nomination(4);
		Nomination e = nomination(5);
		Nomination none = nomination(6);
		List<ScoreSheet> sheets = List.of(
				// All total 7: a is recommended; b and c have 7 on the heavy criterion but c has more votes; d and e
				// are identical except that d was nominated first.
				sheet(1, 1, criteria, true, 7, 7), sheet(2, 1, criteria, false, 7, 7), sheet(3, 1, criteria, false, 7, 7),
				sheet(4, 1, criteria, false, 9, 6), sheet(5, 1, criteria, false, 9, 6));
		List<Ranking.Line> ranked = Ranking.rank(List.of(e, d, c, b, a, none), criteria, sheets, false,
				Map.of(3L, 2L));
		assertThat(ranked).extracting(l -> l.nomination().getId()).containsExactly(1L, 3L, 2L, 4L, 5L, 6L);
		assertThat(ranked).extracting(Ranking.Line::rank).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(ranked.get(5).score()).isNull();
	}
}
