package org.urbansdg.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysers of {@link LanguageAnalysis}, under the same names, for the OpenSearch backend: each index field is
 * analysed the same way on both backends, so the same queries find the same cases. OpenSearch needs the
 * {@code analysis-common} module (stemmer, stop, ASCII folding, CJK bigrams, the Thai analyser) and analysers named
 * {@code nori}, {@code kuromoji} and {@code smartcn}: the official plugins of those names in production, or the
 * plugin that {@code .ci/opensearch-tests.sh} builds from the same Lucene analysers for tests. Registered by
 * {@code hibernate.search.backend.analysis.configurer} in {@code search/backend-opensearch.properties}.
 */
public class OpenSearchLanguageAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		// As Lucene's: standard tokenizer, possessive 's removed, lower case, folded accents, English stop words, Porter.
		context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
		context.tokenFilter("english_stop").type("stop").param("stopwords", "_english_");
		context.analyzer("en").custom()
			.tokenizer("standard")
			.tokenFilters("english_possessive", "lowercase", "asciifolding", "english_stop", "porter_stem");
		// The Lucene KoreanAnalyzer, JapaneseAnalyzer, SmartChineseAnalyzer and ThaiAnalyzer, with their defaults.
		context.analyzer("ko").type("nori");
		context.analyzer("ja").type("kuromoji");
		context.analyzer("zh").type("smartcn");
		context.analyzer("th").type("thai");
		// Other languages: words of alphabetic scripts stay whole, Han, kana and Hangul runs become overlapping pairs.
		context.analyzer("other").custom()
			.tokenizer("standard")
			.tokenFilters("cjk_width", "lowercase", "asciifolding", "cjk_bigram");
		context.normalizer("folded").custom()
			.tokenFilters("lowercase", "asciifolding");
	}
}
