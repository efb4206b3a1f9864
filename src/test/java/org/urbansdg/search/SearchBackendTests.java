package org.urbansdg.search;

import jakarta.persistence.EntityManagerFactory;

import org.apache.http.util.EntityUtils;
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
 * unreachable node fails the start, and so every search test; nothing is skipped.
 */
@PlatformTest
class SearchBackendTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Value("${urbansdg.search.backend}")
	String configured;

	@Test
	void theConfiguredBackendIsTheOneThatRuns() throws Exception {
		Backend backend = Search.mapping(entityManagerFactory).backend();
		switch (configured) {
			case "lucene" -> assertThat(backend).isInstanceOf(LuceneBackend.class);
			case "opensearch" -> {
				assertThat(backend).isInstanceOf(ElasticsearchBackend.class);
				RestClient client = backend.unwrap(ElasticsearchBackend.class).client(RestClient.class);
				String info = EntityUtils.toString(client.performRequest(new Request("GET", "/")).getEntity());
				assertThat(info).contains("\"distribution\" : \"opensearch\"").contains("\"number\" : \"2.19.");
				String plugins = EntityUtils.toString(client.performRequest(new Request("GET", "/_nodes/plugins")).getEntity());
				assertThat(plugins).contains("\"analysis-common\"");
			}
			default -> throw new AssertionError("Unknown search backend " + configured);
		}
	}
}
