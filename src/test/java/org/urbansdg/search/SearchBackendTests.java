package org.urbansdg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.http.util.EntityUtils;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backend that runs is the one configured: embedded Lucene by default, a reachable OpenSearch 2.19 node with
 * {@code urbansdg.search.backend=opensearch} (as {@code .ci/opensearch-tests.sh} runs the search tests). An
 * unreachable node fails the start, and so every search test; nothing is skipped. On OpenSearch, each analyser of
 * the index splits sample texts into the same tokens as the Lucene analyser of the same name.
 */
@PlatformTest
class SearchBackendTests {

	/** Texts that each analyser must split the same way on both backends. */
	static final Map<String, String> SAMPLES = Map.of(
			"en", "The city's planners planted 2,000 trees along São Paulo's streets.",
			"ko", "시민들이 출퇴근에 공공자전거를 이용한다.",
			"ja", "市は家庭ごみを大きく減らした。",
			"zh", "杭州市民积极参与垃圾分类。",
			"th", "กรุงเทพมหานครส่งเสริมการปลูกต้นไม้ริมถนน",
			"other", "Ｔａｍａｎ 서울시 東京都 Hà Nội");

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Value("${urbansdg.search.backend}")
	String configured;

	@Autowired
	SpellCheck spellCheck;

	@Test
	void theConfiguredBackendIsTheOneThatRuns() throws Exception {
		Backend backend = Search.mapping(entityManagerFactory).backend();
		switch (configured) {
			case "lucene" -> {
				assertThat(backend).isInstanceOf(LuceneBackend.class);
				assertThat(spellCheck).isInstanceOf(LuceneSpellCheck.class);
			}
			case "opensearch" -> {
				assertThat(backend).isInstanceOf(ElasticsearchBackend.class);
				assertThat(spellCheck).isInstanceOf(OpenSearchSpellCheck.class);
				RestClient client = client(backend);
				String info = EntityUtils.toString(client.performRequest(new Request("GET", "/")).getEntity());
				assertThat(info).contains("\"distribution\" : \"opensearch\"").contains("\"number\" : \"2.19.");
				String plugins = EntityUtils.toString(client.performRequest(new Request("GET", "/_nodes/plugins")).getEntity());
				assertThat(plugins).contains("\"analysis-common\"");
			}
			default -> throw new AssertionError("Unknown search backend " + configured);
		}
	}

	@Test
	void openSearchAnalysesEachLanguageAsLuceneDoes() throws Exception {
		Backend backend = Search.mapping(entityManagerFactory).backend();
		if (!(backend instanceof ElasticsearchBackend)) {
			// On Lucene the analysers are LanguageAnalysis itself; SearchTests covers them.
			assertThat(configured).isEqualTo("lucene");
			return;
		}
		RestClient client = client(backend);
		for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
			Request request = new Request("POST", "/case_study-read/_analyze");
			JsonObject body = new JsonObject();
			body.addProperty("analyzer", sample.getKey());
			body.addProperty("text", sample.getValue());
			request.setJsonEntity(body.toString());
			JsonObject response = JsonParser
				.parseString(EntityUtils.toString(client.performRequest(request).getEntity())).getAsJsonObject();
			List<String> remote = new ArrayList<>();
			response.getAsJsonArray("tokens").forEach(t -> remote.add(t.getAsJsonObject().get("token").getAsString()));
			assertThat(remote).as(sample.getKey()).isNotEmpty().isEqualTo(tokens(lucene(sample.getKey()), sample.getValue()));
		}
	}

	private static RestClient client(Backend backend) {
		return backend.unwrap(ElasticsearchBackend.class).client(RestClient.class);
	}

	/** The analysers of {@link LanguageAnalysis}, built the same way. */
	private static Analyzer lucene(String name) throws IOException {
		return switch (name) {
			case "en" -> CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("englishPossessive")
				.addTokenFilter("lowercase").addTokenFilter("asciiFolding").addTokenFilter("stop")
				.addTokenFilter("porterStem").build();
			case "ko" -> new KoreanAnalyzer();
			case "ja" -> new JapaneseAnalyzer();
			case "zh" -> new SmartChineseAnalyzer();
			case "th" -> new ThaiAnalyzer();
			case "other" -> CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("cjkWidth")
				.addTokenFilter("lowercase").addTokenFilter("asciiFolding").addTokenFilter("cjkBigram").build();
			default -> throw new IllegalArgumentException(name);
		};
	}

	private static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (analyzer; TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}
}
