package org.urbansdg.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns text into the stems the suggester counts, with the same chain as the search index's English analyser
 * (standard tokenizer, possessives, lower case, ASCII folding, English stop words, Porter stemmer), so "housing" and
 * "houses" count as one word. Generic words are dropped here, for every target (see {@link #GENERIC}).
 */
final class Words {

	/**
	 * Words that say a case is run by a public body with others, which nearly every case is. They carry no evidence
	 * for any target, and left in they would pull every text towards goals 16 and 17, whose official texts are made
	 * of them ("effective, accountable and transparent institutions", "public-private partnerships"). Written as
	 * words; compared as stems.
	 */
	static final Set<String> GENERIC_WORDS = Set.of("government", "governments", "governance", "partnership",
			"partner", "institution", "institutional", "cooperation", "cooperate", "collaboration", "collaborate",
			"coordination", "stakeholder", "public", "private", "sector", "authority", "agency", "ministry",
			"department", "office", "official", "municipal", "municipality", "metropolitan", "city", "cities", "local",
			"national", "international", "global", "regional", "country", "countries", "policy", "policies", "plan",
			"planning", "strategy", "framework", "programme", "program", "project", "initiative", "pilot",
			"implement", "implementation", "support", "strengthen", "enhance", "promote", "improve", "increase",
			"ensure", "achieve", "effective", "effectively", "capacity", "development", "developing", "developed",
			"sustainable", "sustainably", "all", "new", "level", "including", "year", "years", "percent",
			"participation", "participatory", "inclusive", "accountable", "transparent", "multi", "mobilize",
			"mobilise", "resource", "resources", "dialogue", "network", "platform", "committee", "council", "mayor",
			"people", "citizen", "citizens", "residents", "civil", "society", "societies", "community",
			"communities", "organisation", "organisations", "organization", "organizations", "south", "north",
			"triangular", "use", "based", "through", "also", "other", "2030", "2020",
			"2025", "target", "targets", "sdg", "sdgs", "goal", "goals", "indicator", "proportion", "number", "per");

	/**
	 * Common English words that Lucene's short stop list keeps ("under", "every", "were"); they would otherwise
	 * appear as the reason for a suggestion.
	 */
	static final Set<String> FUNCTION_WORDS = Set.of("about", "above", "across", "after", "again", "against", "along",
			"among", "any", "around", "because", "before", "below", "between", "both", "can", "could", "did", "do",
			"does", "done", "down", "during", "each", "every", "few", "from", "further", "get", "gets", "give", "gives",
			"got", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "its", "just", "keep",
			"keeps", "let", "lets", "made", "make", "makes", "making", "many", "may", "more", "most", "much", "must",
			"non", "now", "off", "once", "one", "only", "our", "out", "over", "own", "same", "she", "should", "so",
			"some", "than", "them", "those", "three", "third", "two", "half", "halved", "too", "under", "until", "up",
			"upon", "very", "via", "was", "we", "well", "were", "what", "when", "where", "which", "while", "who",
			"whom", "why", "within", "without", "would", "you", "your", "whose", "whether", "since", "still", "yet",
			"able", "take", "takes", "took", "run", "runs", "help", "helps", "helped", "reduce", "reduced", "reduces",
			"reduction", "cut", "cuts", "address", "addresses", "need", "needs", "way", "ways", "part", "order",
			"respect", "respond", "area", "areas");

	private static final Analyzer ANALYZER = analyzer();

	/** Stems left out of every text: {@link #GENERIC_WORDS} and {@link #FUNCTION_WORDS}. */
	static final Set<String> GENERIC = stems(GENERIC_WORDS, FUNCTION_WORDS);

	private static final Set<String> FUNCTION = stems(FUNCTION_WORDS);

	private Words() {
	}

	/**
	 * Hands each stem with the word it came from to {@code each}, generic words left out; if {@code pairs}, also each
	 * pair of neighbouring words ("drinking water", "public transport") as the stem {@code "drink water"} with the
	 * words {@code "drinking water"}. A pair counts unless both its words are generic ("local government") or one is a
	 * function word; words a stop word stood between are not neighbours.
	 */
	static void forEach(String text, boolean pairs, BiConsumer<String, String> each) {
		if (text == null || text.isBlank()) {
			return;
		}
		try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute position = tokens.addAttribute(PositionIncrementAttribute.class);
			tokens.reset();
			String previousStem = null;
			String previousWord = null;
			while (tokens.incrementToken()) {
				String stem = term.toString();
				String word = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
				if (counts(stem)) {
					each.accept(stem, word);
				}
				boolean pairable = pairable(stem);
				if (pairs && pairable && previousStem != null && position.getPositionIncrement() == 1
						&& !(GENERIC.contains(stem) && GENERIC.contains(previousStem))) {
					each.accept(previousStem + " " + stem, previousWord + " " + word);
				}
				previousStem = pairable ? stem : null;
				previousWord = word;
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether a word may be half of a pair: a word with letters that is not a function word. */
	private static boolean pairable(String stem) {
		return stem.chars().anyMatch(Character::isLetter) && stem.length() >= 3 && !FUNCTION.contains(stem);
	}

	/**
	 * Whether a stem is worth counting: it has a letter, is not generic, and, when written in ASCII letters, has at
	 * least three of them ("fi" of "Wi-Fi" says nothing; a two-syllable Korean word may).
	 */
	private static boolean counts(String stem) {
		boolean ascii = stem.chars().allMatch(c -> c < 128);
		return stem.chars().anyMatch(Character::isLetter) && (!ascii || stem.length() >= 3) && !GENERIC.contains(stem);
	}

	/**
	 * Stems with how often each occurs, and the first word each came from; with pairs of neighbouring words if
	 * {@code pairs} (see {@link #forEach(String, boolean, BiConsumer)}).
	 */
	static Map<String, Count> count(String text, boolean pairs) {
		Map<String, Count> counts = new LinkedHashMap<>();
		forEach(text, pairs, (stem, word) -> counts.computeIfAbsent(stem, s -> new Count(word)).n++);
		return counts;
	}

	/** Whether a stem is a pair of words rather than one. */
	static boolean isPair(String stem) {
		return stem.indexOf(' ') >= 0;
	}

	static final class Count {

		final String word;

		int n;

		Count(String word) {
			this.word = word;
		}
	}

	@SafeVarargs
	private static Set<String> stems(Set<String>... lists) {
		Set<String> stems = new java.util.HashSet<>();
		for (String word : java.util.stream.Stream.of(lists).flatMap(Set::stream).toList()) {
			try (TokenStream tokens = ANALYZER.tokenStream("text", word)) {
				CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
				tokens.reset();
				while (tokens.incrementToken()) {
					stems.add(term.toString());
				}
				tokens.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return Set.copyOf(stems);
	}

	private static Analyzer analyzer() {
		try {
			return CustomAnalyzer.builder()
				.withTokenizer(StandardTokenizerFactory.class)
				.addTokenFilter(EnglishPossessiveFilterFactory.class)
				.addTokenFilter(LowerCaseFilterFactory.class)
				.addTokenFilter(ASCIIFoldingFilterFactory.class)
				.addTokenFilter(StopFilterFactory.class)
				.addTokenFilter(PorterStemFilterFactory.class)
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
