package org.passerelle.actors.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationQuery;
import org.passerelle.actors.OrganisationResults;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.kernel.search.GlobalSearchHit;
import org.passerelle.kernel.search.GlobalSearchProvider;
import org.passerelle.kernel.search.GlobalSearchSection;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directory's section of the platform-wide search: the organisations the words find
 * in the directory's own search, their type as a badge, and a link to the directory's
 * list filtered by the same words.
 */
@Component
class OrganisationSearchProvider implements GlobalSearchProvider {

	private final OrganisationDirectory directory;

	private final OrganisationLabels labels;

	OrganisationSearchProvider(OrganisationDirectory directory, OrganisationLabels labels) {
		this.directory = directory;
		this.labels = labels;
	}

	@Override
	public String key() {
		return "organisations";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String titleKey() {
		return "actors.search.title";
	}

	@Override
	public GlobalSearchSection search(String query, Locale locale, int limit) {
		OrganisationResults results = this.directory
			.search(new OrganisationQuery(query, List.of(), List.of(), List.of(), 0, limit));
		List<GlobalSearchHit> hits = results.items().stream().map(o -> hit(o, locale)).toList();
		String more = UriComponentsBuilder.fromPath("/organisations")
			.queryParam("q", query)
			.encode()
			.build()
			.toUriString();
		return new GlobalSearchSection(key(), titleKey(), results.total(), hits, more);
	}

	private GlobalSearchHit hit(OrganisationSummary organisation, Locale locale) {
		String context = Stream
			.of(this.labels.level(organisation.level(), locale), this.labels.country(organisation.country(), locale))
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" · "));
		return new GlobalSearchHit(organisation.displayName(), "/organisations/" + organisation.id(),
				context.isEmpty() ? null : context, this.labels.type(organisation.type(), locale));
	}

}
