package org.urbansdg.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbansdg.PlatformTest;
import org.urbansdg.suggest.LabelledCases.Labelled;
import org.urbansdg.suggest.LabelledCases.Result;
import org.urbansdg.suggest.LabelledCases.Split;
import org.urbansdg.suggest.TargetModel.Settings;
import org.urbansdg.suggest.TargetSuggestions.Suggestion;

/**
 * Not a test: tries other settings of the suggester on the TUNE part of the labelled set only (the held-out part is
 * never read here), one line per setting, to choose {@link TargetSuggestions#SETTINGS}. Run with
 * {@code ./mvnw -q -B -ntp test -Dtest=TargetSuggestionsTuning -Dsuggest.tuning=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; the figures are in docs/suggester.md.
 */
@PlatformTest
@EnabledIfSystemProperty(named = "suggest.tuning", matches = "true")
class TargetSuggestionsTuning {

	@Autowired
	TargetSuggestions suggestions;

	@Test
	void triesSettingsOnTheTunePart() {
		List<Labelled> tune = LabelledCases.load().stream().filter(c -> c.split() == Split.TUNE).toList();
		List<Settings> tried = new ArrayList<>();
		for (Settings base : bases()) {
			tried.add(base);
			for (double mu : new double[] { 20, 80 }) {
				tried.add(new Settings(mu, base.targetTextWeight(), base.indicatorWeight(),
						base.caseWeight(), base.minScore(), base.relative(), base.pairs()));
			}
			for (double target : new double[] { 2, 5 }) {
				tried.add(new Settings(base.mu(), target, base.indicatorWeight(), base.caseWeight(),
						base.minScore(), base.relative(), base.pairs()));
			}
			for (double indicator : new double[] { 2, 3 }) {
				tried.add(new Settings(base.mu(), base.targetTextWeight(), indicator,
						base.caseWeight(), base.minScore(), base.relative(), base.pairs()));
			}
			for (double cases : new double[] { 0.5 }) {
				tried.add(new Settings(base.mu(), base.targetTextWeight(), base.indicatorWeight(),
						cases, base.minScore(), base.relative(), base.pairs()));
			}
			for (double min : new double[] { 2, 3, 4 }) {
				for (double relative : new double[] { 0.3, 0.4, 0.5 }) {
					tried.add(new Settings(base.mu(), base.targetTextWeight(),
							base.indicatorWeight(), base.caseWeight(), min, relative, base.pairs()));
				}
			}
		}
		List<Settings> bases = bases();
		TargetModel first = suggestions.build(true, bases.get(0));
		TargetModel second = suggestions.build(true, bases.get(bases.size() - 1));
		for (Labelled c : tune) {
			List<Suggestion> a = TargetSuggestions.suggest(first, c.text(), Set.of());
			List<Suggestion> b = TargetSuggestions.suggest(second, c.text(), Set.of());
			if (!a.stream().map(Suggestion::target).toList().equals(b.stream().map(Suggestion::target).toList())) {
				System.out.printf("DIFF %s %s%n   first  %s%n   second %s%n", c.targets(), c.text(), a, b);
			}
		}
		for (Settings settings : tried) {
			TargetModel model = suggestions.build(true, settings);
			Result r = LabelledCases.evaluate(tune, text -> TargetSuggestions.suggest(model, text, Set.of())
				.stream()
				.map(Suggestion::target)
				.toList(), null);
			System.out.printf(Locale.ROOT, "TUNE %s P@3=%.3f R@5=%.3f goal=%.3f hit@3=%.3f tricky=%.2f wrong16/17=%d generic16/17=%d%n",
					settings, r.precisionAt3(), r.recallAt5(), r.goalAccuracy(), r.hitAt3(), r.trickyGoalAccuracy(),
					r.governanceSuggestedWrongly(), r.genericWith16or17());
		}
	}

	/**
	 * The settings each one-at-a-time variation starts from: the suggester before issue 12 (single words only) and
	 * the chosen ones.
	 */
	private static List<Settings> bases() {
		return List.of(BEFORE, TargetModel.Settings.DEFAULT);
	}

	static final Settings BEFORE = new Settings(40, 3, 1, 1, 3.0, 0.4, false);
}
