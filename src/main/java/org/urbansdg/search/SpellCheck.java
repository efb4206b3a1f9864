package org.urbansdg.search;

import java.util.Optional;

/**
 * Corrects misspelt words of a query from the words of an index, for "did you mean". Only the embedded Lucene
 * backend can read the terms of its index; on any other backend (OpenSearch) the page shows no suggestion and the
 * search itself still tolerates typos (see {@link LuceneSpellCheck}).
 */
interface SpellCheck {

	/**
	 * The text with each word that no document of {@code type} contains in {@code field} replaced by the closest word
	 * that some document does contain; empty when no word needed or found a correction.
	 */
	Optional<String> correct(Class<?> type, String field, String text);
}
