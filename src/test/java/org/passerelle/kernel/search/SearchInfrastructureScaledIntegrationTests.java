package org.passerelle.kernel.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.test.ScaledIntegrationTest;
import org.passerelle.test.SearchIndexing;

/**
 * {@link SearchInfrastructureContract} on OpenSearch, with indexing through the outbox.
 */
@ScaledIntegrationTest
class SearchInfrastructureScaledIntegrationTests extends SearchInfrastructureContract {

	@Test
	void indexesThroughTheDatabaseOutbox() {
		assertThat(SearchIndexing.usesOutbox(this.entityManagerFactory)).isTrue();
		Integer agents = this.jdbc.queryForObject(
				"select count(*) from hsearch_agent where type like 'EVENT_PROCESSING%' and state = 'RUNNING'",
				Integer.class);
		assertThat(agents).isOne();
	}

}
