package org.passerelle.kernel.thesaurus;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an administrator sets on a concept, to create it or to replace its labels and
 * links.
 *
 * @param prefLabels the preferred label per language; every language of
 * {@link org.passerelle.kernel.search.Analyzers#LANGUAGES} is required
 * @param altLabels alternative labels per language (blank ones are dropped)
 * @param broader ids of the broader concepts (existing, without making a cycle)
 * @param related ids of related concepts (existing)
 * @param links taxonomy codes (existing)
 */
public record ConceptChange(Map<String, String> prefLabels, Map<String, List<String>> altLabels, Set<String> broader,
		Set<String> related, Set<ConceptLink> links) {

	public ConceptChange {
		prefLabels = prefLabels == null ? Map.of() : prefLabels;
		altLabels = altLabels == null ? Map.of() : altLabels;
		broader = broader == null ? Set.of() : broader;
		related = related == null ? Set.of() : related;
		links = links == null ? Set.of() : links;
	}

}
