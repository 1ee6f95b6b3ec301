package org.passerelle.practices.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.node.ObjectNode;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.practices.PracticeNotFoundException;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeAddresses;
import org.passerelle.practices.internal.PracticeImporter;
import org.passerelle.practices.internal.PracticeImporter.Result;
import org.passerelle.practices.internal.PracticeJson;
import org.passerelle.practices.internal.PracticeMessages;
import org.passerelle.practices.internal.PracticePermissions;
import org.passerelle.practices.internal.PracticeRepository;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Practices in the interchange format through the API (docs/INTERCHANGE.md): one practice
 * as a full record, and the import of JSON Lines, all or nothing, by an administrator or
 * an organisation editor's token. An editor may import only practices led by an
 * organisation they edit for: any other line is a problem of the 422 answer, like an
 * invalid code, so that a client gets the whole list at once.
 */
@RestController
@RequestMapping("/api/v1/practices")
@Tag(name = "Practices", description = "The knowledge base of practices")
class PracticeInterchangeApiController {

	/** Largest body accepted, in megabytes. */
	static final int MAX_BODY_MB = 200;

	private static final String JSON_LINES = "application/jsonl";

	private static final String NDJSON = "application/x-ndjson";

	private final PracticeRepository practices;

	private final PracticePermissions permissions;

	private final PracticeImporter importer;

	private final PracticeMessages problems;

	private final MessageSource messages;

	private final OrganisationDirectory organisations;

	private final PracticeAddresses addresses;

	private final Accounts accounts;

	PracticeInterchangeApiController(PracticeRepository practices, PracticePermissions permissions,
			PracticeImporter importer, PracticeMessages problems, MessageSource messages,
			OrganisationDirectory organisations, PracticeAddresses addresses, Accounts accounts) {
		this.practices = practices;
		this.permissions = permissions;
		this.importer = importer;
		this.problems = problems;
		this.messages = messages;
		this.organisations = organisations;
		this.addresses = addresses;
		this.accounts = accounts;
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getPractice", summary = "One practice, whole",
			description = "The practice in the interchange format of the JSON Lines import and export, with its id "
					+ "and status. Published and archived practices are public; the others are found only by "
					+ "those who may edit them (404 for everyone else).")
	ObjectNode practice(@PathVariable long id) {
		Practice practice = this.practices.findById(id)
			.filter(this.permissions::canRead)
			.orElseThrow(() -> new PracticeNotFoundException(id));
		List<Long> ids = List.copyOf(practice.organisationIds());
		Map<Long, OrganisationSummary> named = new LinkedHashMap<>();
		this.organisations.findAll(ids).forEach(o -> named.put(o.id(), o));
		ObjectNode json = PracticeJson.object();
		json.put("id", practice.getId());
		json.put("status", practice.getStatus().name().toLowerCase(Locale.ROOT));
		PracticeJson.writeTo(json, practice, this.addresses.externalId(practice), named);
		return json;
	}

	@PostMapping(path = "/import", consumes = { NDJSON, JSON_LINES, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "importPractices", summary = "Import practices from JSON Lines, all or nothing",
			description = "One practice a line in the interchange format. Every line is checked first: if any has a "
					+ "problem, nothing is written and the answer (422) lists every problem with its line and field. "
					+ "A practice whose externalId is already known is updated and keeps its status; new ones are "
					+ "published, or drafts with status=draft. Organisations are named (name, type, country, level) "
					+ "and added to the directory when missing. Administrators import anything; an organisation "
					+ "editor's token imports only practices led by an organisation the editor edits for.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "JSON Lines: one practice a line (docs/INTERCHANGE.md)",
					content = { @Content(mediaType = NDJSON, schema = @Schema(type = "string")),
							@Content(mediaType = JSON_LINES, schema = @Schema(type = "string")),
							@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) }))
	ResponseEntity<?> importLines(
			@Parameter(description = "Status of new practices: published or draft") @RequestParam(
					defaultValue = "published") String status,
			HttpServletRequest request, Locale locale) throws IOException {
		CurrentUser user = this.accounts.current()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to import practices"));
		if (!PracticePermissions.isModerator(user) && user.editorOf().isEmpty()) {
			return problem(HttpStatus.FORBIDDEN, "practices.import.api.forbidden", locale);
		}
		PracticeStatus chosen = switch (status.toLowerCase(Locale.ROOT)) {
			case "published" -> PracticeStatus.PUBLISHED;
			case "draft" -> PracticeStatus.DRAFT;
			default -> null;
		};
		if (chosen == null) {
			return problem(HttpStatus.BAD_REQUEST, "practices.import.api.status", locale, status);
		}
		Path body = Files.createTempFile("passerelle-import-", ".jsonl");
		try {
			long size = copy(request.getInputStream(), body);
			if (size < 0) {
				return problem(HttpStatus.CONTENT_TOO_LARGE, "practices.import.api.tooLarge", locale,
						String.valueOf(MAX_BODY_MB));
			}
			if (size == 0) {
				return problem(HttpStatus.BAD_REQUEST, "practices.import.api.empty", locale);
			}
			Result result = this.importer.importLines(new FileSystemResource(body), chosen, user,
					PracticeImporter.Progress.NONE);
			if (result.succeeded()) {
				Map<String, Integer> summary = new LinkedHashMap<>();
				summary.put("created", result.created());
				summary.put("updated", result.updated());
				summary.put("organisationsCreated", result.organisationsCreated());
				return ResponseEntity.ok(summary);
			}
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					this.messages.getMessage("practices.import.api.failed", null, locale));
			problem.setTitle(this.messages.getMessage("practices.import.api.failedTitle", null, locale));
			problem.setProperty("errors", result.problems().stream().map(p -> {
				Map<String, Object> error = new LinkedHashMap<>();
				error.put("line", p.line());
				if (p.field() != null) {
					error.put("field", p.field());
				}
				error.put("message", this.problems.explain(p.problem(), locale));
				return error;
			}).toList());
			return ResponseEntity.of(problem).build();
		}
		finally {
			Files.deleteIfExists(body);
		}
	}

	/**
	 * Copies the body to the file.
	 * @return the bytes copied, or -1 if the body is larger than {@value #MAX_BODY_MB} MB
	 */
	private static long copy(InputStream in, Path file) throws IOException {
		long limit = MAX_BODY_MB * 1024L * 1024L;
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (in; OutputStream out = Files.newOutputStream(file)) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				total += read;
				if (total > limit) {
					return -1;
				}
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Locale locale, Object... arguments) {
		return ResponseEntity
			.of(ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(key, arguments, locale)))
			.build();
	}

}
