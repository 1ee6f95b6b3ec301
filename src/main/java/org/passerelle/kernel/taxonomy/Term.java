package org.passerelle.kernel.taxonomy;

import java.util.Locale;
import java.util.Map;

/**
 * One code of a taxonomy with its labels.
 *
 * @param taxonomy the taxonomy, e.g. {@code theme} (see {@link Taxonomies})
 * @param code the stable code, e.g. {@code emergency-shelter}
 * @param position display order within the taxonomy
 * @param labels label per language tag ({@code fr}, {@code en}, {@code es}, {@code pt},
 * {@code ar})
 */
public record Term(String taxonomy, String code, int position, Map<String, String> labels) {

	/** The label in the locale's language, else French, else English, else the code. */
	public String label(Locale locale) {
		String language = locale == null ? "fr" : locale.getLanguage();
		String label = this.labels.get(language);
		if (label == null || label.isBlank()) {
			label = this.labels.getOrDefault("fr", this.labels.get("en"));
		}
		return label == null || label.isBlank() ? this.code : label;
	}

}
