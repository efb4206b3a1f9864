package org.urbansdg.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the index, one per language family, named as the index fields that use them ({@code text_ko} is
 * analysed by {@code ko}). Languages without their own analyser ("other") use CJK bigrams over the standard
 * tokenizer: words of alphabetic scripts stay whole, and Han, kana and Hangul runs become overlapping pairs, which
 * finds words in any script without a dictionary. Registered by
 * {@code hibernate.search.backend.analysis.configurer}.
 */
public class LanguageAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("en").custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.tokenFilter(PorterStemFilterFactory.class);
		// Nori splits Korean words from their particles and endings ("자전거를" -> "자전거").
		context.analyzer("ko").instance(new KoreanAnalyzer());
		// Kuromoji segments Japanese by dictionary and reduces verbs to their base form.
		context.analyzer("ja").instance(new JapaneseAnalyzer());
		// SmartCN segments Simplified Chinese into words with a hidden Markov model.
		context.analyzer("zh").instance(new SmartChineseAnalyzer());
		// Thai is written without spaces; the Thai analyser breaks it into words with the JDK's dictionary.
		context.analyzer("th").instance(new ThaiAnalyzer());
		context.analyzer("other").custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class);
		context.normalizer("folded").custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}
}
