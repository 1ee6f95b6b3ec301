package org.passerelle.kernel.thesaurus;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of {@link QueryExpansion#expand}.
 *
 * @param query the query as typed
 * @param language the language the query was read in
 * @param matches the concepts found in the query, in query order
 * @param labels for each language, the labels (preferred and alternative) of every
 * matched concept, to search that language's fields with
 * @param codes the taxonomy codes linked to the matched concepts, per taxonomy (e.g.
 * {@code theme → [emergency-shelter]})
 */
public record Expansion(String query, String language, List<Match> matches, Map<String, List<String>> labels,
		Map<String, Set<String>> codes) {

	/**
	 * @param conceptId the concept's id
	 * @param matchedText the part of the query that named it
	 * @param start offset of that part in the query
	 * @param end end offset (exclusive)
	 * @param prefLabels the concept's preferred label per language
	 */
	public record Match(String conceptId, String matchedText, int start, int end, Map<String, String> prefLabels) {
	}

	public boolean isEmpty() {
		return this.matches.isEmpty();
	}

}
