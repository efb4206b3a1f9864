package org.urbansdg.opensearch;

import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * For tests only: the analysers {@code nori}, {@code kuromoji} and {@code smartcn} of the official OpenSearch plugins
 * of those names, which are not published to Maven Central, built from the same Lucene analysers (with their
 * defaults) that the application's Lucene backend uses. Production clusters install the official plugins instead.
 * Built and installed by {@code .ci/opensearch-tests.sh}.
 */
public class AsianAnalysisPlugin extends Plugin implements AnalysisPlugin {

	@Override
	public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
		return Map.of("nori", provider(KoreanAnalyzer::new), "kuromoji", provider(JapaneseAnalyzer::new), "smartcn",
				provider(SmartChineseAnalyzer::new));
	}

	private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> provider(Supplier<Analyzer> analyzer) {
		return (indexSettings, environment, name, settings) -> new Provider(indexSettings, name, settings, analyzer.get());
	}

	private static final class Provider extends AbstractIndexAnalyzerProvider<Analyzer> {

		private final Analyzer analyzer;

		Provider(IndexSettings indexSettings, String name, Settings settings, Analyzer analyzer) {
			super(indexSettings, name, settings);
			this.analyzer = analyzer;
		}

		@Override
		public Analyzer get() {
			return analyzer;
		}
	}
}
