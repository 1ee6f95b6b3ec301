package org.passerelle.kernel.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stand-alone analyzers of the query expansion produce exactly the tokens of the
 * search index's analyzers (checked on the embedded Lucene backend, once an entity is
 * indexed).
 */
@PasserelleIntegrationTest
class LanguageAnalyzersIntegrationTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|',
			value = { "fr|L’hébergement d'urgence des Réfugiés, qu'ils soient mineurs",
					"en|The refugees' emergency shelters and integration policies",
					"es|Alojamientos de emergencia para los menores no acompañados",
					"pt|Alojamento de emergência e integração dos migrantes",
					"ar|الإيواء الطارئ للاجئين والمهاجرين ١٢٣", "name|Île-de-France São Tomé" })
	void analyseLikeTheSearchIndex(String analyzer, String text) throws IOException {
		Optional<Analyzer> index = indexAnalyzer(analyzer);
		assumeTrue(index.isPresent(), "no Lucene backend started (no indexed entity yet)");

		assertThat(tokens(LanguageAnalyzers.create(analyzer), text)).isEqualTo(tokens(index.get(), text));
	}

	private Optional<Analyzer> indexAnalyzer(String name) {
		try {
			return Search.mapping(this.entityManagerFactory)
				.backend()
				.unwrap(LuceneBackend.class)
				.analyzer(name)
				.map(a -> a);
		}
		catch (SearchException ex) {
			return Optional.empty();
		}
	}

	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

}
