package org.passerelle.test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's usual Elasticsearch index layout ({@code name-000001} behind the
 * aliases {@code name-write} and {@code name-read}), with a prefix in front of every
 * name, so that application contexts sharing one OpenSearch node never see each other's
 * documents.
 */
final class IndexPrefixLayoutStrategy implements IndexLayoutStrategy {

	private static final Pattern PRIMARY_NAME = Pattern.compile("(.*)-\\d{6}");

	private final String prefix;

	IndexPrefixLayoutStrategy(String prefix) {
		this.prefix = prefix;
	}

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-000001";
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-read";
	}

	@Override
	public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName;
	}

	@Override
	public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
		Matcher matcher = PRIMARY_NAME.matcher(elasticsearchIndexName);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Unexpected index name " + elasticsearchIndexName);
		}
		return matcher.group(1);
	}

}
