package org.passerelle.practices.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.kernel.PasserelleProperties;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.practices.internal.Practice;
import org.springframework.stereotype.Component;

/**
 * The schema.org description of a practice, embedded in its page as JSON-LD so that
 * search engines and harvesters read it as data: a {@code CreativeWork} in its original
 * language, its translations as {@code workTranslation}, its themes and objectives as
 * {@code about}, its countries and territories as {@code spatialCoverage}, its
 * organisations as {@code sourceOrganization} and {@code contributor}.
 */
@Component
class PracticeJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PasserelleProperties properties;

	private final Taxonomies taxonomies;

	private final Territories territories;

	private final OrganisationDirectory organisations;

	PracticeJsonLd(PasserelleProperties properties, Taxonomies taxonomies, Territories territories,
			OrganisationDirectory organisations) {
		this.properties = properties;
		this.taxonomies = taxonomies;
		this.territories = territories;
		this.organisations = organisations;
	}

	/**
	 * The JSON-LD document, safe to place inside a {@code <script>} element: {@code <},
	 * {@code >} and {@code &} are written as JSON escapes, so no text of the practice can
	 * close the element.
	 */
	String of(Practice practice) {
		return scriptSafe(JSON.writeValueAsString(document(practice)));
	}

	/** Escapes what could end the script element or open a comment in it. */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	Map<String, Object> document(Practice practice) {
		Locale original = Locale.forLanguageTag(practice.getLanguage());
		String url = url(practice.getId());
		Map<String, Object> work = new LinkedHashMap<>();
		work.put("@context", "https://schema.org");
		work.put("@type", "CreativeWork");
		work.put("@id", url);
		work.put("url", url);
		work.put("name", practice.getTitle());
		work.put("description", practice.getSummary());
		work.put("inLanguage", practice.getLanguage());

		List<Object> about = new ArrayList<>();
		practice.getThemes().forEach(code -> about.add(term(Taxonomies.THEME, code, original)));
		practice.getGcmObjectives()
			.forEach(n -> about.add(term(Taxonomies.GCM_OBJECTIVE, String.valueOf(n), original)));
		practice.getSdgTargets().forEach(code -> about.add(term(Taxonomies.SDG_TARGET, code, original)));
		put(work, "about", about);
		put(work, "audience",
				practice.getTargetGroups()
					.stream()
					.map(code -> Map.of("@type", "Audience", "audienceType",
							this.taxonomies.label(Taxonomies.TARGET_GROUP, code, original)))
					.toList());

		List<Object> places = new ArrayList<>();
		practice.getCountries()
			.forEach(code -> places.add(Map.of("@type", "Country", "identifier", code, "name",
					this.territories.name("iso:" + code, original))));
		practice.getTerritories()
			.forEach(id -> places.add(Map.of("@type", "AdministrativeArea", "identifier", id, "name",
					this.territories.name(id, original))));
		put(work, "spatialCoverage", places);

		Map<Long, OrganisationSummary> named = new LinkedHashMap<>();
		this.organisations.findAll(practice.organisationIds()).forEach(o -> named.put(o.id(), o));
		if (practice.getLeadOrganisationId() != null && named.containsKey(practice.getLeadOrganisationId())) {
			work.put("sourceOrganization", organisation(named.get(practice.getLeadOrganisationId())));
		}
		put(work, "contributor",
				practice.getPartners()
					.stream()
					.filter(p -> named.containsKey(p.organisationId()))
					.map(p -> organisation(named.get(p.organisationId())))
					.toList());

		String period = period(practice.getStartYear(), practice.getEndYear());
		if (period != null) {
			work.put("temporalCoverage", period);
		}
		if (practice.getPublishedAt() != null) {
			work.put("datePublished", DateTimeFormatter.ISO_INSTANT.format(practice.getPublishedAt()));
		}
		if (practice.getUpdatedAt() != null) {
			work.put("dateModified",
					DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(practice.getUpdatedAt().atOffset(ZoneOffset.UTC)));
		}
		put(work, "citation", practice.getLinks());
		put(work, "workTranslation",
				practice.getTranslations().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
					Map<String, Object> translation = new LinkedHashMap<>();
					translation.put("@type", "CreativeWork");
					translation.put("url", url + "?lang=" + e.getKey());
					translation.put("name", e.getValue().title());
					translation.put("description", e.getValue().summary());
					translation.put("inLanguage", e.getKey());
					return translation;
				}).toList());
		return work;
	}

	private Map<String, Object> term(String taxonomy, String code, Locale locale) {
		Map<String, Object> term = new LinkedHashMap<>();
		term.put("@type", "DefinedTerm");
		term.put("termCode", code);
		term.put("name", this.taxonomies.label(taxonomy, code, locale));
		term.put("inDefinedTermSet", base() + "/api/v1/taxonomies/" + taxonomy);
		return term;
	}

	private Map<String, Object> organisation(OrganisationSummary organisation) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("@type", "Organization");
		json.put("name", organisation.name());
		if (organisation.acronym() != null) {
			json.put("alternateName", organisation.acronym());
		}
		json.put("url", base() + "/organisations/" + organisation.id());
		return json;
	}

	/**
	 * An ISO 8601 interval of years: {@code 2014/2018}, {@code 2014/..} while running.
	 */
	static String period(Integer start, Integer end) {
		if (start == null && end == null) {
			return null;
		}
		return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
	}

	private String url(long id) {
		return base() + "/practices/" + id;
	}

	private String base() {
		String base = this.properties.baseUrl();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	private static void put(Map<String, Object> json, String key, List<?> values) {
		if (!values.isEmpty()) {
			json.put(key, values);
		}
	}

}
