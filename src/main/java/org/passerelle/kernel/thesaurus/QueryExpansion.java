package org.passerelle.kernel.thesaurus;

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

}
