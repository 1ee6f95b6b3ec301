package org.passerelle.practices.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.springframework.stereotype.Component;

/**
 * Labels, in the reader's language, of what the moderation, history, marks and contact
 * pages show: codes of a practice's lists, languages, organisations and dates.
 */
@Component
class ModerationLabels {

	private final Taxonomies taxonomies;

	private final Territories territories;

	private final OrganisationDirectory organisations;

	ModerationLabels(Taxonomies taxonomies, Territories territories, OrganisationDirectory organisations) {
		this.taxonomies = taxonomies;
		this.territories = territories;
		this.organisations = organisations;
	}

	/** A language's name ("anglais" for {@code en} in French), capitalised. */
	String language(String tag, Locale locale) {
		if (tag == null) {
			return null;
		}
		String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
		return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	String country(String code, Locale locale) {
		return this.territories.name("iso:" + code, locale);
	}

	String theme(String code, Locale locale) {
		return this.taxonomies.label(Taxonomies.THEME, code, locale);
	}

	/** The organisations by id, for names; unknown ids are left out. */
	Map<Long, OrganisationSummary> organisations(Collection<Long> ids) {
		return this.organisations.findAll(ids)
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
	}

	/** The content languages, as filter choices. */
	Map<String, String> languages(Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		Analyzers.LANGUAGES.forEach(tag -> options.put(tag, language(tag, locale)));
		return options;
	}

	/** The themes, as filter choices. */
	Map<String, String> themes(Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		this.taxonomies.terms(Taxonomies.THEME).forEach(t -> options.put(t.code(), t.label(locale)));
		return options;
	}

	/** Every country, by name, as filter choices. */
	Map<String, String> countries(Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		this.territories.countries(locale).forEach(c -> options.put(c.code(), c.name(locale)));
		return options;
	}

	/**
	 * The label of one code of a practice's field, as the history shows it.
	 * @param field the field's name ({@code themes}, {@code countries},
	 * {@code partners}…)
	 */
	String code(String field, String code, Locale locale) {
		return switch (field) {
			case "countries" -> country(code, locale);
			case "territories", "originTerritories" -> this.territories.name(code, locale);
			case "levels" -> this.taxonomies.label(Taxonomies.LEVEL, code, locale);
			case "themes" -> theme(code, locale);
			case "gcmObjectives" -> this.taxonomies.label(Taxonomies.GCM_OBJECTIVE, code, locale);
			case "sdgTargets" -> this.taxonomies.label(Taxonomies.SDG_TARGET, code, locale);
			case "targetGroups" -> this.taxonomies.label(Taxonomies.TARGET_GROUP, code, locale);
			case "partners" -> partner(code);
			default -> code;
		};
	}

	/** A partner as the history stores it: organisation id, then a tab and the role. */
	private String partner(String code) {
		int tab = code.indexOf('\t');
		long id = Long.parseLong(tab < 0 ? code : code.substring(0, tab));
		String name = organisationName(id);
		return tab < 0 ? name : name + " — " + code.substring(tab + 1);
	}

	/** An organisation's name, or its number if it is gone. */
	String organisationName(long id) {
		return this.organisations.findAll(List.of(id))
			.stream()
			.findFirst()
			.map(OrganisationSummary::displayName)
			.orElse("#" + id);
	}

	String date(Instant instant, Locale locale) {
		return instant == null ? null
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(locale)
					.format(instant.atZone(ZoneId.systemDefault()));
	}

	String dateTime(Instant instant, Locale locale) {
		return instant == null ? null
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale)
					.format(instant.atZone(ZoneId.systemDefault()));
	}

}
