package org.passerelle.kernel.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.PasserelleProperties;
import org.passerelle.test.PasserelleIntegrationTest;
import org.passerelle.test.SearchIndexing;

import org.springframework.beans.factory.annotation.Autowired;

/** {@link SearchInfrastructureContract} on the embedded Lucene index. */
@PasserelleIntegrationTest
class SearchInfrastructureIntegrationTests extends SearchInfrastructureContract {

	@Autowired
	PasserelleProperties properties;

	@Test
	void indexesSynchronouslyIntoTheDataFolder() {
		assertThat(SearchIndexing.usesOutbox(this.entityManagerFactory)).isFalse();
		assertThat(this.properties.dataDir().resolve("index").resolve("SearchProbe")).isDirectory();
	}

}
