package org.passerelle.kernel.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The multilingual code lists of PRODUCT.md §6, read by every module to validate codes and
 * show labels.
 */
public interface Taxonomies {

	String LEVEL = "level";

	String ORGANISATION_TYPE = "organisation-type";

	String THEME = "theme";

	String TARGET_GROUP = "target-group";

	String GCM_OBJECTIVE = "gcm-objective";

	String SDG_GOAL = "sdg-goal";

	String SDG_TARGET = "sdg-target";

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

}
