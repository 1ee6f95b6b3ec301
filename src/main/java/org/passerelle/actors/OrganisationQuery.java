package org.passerelle.actors;

import java.util.List;

/**
 * A search of the directory. Empty lists mean no filter; several values of one filter are
 * alternatives.
 *
 * @param text words of the name, acronym or description; blank to list everything by name
 * @param types {@code organisation-type} codes
 * @param levels {@code level} codes
 * @param countries ISO 3166-1 alpha-2 codes
 * @param page the page wanted, from 0
 * @param size results per page, 1 to {@value #MAX_SIZE}
 */
public record OrganisationQuery(String text, List<String> types, List<String> levels, List<String> countries, int page,
		int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public OrganisationQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		types = clean(types);
		levels = clean(levels);
		countries = clean(countries).stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList();
		page = Math.max(page, 0);
		size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	/** Everything, first page, sorted by name. */
	public static OrganisationQuery all() {
		return new OrganisationQuery(null, List.of(), List.of(), List.of(), 0, DEFAULT_SIZE);
	}

	/** Organisations matching the text, first page. */
	public static OrganisationQuery text(String text) {
		return new OrganisationQuery(text, List.of(), List.of(), List.of(), 0, DEFAULT_SIZE);
	}

	public boolean hasFilters() {
		return this.text != null || !this.types.isEmpty() || !this.levels.isEmpty() || !this.countries.isEmpty();
	}

	private static List<String> clean(List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
	}

}
