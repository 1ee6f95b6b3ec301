package org.passerelle.practices.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.practices.internal.PracticeFacets;
import org.passerelle.practices.internal.PracticeHit;
import org.passerelle.practices.internal.PracticeQuery;
import org.springframework.stereotype.Component;

/**
 * What the search pages show of codes and results, in the reader's language: labels of
 * the codes (from the kernel's taxonomies and territories), the facets as lists of
 * choices with their counts, and each result as the reader sees it.
 */
@Component
class PracticeSearchLabels {

	private final Taxonomies taxonomies;

	private final Territories territories;

	PracticeSearchLabels(Taxonomies taxonomies, Territories territories) {
		this.taxonomies = taxonomies;
		this.territories = territories;
	}

	/** The label of a code of one of the search's dimensions. */
	String label(String dimension, String code, Locale locale) {
		return switch (dimension) {
			case PracticeFacets.THEME -> this.taxonomies.label(Taxonomies.THEME, code, locale);
			case PracticeFacets.GCM -> code + ". " + this.taxonomies.label(Taxonomies.GCM_OBJECTIVE, code, locale);
			case PracticeFacets.COUNTRY -> this.territories.name("iso:" + code, locale);
			case PracticeFacets.LEVEL -> this.taxonomies.label(Taxonomies.LEVEL, code, locale);
			case PracticeFacets.ORGANISATION_TYPE -> this.taxonomies.label(Taxonomies.ORGANISATION_TYPE, code, locale);
			case PracticeFacets.TARGET_GROUP -> this.taxonomies.label(Taxonomies.TARGET_GROUP, code, locale);
			default -> code;
		};
	}

	/** The labels of several codes, joined. */
	String labels(String dimension, List<?> codes, Locale locale) {
		return String.join(", ", codes.stream().map(c -> label(dimension, String.valueOf(c), locale)).toList());
	}

	/**
	 * A language's name in the reader's language, capitalised: {@code Anglais} for
	 * {@code en} in French.
	 */
	static String language(String tag, Locale locale) {
		if (tag == null) {
			return null;
		}
		String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
		return name.isEmpty() || name.equals(tag) ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	/** The languages words can be typed in, for the page's select. */
	List<Choice> languages(Locale locale) {
		return Analyzers.LANGUAGES.stream().map(tag -> new Choice(tag, language(tag, locale), 0, false)).toList();
	}

	/**
	 * Every dimension with its choices: the codes that have practices (with how many),
	 * and those chosen even if none has.
	 */
	List<Facet> facets(Map<String, Map<String, Long>> counts, PracticeQuery query, Locale locale) {
		List<Facet> facets = new ArrayList<>();
		Collator collator = Collator.getInstance(locale);
		for (String dimension : PracticeFacets.DIMENSIONS) {
			List<String> chosen = PracticeFacets.filterOf(query, dimension).stream().map(String::valueOf).toList();
			Map<String, Long> values = new LinkedHashMap<>(counts.getOrDefault(dimension, Map.of()));
			chosen.forEach(code -> values.putIfAbsent(code, 0L));
			List<Choice> choices = new ArrayList<>(values.entrySet()
				.stream()
				.map(e -> new Choice(e.getKey(), label(dimension, e.getKey(), locale), e.getValue(),
						chosen.contains(e.getKey())))
				.toList());
			choices.sort(order(dimension, collator));
			facets.add(new Facet(dimension, PracticeSearchController.PARAMETERS.get(dimension), choices));
		}
		return facets;
	}

	/** The practice as the reader sees it in a list. */
	Row row(PracticeHit hit, Locale locale) {
		String reader = PracticeQueryParameters.interfaceLanguage(locale);
		String shown = hit.languageFor(reader);
		return new Row(hit, hit.titleFor(reader), hit.summaryFor(reader), shown, hit.isTranslatedFor(reader),
				language(hit.language(), locale), labels(PracticeFacets.COUNTRY, hit.countries(), locale),
				labels(PracticeFacets.THEME, hit.themes(), locale));
	}

	/**
	 * Years newest first and GCM objectives in their official order; other codes by
	 * count, then by label.
	 */
	private static Comparator<Choice> order(String dimension, Collator collator) {
		if (PracticeFacets.START_YEAR.equals(dimension)) {
			return Comparator.comparing((Choice c) -> Integer.parseInt(c.value())).reversed();
		}
		if (PracticeFacets.GCM.equals(dimension)) {
			return Comparator.comparing((Choice c) -> Integer.parseInt(c.value()));
		}
		return Comparator.comparing(Choice::count, Comparator.reverseOrder())
			.thenComparing(Choice::label, Objects.requireNonNullElse(collator, Collator.getInstance()));
	}

	/**
	 * A dimension of the search and its choices.
	 *
	 * @param dimension the dimension, e.g. {@code theme}
	 * @param parameter the request parameter it is sent as, e.g. {@code orgType}
	 * @param choices the codes to choose from
	 */
	record Facet(String dimension, String parameter, List<Choice> choices) {

		/** Whether one of its choices is chosen. */
		public boolean active() {
			return this.choices.stream().anyMatch(Choice::selected);
		}

	}

	/**
	 * A choice of a facet or a select.
	 *
	 * @param value the code sent
	 * @param label what the reader sees
	 * @param count how many practices it gives
	 * @param selected whether it is chosen
	 */
	record Choice(String value, String label, long count, boolean selected) {
	}

	/**
	 * A practice in a result list.
	 *
	 * @param hit the practice found
	 * @param title its title in the reader's language if translated, else the original
	 * @param summary its summary, likewise
	 * @param shownLanguage the language of that title and summary
	 * @param translated whether the reader sees a translation
	 * @param originalLanguage the name of the language it was written in
	 * @param countries the names of its countries
	 * @param themes the labels of its themes
	 */
	record Row(PracticeHit hit, String title, String summary, String shownLanguage, boolean translated,
			String originalLanguage, String countries, String themes) {
	}

}
