package org.urbansdg.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * "Did you mean" on OpenSearch: a search for nothing on the type's index carries a {@code term} suggester on the
 * field, which analyses the text with the field's own analyser and answers, for each word with where it was typed,
 * the closest word of the index when the word is in no document. OpenSearch's term suggester is Lucene's
 * {@code DirectSpellChecker}; its settings are the ones {@link LuceneSpellCheck} uses, so both backends offer the same
 * corrections, under the same rules ({@link Misspellings}). The suggester is added to the request Hibernate Search
 * sends, so no other client is needed. "In no document" is judged per shard; the indexes have one.
 */
@Component
@ConditionalOnProperty(name = "urbansdg.search.backend", havingValue = "opensearch")
class OpenSearchSpellCheck implements SpellCheck {

	private static final Logger log = LoggerFactory.getLogger(OpenSearchSpellCheck.class);

	private static final String SUGGESTION = "did_you_mean";

	private final EntityManagerFactory entityManagerFactory;

	OpenSearchSpellCheck(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public Optional<String> correct(Class<?> type, String field, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		JsonArray entries;
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			ElasticsearchSearchResult<Object> result = Search.session(entityManager)
				.search(type)
				.extension(ElasticsearchExtension.get())
				.select(f -> f.id())
				.where(f -> f.matchNone())
				.requestTransformer(request -> request.body().add("suggest", suggest(field, text)))
				.fetch(0);
			JsonObject suggest = result.responseBody().getAsJsonObject("suggest");
			entries = suggest == null || !suggest.has(SUGGESTION) ? new JsonArray() : suggest.getAsJsonArray(SUGGESTION);
		}
		catch (SearchException e) {
			log.warn("Spelling suggestions failed", e);
			return Optional.empty();
		}
		List<Misspellings.Word> words = new ArrayList<>();
		Map<String, String> best = new HashMap<>();
		for (JsonElement element : entries) {
			JsonObject entry = element.getAsJsonObject();
			String term = entry.get("text").getAsString();
			int start = entry.get("offset").getAsInt();
			words.add(new Misspellings.Word(term, start, start + entry.get("length").getAsInt()));
			JsonArray options = entry.getAsJsonArray("options");
			if (!options.isEmpty()) {
				best.putIfAbsent(term, options.get(0).getAsJsonObject().get("text").getAsString());
			}
		}
		return Misspellings.replace(text, words, term -> Optional.ofNullable(best.get(term)));
	}

	/**
	 * One best word, only for words in no document ({@code missing}), up to two edits away with the first letter
	 * kept, the closest first and then the more frequent: {@code DirectSpellChecker}'s defaults, as Lucene runs it.
	 */
	private static JsonObject suggest(String field, String text) {
		JsonObject term = new JsonObject();
		term.addProperty("field", field);
		term.addProperty("size", 1);
		term.addProperty("suggest_mode", "missing");
		term.addProperty("max_edits", 2);
		term.addProperty("prefix_length", 1);
		term.addProperty("min_word_length", Misspellings.MIN_LENGTH);
		term.addProperty("sort", "score");
		term.addProperty("string_distance", "internal");
		JsonObject suggestion = new JsonObject();
		suggestion.addProperty("text", text);
		suggestion.add("term", term);
		JsonObject suggest = new JsonObject();
		suggest.add(SUGGESTION, suggestion);
		return suggest;
	}
}
