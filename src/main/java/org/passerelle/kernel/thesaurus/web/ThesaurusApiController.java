package org.passerelle.kernel.thesaurus.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.passerelle.kernel.reference.ResultPage;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.passerelle.kernel.thesaurus.Expansion;
import org.passerelle.kernel.thesaurus.QueryExpansion;
import org.passerelle.kernel.thesaurus.SkosFormat;
import org.passerelle.kernel.thesaurus.Thesaurus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The thesaurus, its query expansion and its SKOS export. */
@RestController
@RequestMapping("/api/v1/thesaurus")
@Tag(name = "Thesaurus",
		description = "Migration-governance concepts with labels in fr, en, es, pt and ar, and cross-language query expansion")
class ThesaurusApiController {

	private final Thesaurus thesaurus;

	private final QueryExpansion expansion;

	ThesaurusApiController(Thesaurus thesaurus, QueryExpansion expansion) {
		this.thesaurus = thesaurus;
		this.expansion = expansion;
	}

	@GetMapping("/concepts")
	@Operation(summary = "List or search concepts",
			description = "By part of a label in any language (case and accents ignored) or of an id; paged.")
	ResultPage<ConceptView> concepts(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
		return this.thesaurus.search(q, locale, page, size);
	}

	@GetMapping("/concepts/{id}")
	@Operation(summary = "One concept", description = "404 if unknown.")
	ConceptView concept(@PathVariable String id) {
		return this.thesaurus.find(id).orElseThrow(() -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"No thesaurus concept " + id);
			problem.setTitle("Unknown concept");
			return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
		});
	}

	@GetMapping("/expand")
	@Operation(summary = "Expand a search query",
			description = "Finds the concepts named in the query (multi-word labels, plurals, accents and elision tolerated) "
					+ "and returns their labels in every language and the taxonomy codes they stand for.")
	Expansion expand(@Parameter(description = "the query as typed") @RequestParam(defaultValue = "") String q,
			@Parameter(
					description = "the query's language (fr, en, es, pt, ar); omitted: every language is tried") @RequestParam(
							required = false) String lang) {
		return this.expansion.expand(q, lang == null || lang.isBlank() ? null : lang);
	}

	@GetMapping("/skos")
	@Operation(summary = "The whole thesaurus as SKOS",
			description = "JSON-LD by default; Turtle with format=turtle or Accept: text/turtle.")
	ResponseEntity<byte[]> skos(
			@Parameter(description = "jsonld or turtle") @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		SkosFormat chosen;
		try {
			chosen = format != null ? SkosFormat.parse(format)
					: accept != null && accept.toLowerCase(Locale.ROOT).contains("text/turtle") ? SkosFormat.TURTLE
							: SkosFormat.JSONLD;
		}
		catch (IllegalArgumentException ex) {
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
					ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage()), ex);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		this.thesaurus.export(chosen, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(chosen.mediaType() + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("passerelle-thesaurus." + chosen.extension())
						.build()
						.toString())
			.body(out.toByteArray());
	}

}
