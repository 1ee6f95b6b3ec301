package org.passerelle.kernel.taxonomy;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.passerelle.kernel.search.TextFolding;

/**
 * The multilingual code lists of PRODUCT.md §6, read by every module to validate codes
 * and show labels.
 */
public interface Taxonomies {

	String LEVEL = "level";

	String ORGANISATION_TYPE = "organisation-type";

	String THEME = "theme";

	String TARGET_GROUP = "target-group";

	String GCM_OBJECTIVE = "gcm-objective";

	String SDG_GOAL = "sdg-goal";

	String SDG_TARGET = "sdg-target";

	/** Every taxonomy, in the order pickers and the API list them. */
	List<String> ALL = List.of(LEVEL, ORGANISATION_TYPE, THEME, TARGET_GROUP, GCM_OBJECTIVE, SDG_GOAL, SDG_TARGET);

	/** The terms of a taxonomy in display order; empty for an unknown taxonomy. */
	List<Term> terms(String taxonomy);

	/** One term. */
	Optional<Term> find(String taxonomy, String code);

	/** Whether the code exists in the taxonomy. */
	default boolean exists(String taxonomy, String code) {
		return find(taxonomy, code).isPresent();
	}

	/** The label of a code in the locale's language, or the code itself if unknown. */
	default String label(String taxonomy, String code, Locale locale) {
		return find(taxonomy, code).map(t -> t.label(locale)).orElse(code);
	}

	/**
	 * Terms of a taxonomy whose code or label (in any language) starts with or contains
	 * the text, ignoring case and accents, for pickers: code matches first, then labels
	 * that start with the text, then words that start with it, then the rest; display
	 * order among equals.
	 */
	default List<Term> suggest(String taxonomy, String text, Locale locale, int limit) {
		String folded = TextFolding.fold(text);
		if (folded.isEmpty()) {
			return terms(taxonomy).stream().limit(Math.max(0, limit)).toList();
		}
		record Scored(Term term, int score) {
		}
		return terms(taxonomy).stream().map(term -> {
			int score = TextFolding.fold(term.code()).equals(folded) ? 0 : Integer.MAX_VALUE;
			String own = TextFolding.fold(term.label(locale));
			for (String label : term.labels().values()) {
				String candidate = TextFolding.fold(label);
				int base = candidate.startsWith(folded) ? 1
						: (candidate.contains(" " + folded) || candidate.contains("'" + folded)) ? 2
								: candidate.contains(folded) ? 3 : -1;
				if (base > 0) {
					score = Math.min(score, base * 2 - (candidate.equals(own) ? 1 : 0));
				}
			}
			return new Scored(term, score);
		})
			.filter(s -> s.score() < Integer.MAX_VALUE)
			.sorted(Comparator.comparingInt(Scored::score).thenComparingInt(s -> s.term().position()))
			.limit(Math.max(0, limit))
			.map(Scored::term)
			.toList();
	}

}
