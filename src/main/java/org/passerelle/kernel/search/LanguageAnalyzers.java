package org.passerelle.kernel.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * Stand-alone Lucene analyzers with the same chains as {@link LuceneAnalysis}, for code
 * that must analyse text exactly as the search index does without going through Hibernate
 * Search (e.g. the thesaurus matcher of the query expansion, which also runs with an
 * OpenSearch backend). Analyzers are thread-safe; build them once and keep them.
 */
public final class LanguageAnalyzers {

	private LanguageAnalyzers() {
	}

	/**
	 * A new analyzer for one of the names of {@link Analyzers} ({@code fr}, {@code en},
	 * {@code es}, {@code pt}, {@code ar}, {@code name}); any other name gets
	 * {@code name}.
	 */
	public static Analyzer create(String name) {
		try {
			return switch (name == null ? Analyzers.NAME : name) {
				case Analyzers.FRENCH -> CustomAnalyzer.builder()
					.withTokenizer("standard")
					.addTokenFilter("elision", new HashMap<>(Map.of("ignoreCase", "true")))
					.addTokenFilter("lowercase")
					.addTokenFilter("frenchLightStem")
					.addTokenFilter("asciiFolding")
					.build();
				case Analyzers.ENGLISH -> CustomAnalyzer.builder()
					.withTokenizer("standard")
					.addTokenFilter("englishPossessive")
					.addTokenFilter("lowercase")
					.addTokenFilter("asciiFolding")
					.addTokenFilter("porterStem")
					.build();
				case Analyzers.SPANISH -> CustomAnalyzer.builder()
					.withTokenizer("standard")
					.addTokenFilter("lowercase")
					.addTokenFilter("spanishLightStem")
					.addTokenFilter("asciiFolding")
					.build();
				case Analyzers.PORTUGUESE -> CustomAnalyzer.builder()
					.withTokenizer("standard")
					.addTokenFilter("lowercase")
					.addTokenFilter("portugueseLightStem")
					.addTokenFilter("asciiFolding")
					.build();
				case Analyzers.ARABIC -> CustomAnalyzer.builder()
					.withTokenizer("standard")
					.addTokenFilter("lowercase")
					.addTokenFilter("decimalDigit")
					.addTokenFilter("arabicNormalization")
					.addTokenFilter("arabicStem")
					.build();
				default -> CustomAnalyzer.builder()
					.withTokenizer("standard")
					.addTokenFilter("lowercase")
					.addTokenFilter("asciiFolding")
					.build();
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
