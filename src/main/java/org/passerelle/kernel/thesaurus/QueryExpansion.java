package org.passerelle.kernel.thesaurus;

import java.util.Set;

/**
 * Finds thesaurus concepts in a search query, so that a module can search every language
 * at once and boost records tagged with the linked taxonomy codes.
 */
public interface QueryExpansion {

	/**
	 * @param query what the user typed
	 * @param language the language the user typed in (BCP 47 primary tag); may be
	 * {@code null} to try every language
	 */
	Expansion expand(String query, String language);

	/**
	 * Every thesaurus concept named anywhere in a text, for indexing: a module can then
	 * store the concepts of its records and search them by concept id instead of
	 * searching each concept's labels as phrases in every language. A label counts as
	 * named when its words appear in order, with at most one other word between them (as
	 * a phrase query with a slop of one would find it), after the same analysis as the
	 * search index's (case, accents, elision, plurals). Shorter labels inside longer ones
	 * count too ("shelter" in "emergency shelter"). The result reflects the thesaurus as
	 * it is now: what was indexed with it is stale after a concept's labels change.
	 * @param text any text, e.g. a title or a description in plain text; may be
	 * {@code null}
	 * @param language the language the text is written in (BCP 47 primary tag); only that
	 * language's labels are looked for, and a language without labels finds none
	 * @return the ids of the concepts named, in the order first found
	 */
	Set<String> conceptsIn(String text, String language);

}
