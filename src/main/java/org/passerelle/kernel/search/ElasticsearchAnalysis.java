package org.passerelle.kernel.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link Analyzers} for an OpenSearch/Elasticsearch cluster, built only
 * from filters that ship with both distributions (no plugin needed).
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("p_fr_elision")
			.type("elision")
			.param("articles_case", true)
			.param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
		context.tokenFilter("p_fr_stem").type("stemmer").param("language", "light_french");
		context.tokenFilter("p_en_stem").type("stemmer").param("language", "english");
		context.tokenFilter("p_en_possessive").type("stemmer").param("language", "possessive_english");
		context.tokenFilter("p_es_stem").type("stemmer").param("language", "light_spanish");
		context.tokenFilter("p_pt_stem").type("stemmer").param("language", "light_portuguese");
		context.tokenFilter("p_ar_stem").type("stemmer").param("language", "arabic");
		context.tokenFilter("p_edge").type("edge_ngram").param("min_gram", 1).param("max_gram", 20);

		context.analyzer(Analyzers.FRENCH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("p_fr_elision", "lowercase", "p_fr_stem", "asciifolding");
		context.analyzer(Analyzers.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("p_en_possessive", "lowercase", "asciifolding", "p_en_stem");
		context.analyzer(Analyzers.SPANISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "p_es_stem", "asciifolding");
		context.analyzer(Analyzers.PORTUGUESE)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "p_pt_stem", "asciifolding");
		context.analyzer(Analyzers.ARABIC)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "decimal_digit", "arabic_normalization", "p_ar_stem");
		context.analyzer(Analyzers.NAME).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
		context.analyzer(Analyzers.AUTOCOMPLETE)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "p_edge");
		context.normalizer(Analyzers.SORT).custom().tokenFilters("lowercase", "asciifolding");
	}

}
