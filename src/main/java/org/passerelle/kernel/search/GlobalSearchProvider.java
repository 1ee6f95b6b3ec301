package org.passerelle.kernel.search;

import java.util.Locale;

/**
 * A section of the platform-wide search page ({@code /search}). A module adds its content
 * to that page by declaring a bean of this type; the kernel calls every provider with the
 * visitor's words and shows one section per provider, so the kernel never depends on the
 * modules that search.
 *
 * <pre>{@code
 * &#64;Component
 * class PracticeSearchProvider implements GlobalSearchProvider {
 *     public String key() { return "practices"; }
 *     public int order() { return 20; }
 *     public String titleKey() { return "practices.search.title"; }
 *     public GlobalSearchSection search(String query, Locale locale, int limit) {
 *         ... // the module's own search, first page of at most limit hits
 *         return new GlobalSearchSection(key(), titleKey(), total, hits, "/practices?q=" + encoded);
 *     }
 * }
 * }</pre>
 *
 * The page is public: a provider returns only what the current user may see. A provider
 * that throws does not break the page: {@link GlobalSearch} logs the failure and shows
 * that section as unavailable.
 */
public interface GlobalSearchProvider {

	/**
	 * What the section holds, unique among providers, e.g. {@code organisations}; also
	 * used in the page's element ids, so letters, digits and dashes only.
	 */
	String key();

	/** Position of the section on the page, smaller first; space them by ten. */
	int order();

	/** The key of the section's title in a message bundle. */
	String titleKey();

	/**
	 * The first hits for the visitor's words.
	 * @param query the words typed, stripped and never blank
	 * @param locale the interface language, for labels and language-aware matching
	 * @param limit the most hits to return (the total may be higher)
	 * @return the section, with the total number of matches and the address of the
	 * module's own list filtered by the same words
	 */
	GlobalSearchSection search(String query, Locale locale, int limit);

}
