package org.passerelle.kernel.taxonomy.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.passerelle.kernel.taxonomy.Term;
import org.passerelle.kernel.taxonomy.internal.TaxonomyCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The code lists (PRODUCT.md §6) with their labels. */
@RestController
@RequestMapping("/api/v1/taxonomies")
@Tag(name = "Taxonomies",
		description = "Levels, organisation types, themes, target groups, GCM objectives, SDG goals and targets")
class TaxonomyApiController {

	private final TaxonomyCatalog taxonomies;

	TaxonomyApiController(TaxonomyCatalog taxonomies) {
		this.taxonomies = taxonomies;
	}

	@GetMapping
	@Operation(summary = "The taxonomies and how many terms each has")
	List<TaxonomySummary> list() {
		return this.taxonomies.counts()
			.entrySet()
			.stream()
			.map(e -> new TaxonomySummary(e.getKey(), e.getValue(), "/api/v1/taxonomies/" + e.getKey()))
			.toList();
	}

	@GetMapping("/{taxonomy}")
	@Operation(summary = "The terms of a taxonomy with their labels",
			description = "In display order; with q, only the terms whose code or label contains it (best first), for pickers.")
	TaxonomyJson one(@PathVariable String taxonomy,
			@Parameter(description = "part of a code or label, any language") @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "50") int limit, Locale locale) {
		List<Term> terms = this.taxonomies.terms(taxonomy);
		if (terms.isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No taxonomy " + taxonomy);
			problem.setTitle("Unknown taxonomy");
			throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
		}
		if (q != null && !q.isBlank()) {
			terms = this.taxonomies.suggest(taxonomy, q, locale, Math.max(1, Math.min(limit, 500)));
		}
		return new TaxonomyJson(taxonomy, terms.size(),
				terms.stream()
					.map(t -> new TermJson(t.code(), t.position(),
							this.taxonomies.parentCode(taxonomy, t.code()).orElse(null), t.labels()))
					.toList());
	}

	/**
	 * @param taxonomy its name
	 * @param count how many terms it has
	 * @param href where its terms are
	 */
	record TaxonomySummary(String taxonomy, int count, String href) {
	}

	/**
	 * @param taxonomy its name
	 * @param count how many terms are listed
	 * @param terms the terms
	 */
	record TaxonomyJson(String taxonomy, int count, List<TermJson> terms) {
	}

	/**
	 * @param code the stable code
	 * @param position display order
	 * @param parent the parent code (the goal of an SDG target), or null
	 * @param labels label per language tag
	 */
	record TermJson(String code, int position, String parent, Map<String, String> labels) {
	}

}
