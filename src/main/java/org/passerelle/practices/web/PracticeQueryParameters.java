package org.passerelle.practices.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.passerelle.kernel.InvalidRequestException;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.thesaurus.QueryExpansion;
import org.passerelle.kernel.web.InterfaceLanguages;
import org.passerelle.practices.internal.PracticeQuery;
import org.passerelle.practices.internal.PracticeQuery.Sort;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Reads a search of practices from request parameters, and writes one back, the same way
 * for the list page, the API, the exports and the feed: {@code q}, {@code lang},
 * {@code theme}, {@code gcm}, {@code country}, {@code level}, {@code orgType},
 * {@code targetGroup}, {@code year} (the filters may be repeated), {@code sort}
 * ({@code relevance} or {@code newest}), {@code page} (from 0) and {@code size} (1 to
 * 100).
 * <p>
 * The language of the words is {@code lang}. Pages also accept {@code qlang}, which wins:
 * the shell reads {@code lang} on every page as the choice of the interface language, so
 * the list page's form sends {@code qlang} lest choosing the language of the words switch
 * the whole interface. Without either, the language is the one whose thesaurus labels the
 * words name, else the interface language.
 */
@Component
class PracticeQueryParameters {

	static final String TEXT = "q";

	static final String LANGUAGE = "lang";

	/** The language of the words as the list page's form sends it. */
	static final String QUERY_LANGUAGE = "qlang";

	static final String THEME = "theme";

	static final String GCM = "gcm";

	static final String COUNTRY = "country";

	static final String LEVEL = "level";

	static final String ORGANISATION_TYPE = "orgType";

	static final String TARGET_GROUP = "targetGroup";

	static final String YEAR = "year";

	static final String SORT = "sort";

	static final String PAGE = "page";

	static final String SIZE = "size";

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{1,8})*");

	private final QueryExpansion expansion;

	PracticeQueryParameters(QueryExpansion expansion) {
		this.expansion = expansion;
	}

	/**
	 * The search the parameters ask for.
	 * @param locale the interface language
	 * @throws InvalidRequestException naming every parameter with a bad value
	 */
	PracticeQuery parse(Map<String, String[]> parameters, Locale locale) {
		List<String> problems = new ArrayList<>();
		PracticeQuery query = read(parameters, locale, problems);
		if (!problems.isEmpty()) {
			throw new InvalidPracticeQueryException(problems);
		}
		return query;
	}

	/** The search the parameters ask for, with a default in place of each bad value. */
	PracticeQuery parseLeniently(Map<String, String[]> parameters, Locale locale) {
		return read(parameters, locale, new ArrayList<>());
	}

	/**
	 * The parameters that ask for the search, without the page: for links to the same
	 * list in another form (export, feed) or another page.
	 * @param languageParameter the name to give the language of the words
	 */
	static MultiValueMap<String, String> of(PracticeQuery query, String languageParameter) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		if (query.hasText()) {
			parameters.add(TEXT, query.text());
			if (query.language() != null) {
				parameters.add(languageParameter, query.language());
			}
		}
		query.themes().forEach(v -> parameters.add(THEME, v));
		query.gcmObjectives().forEach(v -> parameters.add(GCM, String.valueOf(v)));
		query.countries().forEach(v -> parameters.add(COUNTRY, v));
		query.levels().forEach(v -> parameters.add(LEVEL, v));
		query.organisationTypes().forEach(v -> parameters.add(ORGANISATION_TYPE, v));
		query.targetGroups().forEach(v -> parameters.add(TARGET_GROUP, v));
		query.startYears().forEach(v -> parameters.add(YEAR, String.valueOf(v)));
		if (query.hasText() && query.sort() == Sort.NEWEST) {
			parameters.add(SORT, query.sort().parameter());
		}
		return parameters;
	}

	/** The interface language as a content language tag. */
	static String interfaceLanguage(Locale locale) {
		String language = InterfaceLanguages.match(locale).orElse(InterfaceLanguages.DEFAULT).getLanguage();
		return Analyzers.LANGUAGES.contains(language) ? language : InterfaceLanguages.DEFAULT.getLanguage();
	}

	private PracticeQuery read(Map<String, String[]> parameters, Locale locale, List<String> problems) {
		String text = first(parameters, TEXT);
		if (text != null && text.length() > PracticeQuery.MAX_TEXT) {
			problems.add("'q' must be at most " + PracticeQuery.MAX_TEXT + " characters long.");
			text = text.substring(0, PracticeQuery.MAX_TEXT);
		}
		String language = language(parameters, text, locale, problems);
		Sort sort = null;
		String sortValue = first(parameters, SORT);
		if (sortValue != null && !sortValue.isBlank()) {
			sort = Sort.fromParameter(sortValue);
			if (sort == null) {
				problems.add("'sort' must be 'relevance' or 'newest'.");
			}
		}
		int size = number(parameters, SIZE, PracticeQuery.DEFAULT_SIZE, 1, PracticeQuery.MAX_SIZE, problems);
		int page = number(parameters, PAGE, 0, 0, Integer.MAX_VALUE, problems);
		if ((long) (page + 1) * size > PracticeQuery.MAX_WINDOW) {
			problems.add("'page' and 'size' reach beyond the first " + PracticeQuery.MAX_WINDOW
					+ " results: narrow the search instead.");
			page = 0;
		}
		return new PracticeQuery(text, language, all(parameters, THEME), numbers(parameters, GCM, 1, 23, problems),
				all(parameters, COUNTRY), all(parameters, LEVEL), all(parameters, ORGANISATION_TYPE),
				all(parameters, TARGET_GROUP), numbers(parameters, YEAR, 1900, 2200, problems), sort, page, size);
	}

	private String language(Map<String, String[]> parameters, String text, Locale locale, List<String> problems) {
		String given = first(parameters, QUERY_LANGUAGE);
		String name = QUERY_LANGUAGE;
		if (given == null || given.isBlank()) {
			given = first(parameters, LANGUAGE);
			name = LANGUAGE;
		}
		if (given != null && !given.isBlank()) {
			if (LANGUAGE_TAG.matcher(given.strip()).matches()) {
				return given.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
			}
			problems.add("'" + name + "' must be a language code such as fr, en, es, pt or ar.");
		}
		String preferred = interfaceLanguage(locale);
		if (text == null || text.isBlank()) {
			return preferred;
		}
		// the language whose thesaurus labels the words name; the interface's when they
		// name none (or name some in it too)
		String detected = this.expansion.expand(text, preferred).language();
		return detected != null ? detected : preferred;
	}

	private static int number(Map<String, String[]> parameters, String name, int fallback, int min, int max,
			List<String> problems) {
		String value = first(parameters, name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add("'" + name + "' must be a whole number "
				+ (max == Integer.MAX_VALUE ? "from " + min : "from " + min + " to " + max) + ".");
		return fallback;
	}

	private static List<Integer> numbers(Map<String, String[]> parameters, String name, int min, int max,
			List<String> problems) {
		List<Integer> numbers = new ArrayList<>();
		for (String value : all(parameters, name)) {
			try {
				int number = Integer.parseInt(value);
				if (number >= min && number <= max) {
					numbers.add(number);
					continue;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			problems.add("'" + name + "' must be a whole number from " + min + " to " + max + ".");
		}
		return numbers;
	}

	private static String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	/** Every non-blank value, stripped; several values may also come comma-separated. */
	private static List<String> all(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		if (values == null) {
			return List.of();
		}
		List<String> all = new ArrayList<>();
		for (String value : values) {
			for (String part : value.split(",")) {
				if (!part.isBlank()) {
					all.add(part.strip());
				}
			}
		}
		return all;
	}

}
