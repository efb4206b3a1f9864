package org.urbansdg.search;

import java.io.IOException;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Did you mean" over the embedded Lucene index: the query is analysed with the field's own analyser, every word
 * that is in no document is looked up with Lucene's {@link DirectSpellChecker} (words up to two edits away, more
 * frequent ones first) and replaced in the text where it was typed. Only words of alphabetic scripts of four letters
 * or more are corrected: Han, kana, Hangul and Thai are split into dictionary words or bigrams, whose neighbours
 * two edits away are other words altogether. On a backend that is not Lucene the extension fails and this answers
 * nothing (logged once), so the page degrades to no suggestion.
 */
@Component
class LuceneSpellCheck implements SpellCheck {

	private static final Logger log = LoggerFactory.getLogger(LuceneSpellCheck.class);

	private static final int MIN_LENGTH = 4;

	private final EntityManagerFactory entityManagerFactory;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	private volatile boolean unsupported;

	LuceneSpellCheck(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
		checker.setMinQueryLength(MIN_LENGTH);
	}

	@Override
	public Optional<String> correct(Class<?> type, String field, String text) {
		if (unsupported || text == null || text.isBlank()) {
			return Optional.empty();
		}
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		IndexReader reader;
		Analyzer analyzer;
		try {
			analyzer = mapping.indexedEntity(type).indexManager().unwrap(LuceneIndexManager.class).searchAnalyzer();
			reader = mapping.scope(type).extension(LuceneExtension.get()).openIndexReader();
		}
		catch (SearchException notLucene) {
			unsupported = true;
			log.info("No spelling suggestions: the search backend is not Lucene ({})", notLucene.getMessage());
			return Optional.empty();
		}
		try (reader; TokenStream tokens = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			StringBuilder corrected = new StringBuilder();
			int copied = 0;
			boolean changed = false;
			tokens.reset();
			while (tokens.incrementToken()) {
				String word = term.toString();
				if (!correctable(word) || offset.startOffset() < copied) {
					continue;
				}
				Term t = new Term(field, word);
				if (reader.docFreq(t) > 0) {
					continue;
				}
				SuggestWord[] best = checker.suggestSimilar(t, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
				if (best.length > 0) {
					corrected.append(text, copied, offset.startOffset()).append(best[0].string);
					copied = offset.endOffset();
					changed = true;
				}
			}
			tokens.end();
			corrected.append(text.substring(copied));
			return changed ? Optional.of(corrected.toString()) : Optional.empty();
		}
		catch (IOException e) {
			log.warn("Spelling suggestions failed", e);
			return Optional.empty();
		}
	}

	private static boolean correctable(String word) {
		if (word.codePointCount(0, word.length()) < MIN_LENGTH) {
			return false;
		}
		return word.codePoints().allMatch(cp -> Character.isLetter(cp) && switch (Character.UnicodeScript.of(cp)) {
			case HAN, HIRAGANA, KATAKANA, HANGUL, THAI -> false;
			default -> true;
		});
	}
}
