package org.passerelle.kernel.search;

import java.util.List;

/**
 * What one {@link GlobalSearchProvider} found for the search page.
 *
 * @param key the provider's {@link GlobalSearchProvider#key() key}
 * @param titleKey the key of the section's title in a message bundle
 * @param total how many records match in all, possibly more than the hits shown
 * @param hits the first matches, best first
 * @param moreUrl the module's own list filtered by the same words, within the application
 * (e.g. {@code /organisations?q=caritas}), or {@code null} if there is none
 */
public record GlobalSearchSection(String key, String titleKey, long total, List<GlobalSearchHit> hits, String moreUrl) {

	public GlobalSearchSection {
		hits = (hits != null) ? List.copyOf(hits) : List.of();
		total = Math.max(total, hits.size());
	}

	/** Whether nothing matched in this section. */
	public boolean isEmpty() {
		return this.total == 0;
	}

}
