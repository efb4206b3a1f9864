package org.urbansdg.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.CaseStudyPublished;
import org.urbansdg.sdg.Indicator;
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.sdg.Target;

/**
 * Suggests the SDG targets a case text is most likely about, with the words that led to each suggestion. The model
 * ({@link TargetModel}) learns from the official English texts of the targets, their indicators and goals, and from
 * the texts and targets of published cases. It is built when the application is ready and rebuilt after each
 * publication; rebuilds asked for while one runs are folded into one.
 */
@Service
class TargetSuggestions {

	/** A suggestion as the form shows it. */
	public record Suggestion(String target, double score, List<String> words) {
	}

	static final int LIMIT = 5;

	/** The numbers chosen on the tune part of the labelled set (docs/suggester.md). */
	static final TargetModel.Settings SETTINGS = TargetModel.Settings.DEFAULT;

	private static final Logger log = LoggerFactory.getLogger(TargetSuggestions.class);

	private final SdgCatalogue catalogue;

	private final CaseStudies caseStudies;

	private final AtomicBoolean rebuildWanted = new AtomicBoolean();

	private final Object rebuildLock = new Object();

	private volatile List<OfficialText> official;

	private volatile TargetModel model = new TargetModel.Builder().build();

	TargetSuggestions(SdgCatalogue catalogue, CaseStudies caseStudies) {
		this.catalogue = catalogue;
		this.caseStudies = caseStudies;
	}

	/**
	 * The most likely targets for this text, best first, none of those in {@code excluded} (already chosen or
	 * rejected by the editor).
	 */
	public List<Suggestion> suggest(String text, Set<String> excluded) {
		return suggest(model, text, excluded);
	}

	/** With another model, to try other settings on the labelled set. */
	static List<Suggestion> suggest(TargetModel model, String text, Set<String> excluded) {
		return model.score(text, excluded, LIMIT)
			.stream()
			.map(s -> new Suggestion(s.target(), s.score(), s.words()))
			.toList();
	}

	/** How many published cases the current model learnt from. */
	public int casesLearnt() {
		return model.casesLearnt();
	}

	/** The kinds of official text counted for a target. */
	private enum Kind {
		TARGET, INDICATOR, GOAL
	}

	/** An official text counted for a target. */
	private record OfficialText(String target, String text, Kind kind) {
	}

	/**
	 * The official English texts, read from the catalogue once: they change only by an SDG import, which is rare, so
	 * an import reaches the suggester at the next start.
	 */
	private List<OfficialText> officialTexts() {
		List<OfficialText> texts = official;
		if (texts == null) {
			List<OfficialText> read = new java.util.ArrayList<>();
			for (Target target : catalogue.targets()) {
				String code = target.code();
				read.add(new OfficialText(code, catalogue.targetText(code, Locale.ENGLISH), Kind.TARGET));
				read.add(new OfficialText(code, catalogue.goalTitle(target.goalNumber(), Locale.ENGLISH), Kind.GOAL));
				for (Indicator indicator : catalogue.indicatorsOf(code)) {
					read.add(new OfficialText(code, catalogue.indicatorText(indicator.code(), Locale.ENGLISH),
							Kind.INDICATOR));
				}
			}
			texts = List.copyOf(read);
			official = texts;
		}
		return texts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		requestRebuild();
	}

	@ApplicationModuleListener
	void on(CaseStudyPublished published) {
		requestRebuild();
	}

	/** Rebuilds the model unless a rebuild that started after this request has already done so. */
	void requestRebuild() {
		rebuildWanted.set(true);
		synchronized (rebuildLock) {
			if (rebuildWanted.getAndSet(false)) {
				rebuild();
			}
		}
	}

	private void rebuild() {
		long start = System.nanoTime();
		TargetModel built = build(true, SETTINGS);
		model = built;
		log.info("Target suggester learnt from {} published cases ({} word stems) in {} ms", built.casesLearnt(),
				built.vocabularySize(), (System.nanoTime() - start) / 1_000_000);
	}

	/** A model from the official texts and, if asked, the published cases. */
	TargetModel build(boolean withCases, TargetModel.Settings settings) {
		TargetModel.Builder builder = new TargetModel.Builder(settings.pairs());
		for (OfficialText text : officialTexts()) {
			switch (text.kind()) {
				case TARGET -> builder.addOfficial(text.target(), text.text(), settings.targetTextWeight());
				case INDICATOR -> builder.addOfficial(text.target(), text.text(), settings.indicatorWeight());
				case GOAL -> builder.add(text.target(), text.text(), 1);
			}
		}
		if (withCases) {
			caseStudies.forEachPublishedText(c -> builder.addCase(c.title() + "\n" + c.title() + "\n" + c.summary()
					+ "\n" + c.objectives(), c.primaryTarget(), c.otherTargets(), settings.caseWeight()));
		}
		return builder.build(settings);
	}
}
