package org.passerelle.test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an application context at the shared test servers of the scaled set-up: a
 * database of its own on the embedded PostgreSQL and index names of its own on the
 * OpenSearch node. The settings are the ones an operator would give
 * ({@code spring.datasource.*}, {@code passerelle.search.uris}), so the application
 * chooses its backends as in production.
 */
class ScaledBackendsInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger contexts = new AtomicInteger();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ScaledBackends.Database database = ScaledBackends.newDatabase();
		String opensearch = ScaledBackends.opensearchUri();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("scaledBackends",
					Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
							"spring.datasource.password", database.password(), "passerelle.search.uris", opensearch,
							"passerelle.search.version", "opensearch:2.19.1")));
		String prefix = "ctx" + contexts.incrementAndGet() + "-";
		IndexPrefixLayoutStrategy layout = new IndexPrefixLayoutStrategy(prefix);
		HibernatePropertiesCustomizer indexNames = (hibernate) -> hibernate
			.put("hibernate.search.backend.layout.strategy", layout);
		context.getBeanFactory().registerSingleton("scaledBackendsIndexNames", indexNames);
		ScaledBackends.register(context);
	}

}
