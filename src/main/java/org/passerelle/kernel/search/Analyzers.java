package org.passerelle.kernel.search;

import java.util.List;
import java.util.Locale;

/**
 * Names of the analyzers and normalizers every module uses in its {@code @FullTextField}
 * mappings. Both backends (embedded Lucene, OpenSearch/Elasticsearch) define the same
 * names with the same behaviour, so a mapping works on either.
 */
public final class Analyzers {

	/** The content languages that have their own analyzer, in interface order. */
	public static final List<String> LANGUAGES = List.of("fr", "en", "es", "pt", "ar");

	/** French: elision (l', d', qu'…), light stemming, accents folded. */
	public static final String FRENCH = "fr";

	/** English: possessives, Porter stemming, accents folded. */
	public static final String ENGLISH = "en";

	/** Spanish: light stemming, accents folded. */
	public static final String SPANISH = "es";

	/** Portuguese: light stemming, accents folded. */
	public static final String PORTUGUESE = "pt";

	/** Arabic: orthographic normalisation and light stemming. */
	public static final String ARABIC = "ar";

	/** Names and codes in any language: lower case and accents folded, no stemming. */
	public static final String NAME = "name";

	/**
	 * Prefix matching for autocompletion: like {@link #NAME} plus edge n-grams (index
	 * side only).
	 */
	public static final String AUTOCOMPLETE = "autocomplete";

	/**
	 * Keyword normaliser for sorting and exact filtering regardless of case and accents.
	 */
	public static final String SORT = "sort";

	private Analyzers() {
	}

	/**
	 * The analyzer for a BCP 47 language tag, or {@link #NAME} for a language without
	 * one.
	 */
	public static String forLanguage(String language) {
		if (language == null) {
			return NAME;
		}
		String primary = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
		return LANGUAGES.contains(primary) ? primary : NAME;
	}

}
