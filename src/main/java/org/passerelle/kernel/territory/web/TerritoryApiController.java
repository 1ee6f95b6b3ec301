package org.passerelle.kernel.territory.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.passerelle.kernel.reference.ResultPage;
import org.passerelle.kernel.territory.TerritoryView;
import org.passerelle.kernel.territory.internal.TerritoryCatalog;
import org.passerelle.kernel.territory.internal.TerritoryCatalog.TerritoryQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Territories (countries, NUTS regions) for clients and pickers. */
@RestController
@RequestMapping("/api/v1/territories")
@Tag(name = "Territories", description = "Countries (ISO 3166-1, id iso:FR) and EU regions (NUTS 2024, id nuts:FRH03)")
class TerritoryApiController {

	private final TerritoryCatalog territories;

	TerritoryApiController(TerritoryCatalog territories) {
		this.territories = territories;
	}

	@GetMapping
	@Operation(summary = "Search territories",
			description = "By part of a name in any language or of a code (case and accents ignored), scheme, level and parent; paged.")
	ResultPage<TerritoryJson> search(
			@Parameter(description = "part of a name or code") @RequestParam(required = false) String q,
			@Parameter(description = "iso or nuts") @RequestParam(required = false) String scheme,
			@Parameter(description = "level within the scheme (NUTS 0-3)") @RequestParam(
					required = false) Integer level,
			@Parameter(description = "id of the parent territory") @RequestParam(required = false) String parent,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
		return this.territories
			.search(new TerritoryQuery(q, blankToNull(scheme), level, blankToNull(parent)), locale, page, size)
			.map(TerritoryJson::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One territory", description = "E.g. /api/v1/territories/nuts:FRH03; 404 if unknown.")
	TerritoryJson one(@PathVariable String id) {
		return this.territories.find(id).map(TerritoryJson::of).orElseThrow(() -> notFound(id));
	}

	@GetMapping("/{id}/children")
	@Operation(summary = "The direct children of a territory")
	List<TerritoryJson> children(@PathVariable String id) {
		if (this.territories.find(id).isEmpty()) {
			throw notFound(id);
		}
		return this.territories.children(id).stream().map(TerritoryJson::of).toList();
	}

	private static ErrorResponseException notFound(String id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No territory " + id);
		problem.setTitle("Unknown territory");
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * A territory in the API.
	 *
	 * @param id scheme and code, e.g. nuts:FRH03
	 * @param scheme iso or nuts
	 * @param code code within the scheme
	 * @param level level within the scheme
	 * @param parent id of the parent, or null
	 * @param country ISO 3166-1 alpha-2 code of the country
	 * @param names name per language tag ("und": in the territory's own language)
	 */
	record TerritoryJson(String id, String scheme, String code, int level, String parent, String country,
			Map<String, String> names) {

		static TerritoryJson of(TerritoryView t) {
			return new TerritoryJson(t.id(), t.scheme(), t.code(), t.level(), t.parentId(), t.countryCode(), t.names());
		}

	}

}
