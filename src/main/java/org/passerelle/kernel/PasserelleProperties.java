package org.passerelle.kernel;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Platform-wide settings ({@code passerelle.*}).
 *
 * @param dataDir the folder that holds the embedded database, the Lucene index and the
 * mail files ({@code PASSERELLE_DATA_DIR})
 * @param baseUrl the public address used in links sent by mail
 * @param search where the search index lives
 * @param demo whether demo content is loaded on first start
 */
@ConfigurationProperties("passerelle")
public record PasserelleProperties(@DefaultValue("./data") Path dataDir,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue Search search,
		@DefaultValue("true") boolean demo) {

	/**
	 * @param uris OpenSearch/Elasticsearch addresses; empty means the embedded Lucene
	 * index ({@code PASSERELLE_SEARCH_URIS})
	 * @param version the distribution and version of the cluster, e.g.
	 * {@code opensearch:2.19.1}
	 * @param username optional basic-auth user of the cluster
	 * @param password optional basic-auth password of the cluster
	 */
	public record Search(List<String> uris, @DefaultValue("opensearch:2.19.1") String version, String username,
			String password) {

		public boolean embedded() {
			return this.uris == null || this.uris.isEmpty();
		}

	}

}
