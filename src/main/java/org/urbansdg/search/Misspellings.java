package org.urbansdg.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of "did you mean" that every {@link SpellCheck} follows, whatever reads the words of its index: which
 * words of a query may be corrected, and how corrections go back into the text the user typed.
 */
final class Misspellings {

	/** Shorter words have too many neighbours two edits away to guess from. */
	static final int MIN_LENGTH = 4;

	private Misspellings() {
	}

	/** A word of the query as the field's analyser made it, and where it was typed ({@code [start, end)}). */
	record Word(String term, int start, int end) {
	}

	/**
	 * Only words of alphabetic scripts of four letters or more: Han, kana, Hangul and Thai are split into dictionary
	 * words or bigrams, whose neighbours two edits away are other words altogether.
	 */
	static boolean correctable(String term) {
		if (term.codePointCount(0, term.length()) < MIN_LENGTH) {
			return false;
		}
		return term.codePoints().allMatch(cp -> Character.isLetter(cp) && switch (Character.UnicodeScript.of(cp)) {
			case HAN, HIRAGANA, KATAKANA, HANGUL, THAI -> false;
			default -> true;
		});
	}

	/**
	 * The text with each correctable word for which {@code correction} has a word replaced where it was typed, the
	 * rest as typed; empty when nothing was replaced. Words in text order; one overlapping a word already replaced
	 * (an analyser may emit several tokens for the same characters) is skipped.
	 */
	static Optional<String> replace(String text, List<Word> words, Function<String, Optional<String>> correction) {
		StringBuilder corrected = new StringBuilder();
		int copied = 0;
		boolean changed = false;
		for (Word word : words) {
			if (word.start() < copied || !correctable(word.term())) {
				continue;
			}
			Optional<String> better = correction.apply(word.term());
			if (better.isPresent()) {
				corrected.append(text, copied, word.start()).append(better.get());
				copied = word.end();
				changed = true;
			}
		}
		return changed ? Optional.of(corrected.append(text.substring(copied)).toString()) : Optional.empty();
	}
}
