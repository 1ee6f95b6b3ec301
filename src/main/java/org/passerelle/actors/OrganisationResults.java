package org.passerelle.actors;

import java.util.List;
import java.util.Map;

/**
 * One page of a directory search.
 *
 * @param total how many organisations match
 * @param page the page, from 0
 * @param size the page size asked for
 * @param items the organisations of this page
 * @param facets for {@code type}, {@code level} and {@code country}: how many
 * organisations each code would give, with the other filters applied (most frequent
 * first)
 */
public record OrganisationResults(long total, int page, int size, List<OrganisationSummary> items,
		Map<String, Map<String, Long>> facets) {

	public static final String TYPE = "type";

	public static final String LEVEL = "level";

	public static final String COUNTRY = "country";

	/** Number of pages (at least 1). */
	public int pageCount() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean isEmpty() {
		return this.total == 0;
	}

}
