package org.urbansdg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * "Did you mean" over the embedded Lucene index: the query is analysed with the field's own analyser, and every
 * correctable word (see {@link Misspellings}) that is in no document is looked up with Lucene's
 * {@link DirectSpellChecker} (words up to two edits away, the closest first, then the more frequent).
 */
@Component
@ConditionalOnProperty(name = "urbansdg.search.backend", havingValue = "lucene", matchIfMissing = true)
class LuceneSpellCheck implements SpellCheck {

	private static final Logger log = LoggerFactory.getLogger(LuceneSpellCheck.class);

	private final EntityManagerFactory entityManagerFactory;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	LuceneSpellCheck(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
		checker.setMinQueryLength(Misspellings.MIN_LENGTH);
	}

	@Override
	public Optional<String> correct(Class<?> type, String field, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		Analyzer analyzer = mapping.indexedEntity(type).indexManager().unwrap(LuceneIndexManager.class).searchAnalyzer();
		try (IndexReader reader = mapping.scope(type).extension(LuceneExtension.get()).openIndexReader()) {
			return Misspellings.replace(text, words(analyzer, field, text), word -> {
				try {
					Term term = new Term(field, word);
					if (reader.docFreq(term) > 0) {
						return Optional.empty();
					}
					SuggestWord[] best = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
					return best.length == 0 ? Optional.empty() : Optional.of(best[0].string);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (IOException | UncheckedIOException e) {
			log.warn("Spelling suggestions failed", e);
			return Optional.empty();
		}
	}

	private static List<Misspellings.Word> words(Analyzer analyzer, String field, String text) throws IOException {
		List<Misspellings.Word> words = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(new Misspellings.Word(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			tokens.end();
		}
		return words;
	}
}
