package org.passerelle.practices.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * The words of a query that carry its meaning. The index keeps every word (its analyzers
 * have no stop list, so that phrases and names stay intact), so a query that requires all
 * its words would also require "des", "of" or "para": the queries leave out the stop
 * words of the language the words were typed in. A query written with the search syntax
 * (quotes) is left as it is.
 */
final class SearchWords {

	private static final Map<String, CharArraySet> STOP_WORDS = Map.of("fr", FrenchAnalyzer.getDefaultStopSet(), "en",
			EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, "es", SpanishAnalyzer.getDefaultStopSet(), "pt",
			PortugueseAnalyzer.getDefaultStopSet(), "ar", ArabicAnalyzer.getDefaultStopSet());

	private SearchWords() {
	}

	/**
	 * The text without the stop words of the language; the text itself if it uses quotes,
	 * if the language has no stop list, or if only stop words were typed.
	 */
	static String significant(String text, String language) {
		if (text == null || text.isBlank()) {
			return "";
		}
		CharArraySet stop = language == null ? null : STOP_WORDS.get(language);
		if (stop == null || text.indexOf('"') >= 0) {
			return text.strip();
		}
		List<String> kept = new ArrayList<>();
		for (String word : words(text)) {
			String bare = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase(Locale.ROOT);
			if (!bare.isEmpty() && !stop.contains(bare)) {
				kept.add(word);
			}
		}
		return kept.isEmpty() ? text.strip() : String.join(" ", kept);
	}

	/** How many words the text has, counted as the query parser splits them. */
	static int count(String text) {
		return words(text).size();
	}

	/**
	 * The text with the parts given by offsets removed, e.g. what a query says besides
	 * the thesaurus concepts found in it.
	 * @param spans pairs of start (inclusive) and end (exclusive) offsets, in order
	 */
	static String without(String text, List<int[]> spans) {
		StringBuilder rest = new StringBuilder();
		int from = 0;
		for (int[] span : spans) {
			if (span[0] >= from && span[1] <= text.length()) {
				rest.append(text, from, span[0]).append(' ');
				from = span[1];
			}
		}
		rest.append(text.substring(Math.min(from, text.length())));
		return rest.toString().replaceAll("\\s+", " ").strip();
	}

	private static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
	}

}
