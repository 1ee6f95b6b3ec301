package org.passerelle.practices.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.practices.internal.PracticeResults;
import org.passerelle.practices.internal.PracticeSearch;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The search of the knowledge base as JSON. */
@RestController
@Tag(name = "Practices", description = "The knowledge base of practices of local and regional authorities")
class PracticeSearchApiController {

	private final PracticeSearch search;

	private final PracticeQueryParameters parameters;

	PracticeSearchApiController(PracticeSearch search, PracticeQueryParameters parameters) {
		this.search = search;
		this.parameters = parameters;
	}

	@GetMapping("/api/v1/practices")
	@Operation(operationId = "searchPractices", summary = "Search published practices in every language",
			description = "Words typed in one language also find practices written in the others, through the "
					+ "thesaurus. Results are ranked by relevance (newest first without words). Facets count, for "
					+ "each code, the practices that choosing it would give, the other filters applied.")
	@Parameter(name = "q", in = ParameterIn.QUERY, description = "The words to look for")
	@Parameter(name = "lang", in = ParameterIn.QUERY,
			description = "The language the words are written in (fr, en, es, pt, ar); by default the language "
					+ "whose thesaurus labels the words name, else the Accept-Language")
	@Parameter(name = "theme", in = ParameterIn.QUERY, description = "theme codes (repeat for several)",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = "gcm", in = ParameterIn.QUERY, description = "GCM objective numbers, 1 to 23",
			array = @ArraySchema(schema = @Schema(type = "integer")))
	@Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166-1 alpha-2 country codes",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = "level", in = ParameterIn.QUERY, description = "level codes",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = "orgType", in = ParameterIn.QUERY,
			description = "organisation-type codes of the lead or a partner",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = "targetGroup", in = ParameterIn.QUERY, description = "target-group codes",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = "year", in = ParameterIn.QUERY, description = "start years",
			array = @ArraySchema(schema = @Schema(type = "integer")))
	@Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance (default with words) or newest",
			schema = @Schema(type = "string", allowableValues = { "relevance", "newest" }))
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "Page, from 0",
			schema = @Schema(type = "integer", defaultValue = "0", minimum = "0"))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Results per page, 1 to 100",
			schema = @Schema(type = "integer", defaultValue = "20", minimum = "1", maximum = "100"))
	@ApiResponse(responseCode = "200", description = "The practices of the page, best first, and the facets")
	@ApiResponse(responseCode = "400", description = "A parameter has a bad value, named in the detail",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	PracticeSearchResponse search(HttpServletRequest request, Locale locale) {
		PracticeResults results = this.search.search(this.parameters.parse(request.getParameterMap(), locale));
		return new PracticeSearchResponse(results.total(), results.hits().stream().map(PracticeSearchItem::of).toList(),
				results.facets());
	}

	/**
	 * @param total how many practices match
	 * @param items the practices of the page asked for, best first
	 * @param facets per dimension ({@code theme}, {@code gcm}, {@code country},
	 * {@code level}, {@code organisationType}, {@code targetGroup}, {@code startYear}),
	 * how many practices each code would give, most frequent first
	 */
	record PracticeSearchResponse(long total, List<PracticeSearchItem> items, Map<String, Map<String, Long>> facets) {
	}

}
