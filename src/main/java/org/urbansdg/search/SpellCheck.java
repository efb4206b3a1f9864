package org.urbansdg.search;

import java.util.Optional;

/**
 * Corrects misspelt words of a query from the words of an index, for "did you mean": {@link LuceneSpellCheck} on the
 * embedded index, {@link OpenSearchSpellCheck} on OpenSearch, whichever {@code urbansdg.search.backend} names. Both
 * follow the rules of {@link Misspellings}.
 */
interface SpellCheck {

	/**
	 * The text with each word that no document of {@code type} contains in {@code field} replaced by the closest word
	 * that some document does contain; empty when no word needed or found a correction.
	 */
	Optional<String> correct(Class<?> type, String field, String text);
}
