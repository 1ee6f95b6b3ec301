package org.passerelle.practices.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.kernel.web.AtomFeed;
import org.passerelle.practices.internal.PracticeFacets;
import org.passerelle.practices.internal.PracticeHit;
import org.passerelle.practices.internal.PracticeQuery;
import org.passerelle.practices.internal.PracticeQuery.Sort;
import org.passerelle.practices.internal.PracticeSearch;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data: any result list of the search page as CSV or JSON (every matching practice,
 * up to {@value #MAX_EXPORT}, in the list's order, written as they are read), and the
 * newest practices matching a search as an Atom feed. The parameters are the search
 * page's; a bad value is a 400.
 */
@Controller
class PracticeExportController {

	/** The most practices one export holds. */
	static final int MAX_EXPORT = 10_000;

	/** The practices a feed holds. */
	static final int FEED_SIZE = 50;

	private final PracticeSearch search;

	private final PracticeQueryParameters parameters;

	private final OrganisationDirectory organisations;

	private final PracticeSearchLabels labels;

	private final MessageSource messages;

	private final JsonMapper json;

	PracticeExportController(PracticeSearch search, PracticeQueryParameters parameters,
			OrganisationDirectory organisations, PracticeSearchLabels labels, MessageSource messages, JsonMapper json) {
		this.search = search;
		this.parameters = parameters;
		this.organisations = organisations;
		this.labels = labels;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/practices/export.csv")
	void csv(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
		PracticeQuery query = exported(request, locale);
		String baseUrl = baseUrl(request);
		response.setContentType("text/csv;charset=UTF-8");
		attachment(response, "practices.csv");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (PracticeCsvWriter csv = new PracticeCsvWriter(writer)) {
			this.search.forEach(query, MAX_EXPORT, hits -> {
				try {
					csv.write(hits, leadOrganisationNames(hits), baseUrl);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		writer.flush();
	}

	@GetMapping("/practices/export.json")
	void json(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		PracticeQuery query = exported(request, locale);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		attachment(response, "practices.json");
		try (JsonGenerator generator = this.json.createGenerator(outputStream(response))) {
			generator.writeStartArray();
			this.search.forEach(query, MAX_EXPORT,
					hits -> hits.forEach(hit -> generator.writePOJO(PracticeSearchItem.of(hit))));
			generator.writeEndArray();
		}
	}

	@GetMapping("/practices/feed.atom")
	void feed(HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException, XMLStreamException {
		// the order asked for does not matter: a feed is newest first
		PracticeQuery search = this.parameters.parse(request.getParameterMap(), locale).withSort(null);
		List<PracticeHit> hits = this.search.find(search.withSort(Sort.NEWEST).withPage(0, FEED_SIZE)).hits();
		String baseUrl = baseUrl(request);
		// the same search always has the same address, hence the same feed id
		String feedUrl = baseUrl + address("/practices/feed.atom", search);
		String pageUrl = baseUrl + address("/practices", search);
		AtomFeed.Feed feed = new AtomFeed.Feed(feedUrl, pageUrl,
				this.messages.getMessage("practices.feed.title", null, locale),
				this.messages.getMessage("practices.feed.subtitle", null, locale),
				PracticeQueryParameters.interfaceLanguage(locale), Instant.now());
		// one entry per practice: its address, title and summary in its original
		// language,
		// the time it last changed and a category per theme
		List<AtomFeed.Entry> entries = hits.stream()
			.map(hit -> new AtomFeed.Entry(baseUrl + "/practices/" + hit.id(), hit.title(), hit.language(),
					hit.publishedAt(), updated(hit), null,
					hit.themes()
						.stream()
						.map(theme -> new AtomFeed.Category(theme,
								this.labels.label(PracticeFacets.THEME, theme, locale)))
						.toList(),
					hit.summary(), null))
			.toList();
		response.setContentType("application/atom+xml;charset=UTF-8");
		AtomFeed.write(response.getOutputStream(), feed, entries);
	}

	private static Instant updated(PracticeHit hit) {
		Instant updated = hit.updatedAt() != null ? hit.updatedAt() : hit.publishedAt();
		return updated != null ? updated : Instant.EPOCH;
	}

	/** The search to export: the list's, all of it in the list's order. */
	private PracticeQuery exported(HttpServletRequest request, Locale locale) {
		return this.parameters.parse(request.getParameterMap(), locale).withPage(0, PracticeQuery.MAX_SIZE);
	}

	private Map<Long, String> leadOrganisationNames(List<PracticeHit> hits) {
		List<Long> ids = hits.stream()
			.map(PracticeHit::leadOrganisationId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<Long, String> names = new LinkedHashMap<>();
		this.organisations.findAll(ids).forEach(o -> names.put(o.id(), name(o)));
		return names;
	}

	private static String name(OrganisationSummary organisation) {
		return organisation.displayName();
	}

	private static void attachment(HttpServletResponse response, String filename) {
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
	}

	private static java.io.OutputStream outputStream(HttpServletResponse response) {
		try {
			return response.getOutputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The platform's address as the client reached it, without a trailing slash. */
	private static String baseUrl(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

	/** The address of the search within the application. */
	private static String address(String path, PracticeQuery query) {
		return UriComponentsBuilder.fromPath(path)
			.queryParams(PracticeQueryParameters.of(query, PracticeQueryParameters.QUERY_LANGUAGE))
			.encode()
			.build()
			.toUriString();
	}

}
