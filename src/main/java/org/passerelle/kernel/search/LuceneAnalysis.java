package org.passerelle.kernel.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The analyzers of {@link Analyzers} for the embedded Lucene backend. */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(Analyzers.FRENCH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("elision")
			.param("ignoreCase", "true")
			.tokenFilter("lowercase")
			.tokenFilter("frenchLightStem")
			.tokenFilter("asciiFolding");
		context.analyzer(Analyzers.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("porterStem");
		context.analyzer(Analyzers.SPANISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("spanishLightStem")
			.tokenFilter("asciiFolding");
		context.analyzer(Analyzers.PORTUGUESE)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("portugueseLightStem")
			.tokenFilter("asciiFolding");
		context.analyzer(Analyzers.ARABIC)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("decimalDigit")
			.tokenFilter("arabicNormalization")
			.tokenFilter("arabicStem");
		context.analyzer(Analyzers.NAME)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
		context.analyzer(Analyzers.AUTOCOMPLETE)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("edgeNGram")
			.param("minGramSize", "1")
			.param("maxGramSize", "20");
		context.normalizer(Analyzers.SORT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
