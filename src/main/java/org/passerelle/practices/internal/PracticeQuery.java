package org.passerelle.practices.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A search of the published practices, as the list page, the API, the exports and the
 * feed ask for it. Empty lists mean no filter; several values of one filter are
 * alternatives, filters of different dimensions all apply.
 *
 * @param text the words typed, {@code null} to list everything
 * @param language the language the words are written in (BCP 47 primary tag), which
 * decides which fields count most; {@code null} when there are no words
 * @param themes {@code theme} codes
 * @param gcmObjectives GCM objective numbers
 * @param countries ISO 3166-1 alpha-2 codes
 * @param levels {@code level} codes
 * @param organisationTypes {@code organisation-type} codes of the lead or a partner
 * @param targetGroups {@code target-group} codes
 * @param startYears years the practices started in
 * @param sort the order: {@link Sort#RELEVANCE} only when there are words
 * @param page the page, from 0
 * @param size results per page, 1 to {@value #MAX_SIZE}
 */
public record PracticeQuery(String text, String language, List<String> themes, List<Integer> gcmObjectives,
		List<String> countries, List<String> levels, List<String> organisationTypes, List<String> targetGroups,
		List<Integer> startYears, Sort sort, int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** Longest text accepted, in characters. */
	public static final int MAX_TEXT = 500;

	/**
	 * How deep pages may go: the search engines refuse to skip more results than this
	 * (OpenSearch's default {@code max_result_window}).
	 */
	public static final int MAX_WINDOW = 10_000;

	public PracticeQuery {
		text = (text == null || text.isBlank()) ? null : text.strip();
		language = (text == null || language == null || language.isBlank()) ? null
				: language.strip().toLowerCase(Locale.ROOT);
		themes = clean(themes);
		gcmObjectives = gcmObjectives == null ? List.of()
				: gcmObjectives.stream().filter(Objects::nonNull).distinct().toList();
		countries = clean(countries).stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
		levels = clean(levels);
		organisationTypes = clean(organisationTypes);
		targetGroups = clean(targetGroups);
		startYears = startYears == null ? List.of() : startYears.stream().filter(Objects::nonNull).distinct().toList();
		sort = (text == null) ? Sort.NEWEST : (sort == null ? Sort.RELEVANCE : sort);
		page = Math.max(page, 0);
		size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	/** Every published practice, newest first. */
	public static PracticeQuery all() {
		return text(null, null);
	}

	/** Practices matching the words, best first, first page. */
	public static PracticeQuery text(String text, String language) {
		return new PracticeQuery(text, language, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), null, 0, DEFAULT_SIZE);
	}

	/** The same search, another page. */
	public PracticeQuery withPage(int page, int size) {
		return new PracticeQuery(this.text, this.language, this.themes, this.gcmObjectives, this.countries, this.levels,
				this.organisationTypes, this.targetGroups, this.startYears, this.sort, page, size);
	}

	/** The same search in another order. */
	public PracticeQuery withSort(Sort sort) {
		return new PracticeQuery(this.text, this.language, this.themes, this.gcmObjectives, this.countries, this.levels,
				this.organisationTypes, this.targetGroups, this.startYears, sort, this.page, this.size);
	}

	/** The same search with the filters of every dimension but the text removed. */
	public PracticeQuery withoutFilters() {
		return new PracticeQuery(this.text, this.language, List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), this.sort, 0, this.size);
	}

	public boolean hasText() {
		return this.text != null;
	}

	/** Whether anything narrows the list: words or a filter. */
	public boolean hasFilters() {
		return hasText() || !this.themes.isEmpty() || !this.gcmObjectives.isEmpty() || !this.countries.isEmpty()
				|| !this.levels.isEmpty() || !this.organisationTypes.isEmpty() || !this.targetGroups.isEmpty()
				|| !this.startYears.isEmpty();
	}

	/** Where the page starts in the whole result list. */
	public int offset() {
		return this.page * this.size;
	}

	private static List<String> clean(List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
	}

	/** The order of the results. */
	public enum Sort {

		/** Best match first (newest first among equals). */
		RELEVANCE,

		/** Most recently published first. */
		NEWEST;

		/** The value of the {@code sort} request parameter. */
		public String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The order named by a {@code sort} request parameter, or {@code null}. */
		public static Sort fromParameter(String value) {
			for (Sort sort : values()) {
				if (sort.parameter().equalsIgnoreCase(value == null ? "" : value.strip())) {
					return sort;
				}
			}
			return null;
		}

	}

}
