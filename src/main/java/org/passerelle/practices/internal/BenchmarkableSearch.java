package org.passerelle.practices.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The search of practices as the benchmark sees it: one query, run exactly as the search
 * API runs it (same predicates, filters, facets and page size), reduced to the time the
 * search backend reports for it ({@code SearchResult.took()}: the query and its
 * aggregations, without loading entities, rendering or HTTP). {@code practices
 * bench-queries} compares it with the API's response time.
 */
public interface BenchmarkableSearch {

	/** Size of the page the API returns by default, and the benchmark asks for. */
	int PAGE_SIZE = 20;

	/**
	 * Runs the query, inside the caller's transaction.
	 * @param query the words typed, possibly blank
	 * @param language the language they were typed in (BCP 47 primary tag)
	 * @param filters facet filters by API parameter name ({@code theme}, {@code country},
	 * {@code level}…), values as the API takes them
	 * @return the backend's own execution time
	 */
	Duration took(String query, String language, Map<String, List<String>> filters);

}
