package org.passerelle.kernel.search;

import java.util.Map;

import org.passerelle.kernel.PasserelleProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the Hibernate Search backend: the embedded Lucene index in the data folder by
 * default, or an OpenSearch/Elasticsearch cluster when {@code passerelle.search.uris} is
 * set. With a cluster, index updates go through the database outbox so that several
 * application nodes share one index without losing updates.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

	@Bean
	HibernatePropertiesCustomizer searchBackendCustomizer(PasserelleProperties properties) {
		return (Map<String, Object> hibernate) -> {
			hibernate.putIfAbsent("hibernate.search.backend.analysis.configurer", properties.search().embedded()
					? LuceneAnalysis.class.getName() : ElasticsearchAnalysis.class.getName());
			if (properties.search().embedded()) {
				hibernate.put("hibernate.search.backend.type", "lucene");
				hibernate.putIfAbsent("hibernate.search.backend.directory.root",
						properties.dataDir().resolve("index").toAbsolutePath().toString());
				hibernate.putIfAbsent("hibernate.search.backend.lucene_version", "LATEST");
				hibernate.putIfAbsent("hibernate.search.coordination.strategy", "none");
				// a user who saves a record finds it in the next search
				hibernate.putIfAbsent("hibernate.search.indexing.plan.synchronization.strategy", "write-sync");
			}
			else {
				hibernate.put("hibernate.search.backend.type", "elasticsearch");
				hibernate.put("hibernate.search.backend.uris", String.join(",", properties.search().uris()));
				hibernate.put("hibernate.search.backend.version", properties.search().version());
				hibernate.putIfAbsent("hibernate.search.backend.version_check.enabled", "false");
				if (properties.search().username() != null) {
					hibernate.put("hibernate.search.backend.username", properties.search().username());
					hibernate.put("hibernate.search.backend.password", properties.search().password());
				}
				hibernate.putIfAbsent("hibernate.search.coordination.strategy", "outbox-polling");
			}
		};
	}

}
