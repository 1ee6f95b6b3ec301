package org.passerelle;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.engine.backend.Backend;
import org.passerelle.test.ScaledIntegrationTest;

/** {@link PlatformContract} on the scaled set-up: PostgreSQL and OpenSearch. */
@ScaledIntegrationTest
class PlatformScaledIntegrationTests extends PlatformContract {

	@Override
	String expectedDatabase() {
		return "PostgreSQL";
	}

	@Override
	Class<? extends Backend> expectedSearchBackend() {
		return ElasticsearchBackend.class;
	}

}
