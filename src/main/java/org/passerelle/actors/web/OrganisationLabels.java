package org.passerelle.actors.web;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.passerelle.actors.OrganisationSummary;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.springframework.stereotype.Component;

/**
 * Labels of the codes an organisation holds, in the reader's language, and the form's
 * choices.
 */
@Component
public class OrganisationLabels {

	private final Taxonomies taxonomies;

	private final Territories territories;

	OrganisationLabels(Taxonomies taxonomies, Territories territories) {
		this.taxonomies = taxonomies;
		this.territories = territories;
	}

	/**
	 * The language a new description is presumed to be in: the reader's, if a content
	 * language, else French.
	 */
	public static String contentLanguage(Locale locale) {
		String language = locale == null ? "fr" : locale.getLanguage();
		return Analyzers.LANGUAGES.contains(language) ? language : "fr";
	}

	public String type(String code, Locale locale) {
		return code == null ? null : this.taxonomies.label(Taxonomies.ORGANISATION_TYPE, code, locale);
	}

	public String level(String code, Locale locale) {
		return code == null ? null : this.taxonomies.label(Taxonomies.LEVEL, code, locale);
	}

	public String country(String code, Locale locale) {
		return code == null ? null : this.territories.name("iso:" + code, locale);
	}

	public String territory(String id, Locale locale) {
		return id == null ? null : this.territories.name(id, locale);
	}

	/**
	 * A language's name in the reader's language, e.g. {@code "anglais"} for {@code en}
	 * in French.
	 */
	public String language(String tag, Locale locale) {
		if (tag == null) {
			return null;
		}
		String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
		return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	public List<Option> types(Locale locale) {
		return this.taxonomies.terms(Taxonomies.ORGANISATION_TYPE)
			.stream()
			.map(t -> new Option(t.code(), t.label(locale)))
			.toList();
	}

	public List<Option> levels(Locale locale) {
		return this.taxonomies.terms(Taxonomies.LEVEL)
			.stream()
			.map(t -> new Option(t.code(), t.label(locale)))
			.toList();
	}

	/** Every country, by name. */
	public List<Option> countries(Locale locale) {
		return this.territories.countries(locale).stream().map(c -> new Option(c.code(), c.name(locale))).toList();
	}

	/** The given countries, by name. */
	public List<Option> countries(Collection<String> codes, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return codes.stream()
			.distinct()
			.map(code -> new Option(code, country(code, locale)))
			.sorted(Comparator.comparing(Option::label, collator))
			.toList();
	}

	/** The content languages that have their own search analyzer. */
	public List<Option> languages(Locale locale) {
		return Analyzers.LANGUAGES.stream().map(tag -> new Option(tag, language(tag, locale))).toList();
	}

	/** Choices as the shell's select fragment wants them: value → label, in order. */
	public static Map<String, String> choices(List<Option> options) {
		Map<String, String> choices = new LinkedHashMap<>();
		options.forEach(o -> choices.put(o.value(), o.label()));
		return choices;
	}

	/** A list entry with its labels. */
	public OrganisationRow row(OrganisationSummary organisation, Locale locale) {
		return new OrganisationRow(organisation, type(organisation.type(), locale), level(organisation.level(), locale),
				country(organisation.country(), locale));
	}

	/**
	 * A choice of a select.
	 *
	 * @param value the code sent
	 * @param label what the reader sees
	 */
	public record Option(String value, String label) {
	}

	/**
	 * An organisation in a result list.
	 *
	 * @param organisation the organisation
	 * @param type label of its type
	 * @param level label of its level
	 * @param country name of its country, or {@code null}
	 */
	public record OrganisationRow(OrganisationSummary organisation, String type, String level, String country) {
	}

}
