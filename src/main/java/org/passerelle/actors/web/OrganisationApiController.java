package org.passerelle.actors.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.passerelle.actors.OrganisationDetails;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationQuery;
import org.passerelle.actors.OrganisationResults;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.actors.internal.OrganisationEditor;
import org.passerelle.kernel.InvalidRequestException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory of organisations as JSON. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations",
		description = "Directory of organisations: local and regional authorities, ministries, networks, "
				+ "programmes, civil society")
class OrganisationApiController {

	private final OrganisationDirectory directory;

	private final OrganisationEditor editor;

	OrganisationApiController(OrganisationDirectory directory, OrganisationEditor editor) {
		this.directory = directory;
		this.editor = editor;
	}

	@GetMapping
	@Operation(operationId = "searchOrganisations", summary = "Search organisations",
			description = "Full-text search of names, acronyms and descriptions with filters. Facets count, for each "
					+ "code, the organisations that choosing it would give, the other filters applied.")
	OrganisationSearchResponse search(
			@Parameter(description = "Words of the name, acronym or description") @RequestParam(name = "q",
					required = false) String text,
			@Parameter(description = "organisation-type codes (repeat for several)") @RequestParam(name = "type",
					required = false) List<String> types,
			@Parameter(description = "level codes (repeat for several)") @RequestParam(name = "level",
					required = false) List<String> levels,
			@Parameter(description = "ISO 3166-1 alpha-2 country codes (repeat for several)") @RequestParam(
					name = "country", required = false) List<String> countries,
			@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Results per page, at most 100") @RequestParam(
					defaultValue = "" + OrganisationQuery.DEFAULT_SIZE) int size) {
		OrganisationResults results = this.directory
			.search(new OrganisationQuery(text, types, levels, countries, page, size));
		return new OrganisationSearchResponse(results.total(), results.page(), results.size(), results.items(),
				results.facets());
	}

	@GetMapping("/suggest")
	@Operation(operationId = "suggestOrganisations", summary = "Suggest organisations for a picker",
			description = "Organisations whose name or acronym starts with the words typed")
	List<OrganisationSummary> suggest(
			@Parameter(description = "The beginning of a name or acronym") @RequestParam(name = "q",
					required = false) String text,
			@Parameter(description = "At most this many, up to 20") @RequestParam(defaultValue = "10") int limit) {
		return this.directory.suggest(text, limit);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getOrganisation", summary = "One organisation")
	@ApiResponse(responseCode = "200", description = "The organisation")
	@ApiResponse(responseCode = "404", description = "No organisation has this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	OrganisationDetails get(@PathVariable long id) {
		return this.directory.get(id);
	}

	@PostMapping
	@Operation(operationId = "createOrganisation", summary = "Add an organisation",
			description = "Any signed-in user; they become its editor.")
	@ApiResponse(responseCode = "201", description = "Created; Location gives its address")
	@ApiResponse(responseCode = "400", description = "Invalid fields, listed in errors",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<OrganisationDetails> create(@Valid @RequestBody OrganisationForm input) {
		long id = this.editor.create(input.toData());
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(this.directory.get(id));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateOrganisation", summary = "Change an organisation",
			description = "Its editors and administrators only. Send the version read to be warned of a concurrent change.")
	@ApiResponse(responseCode = "200", description = "The organisation as saved")
	@ApiResponse(responseCode = "400", description = "Invalid fields, listed in errors",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Not an editor of this organisation",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No organisation has this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	OrganisationDetails update(@PathVariable long id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
			required = true) @Valid @RequestBody(required = false) OrganisationForm input) {
		// who may change it is checked before what is sent, so that others learn nothing
		// more
		this.editor.checkCanEdit(id);
		if (input == null) {
			throw new InvalidRequestException("The request body is missing: send the organisation as JSON.");
		}
		this.editor.update(id, input.toData(), input.getVersion());
		return this.directory.get(id);
	}

	/**
	 * A page of search results.
	 *
	 * @param total number of matching organisations
	 * @param page this page, from 0
	 * @param size page size
	 * @param items the organisations of this page
	 * @param facets per dimension (type, level, country), count per code
	 */
	record OrganisationSearchResponse(long total, int page, int size, List<OrganisationSummary> items,
			Map<String, Map<String, Long>> facets) {
	}

}
