package org.passerelle.practices.internal;

import java.util.List;
import java.util.Map;

/**
 * One page of a search of the published practices.
 *
 * @param total how many practices match
 * @param page the page, from 0
 * @param size the page size asked for
 * @param hits the practices of this page, in order
 * @param facets for each dimension of {@link PracticeFacets#DIMENSIONS}, how many
 * practices each code would give with the other dimensions' filters applied, most
 * frequent first
 */
public record PracticeResults(long total, int page, int size, List<PracticeHit> hits,
		Map<String, Map<String, Long>> facets) {

	/** Number of pages (at least 1). */
	public int pageCount() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean isEmpty() {
		return this.total == 0;
	}

}
