package org.passerelle.practices.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.passerelle.kernel.web.Htmx;
import org.passerelle.practices.internal.PracticeFacets;
import org.passerelle.practices.internal.PracticeQuery;
import org.passerelle.practices.internal.PracticeResults;
import org.passerelle.practices.internal.PracticeSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The knowledge base's search page: words in any language, facets, highlighted passages,
 * links to download the same list; the same address answers an htmx request with the
 * results and the facets alone. Also the "similar practices" fragment that a practice's
 * page loads.
 */
@Controller
class PracticeSearchController {

	/** The request parameter of each dimension. */
	static final Map<String, String> PARAMETERS = Map.of(PracticeFacets.THEME, PracticeQueryParameters.THEME,
			PracticeFacets.GCM, PracticeQueryParameters.GCM, PracticeFacets.COUNTRY, PracticeQueryParameters.COUNTRY,
			PracticeFacets.LEVEL, PracticeQueryParameters.LEVEL, PracticeFacets.ORGANISATION_TYPE,
			PracticeQueryParameters.ORGANISATION_TYPE, PracticeFacets.TARGET_GROUP,
			PracticeQueryParameters.TARGET_GROUP, PracticeFacets.START_YEAR, PracticeQueryParameters.YEAR);

	/** The most similar practices shown on a practice's page. */
	static final int SIMILAR = 5;

	private static final String LIST = "practices/list";

	private final PracticeSearch search;

	private final PracticeQueryParameters parameters;

	private final PracticeSearchLabels labels;

	PracticeSearchController(PracticeSearch search, PracticeQueryParameters parameters, PracticeSearchLabels labels) {
		this.search = search;
		this.parameters = parameters;
		this.labels = labels;
	}

	@GetMapping("/practices")
	String list(HttpServletRequest request, Model model, Locale locale) {
		// a hand-edited address with a bad value still shows a list, with defaults
		PracticeQuery query = this.parameters.parseLeniently(request.getParameterMap(), locale);
		PracticeResults results = this.search.search(query);
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("rows", results.hits().stream().map(hit -> this.labels.row(hit, locale)).toList());
		model.addAttribute("facets", this.labels.facets(results.facets(), query, locale));
		model.addAttribute("queryLanguage",
				query.language() != null ? query.language() : PracticeQueryParameters.interfaceLanguage(locale));
		model.addAttribute("languages", this.labels.languages(locale));
		model.addAttribute("csvUrl", link("/practices/export.csv", query));
		model.addAttribute("jsonUrl", link("/practices/export.json", query));
		model.addAttribute("feedUrl", link("/practices/feed.atom", query));
		model.addAttribute("partial", Htmx.isPartialRequest(request));
		return Htmx.view(request, LIST, "results");
	}

	@GetMapping("/practices/{id}/similar")
	String similar(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("rows",
				this.search.similar(id, SIMILAR).stream().map(h -> this.labels.row(h, locale)).toList());
		return "practices/similar :: similar";
	}

	/** The address of the same list in another form, filters and words kept. */
	private static String link(String path, PracticeQuery query) {
		return UriComponentsBuilder.fromPath(path)
			.queryParams(PracticeQueryParameters.of(query, PracticeQueryParameters.QUERY_LANGUAGE))
			.encode()
			.build()
			.toUriString();
	}

}
