package org.passerelle.kernel.thesaurus;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A thesaurus concept (SKOS-like) as every module sees it.
 *
 * @param id stable id, e.g. {@code eurovoc-1302} or {@code pas-emergency-shelter}
 * @param source where the concept comes from: {@code eurovoc}, {@code passerelle}
 * @param prefLabels the preferred label per language tag
 * @param altLabels alternative labels (synonyms, other spellings) per language tag
 * @param broader ids of the broader concepts
 * @param narrower ids of the narrower concepts (derived from the others' broader links)
 * @param related ids of related concepts
 * @param links the taxonomy codes the concept stands for
 * @param updatedAt when it was last changed
 * @param version optimistic-locking version, to send back with an update
 */
public record ConceptView(String id, String source, Map<String, String> prefLabels, Map<String, List<String>> altLabels,
		List<String> broader, List<String> narrower, List<String> related, List<ConceptLink> links, Instant updatedAt,
		long version) {

	/**
	 * The preferred label in the locale's language, else English, else French, else the
	 * id.
	 */
	public String prefLabel(Locale locale) {
		String language = locale == null ? "en" : locale.getLanguage();
		String label = this.prefLabels.get(language);
		if (label == null || label.isBlank()) {
			label = this.prefLabels.getOrDefault("en", this.prefLabels.get("fr"));
		}
		return label == null || label.isBlank() ? this.id : label;
	}

	/** The alternative labels in a language, possibly none. */
	public List<String> altLabels(String language) {
		return this.altLabels.getOrDefault(language, List.of());
	}

}
