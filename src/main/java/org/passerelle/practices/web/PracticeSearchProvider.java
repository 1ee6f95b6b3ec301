package org.passerelle.practices.web;

import java.util.List;
import java.util.Locale;

import org.passerelle.kernel.search.GlobalSearchHit;
import org.passerelle.kernel.search.GlobalSearchProvider;
import org.passerelle.kernel.search.GlobalSearchSection;
import org.passerelle.practices.internal.PracticeQuery;
import org.passerelle.practices.internal.PracticeResults;
import org.passerelle.practices.internal.PracticeSearch;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The knowledge base's section of the platform-wide search: the published practices the
 * words find in any language (the words read in the interface language, or in the
 * language whose thesaurus labels they name), each with its original language as a badge,
 * and a link to the practices list with the same words.
 */
@Component
class PracticeSearchProvider implements GlobalSearchProvider {

	private final PracticeSearch search;

	private final PracticeQueryParameters parameters;

	private final PracticeSearchLabels labels;

	PracticeSearchProvider(PracticeSearch search, PracticeQueryParameters parameters, PracticeSearchLabels labels) {
		this.search = search;
		this.parameters = parameters;
		this.labels = labels;
	}

	@Override
	public String key() {
		return "practices";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String titleKey() {
		return "practices.search.title";
	}

	@Override
	public GlobalSearchSection search(String query, Locale locale, int limit) {
		PracticeQuery practices = this.parameters
			.parseLeniently(java.util.Map.of(PracticeQueryParameters.TEXT, new String[] { query }), locale)
			.withPage(0, limit);
		PracticeResults results = this.search.find(practices);
		List<GlobalSearchHit> hits = results.hits().stream().map(hit -> {
			PracticeSearchLabels.Row row = this.labels.row(hit, locale);
			return new GlobalSearchHit(row.title(), "/practices/" + hit.id(),
					row.countries().isEmpty() ? null : row.countries(), row.originalLanguage());
		}).toList();
		String more = UriComponentsBuilder.fromPath("/practices").queryParam("q", query).encode().build().toUriString();
		return new GlobalSearchSection(key(), titleKey(), results.total(), hits, more);
	}

}
