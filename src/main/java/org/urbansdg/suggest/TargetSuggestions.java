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

	/** Below this a text has too little in common with a target to mention it (set on the labelled set). */
	static final double MIN_SCORE = 3.0;

	/** Suggestions far weaker than the best one are left out. */
	static final double RELATIVE = 0.4;

	/** How much an occurrence in an official target text counts, against one in a case's text. */
	static final double TARGET_TEXT_WEIGHT = 3;

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
		return suggest(text, excluded, MIN_SCORE, RELATIVE);
	}

	/** With other thresholds, to try them on the labelled set. */
	List<Suggestion> suggest(String text, Set<String> excluded, double minScore, double relative) {
		return model.score(text, excluded, LIMIT, minScore, relative)
			.stream()
			.map(s -> new Suggestion(s.target(), s.score(), s.words()))
			.toList();
	}

	/** How many published cases the current model learnt from. */
	public int casesLearnt() {
		return model.casesLearnt();
	}

	/** An official text counted for a target; {@code own} if it is the target's or one of its indicators'. */
	private record OfficialText(String target, String text, double weight, boolean own) {
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
				read.add(new OfficialText(code, catalogue.targetText(code, Locale.ENGLISH), TARGET_TEXT_WEIGHT, true));
				read.add(new OfficialText(code, catalogue.goalTitle(target.goalNumber(), Locale.ENGLISH), 1, false));
				for (Indicator indicator : catalogue.indicatorsOf(code)) {
					read.add(new OfficialText(code, catalogue.indicatorText(indicator.code(), Locale.ENGLISH), 1, true));
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
		TargetModel built = build(true);
		model = built;
		log.info("Target suggester learnt from {} published cases ({} word stems) in {} ms", built.casesLearnt(),
				built.vocabularySize(), (System.nanoTime() - start) / 1_000_000);
	}

	/** A model from the official texts and, if asked, the published cases. */
	TargetModel build(boolean withCases) {
		TargetModel.Builder builder = new TargetModel.Builder();
		for (OfficialText text : officialTexts()) {
			if (text.own()) {
				builder.addOfficial(text.target(), text.text(), text.weight());
			}
			else {
				builder.add(text.target(), text.text(), text.weight());
			}
		}
		if (withCases) {
			caseStudies.forEachPublishedText(c -> builder.addCase(c.title() + "\n" + c.title() + "\n" + c.summary()
					+ "\n" + c.objectives(), c.primaryTarget(), c.otherTargets()));
		}
		return builder.build();
	}
}
