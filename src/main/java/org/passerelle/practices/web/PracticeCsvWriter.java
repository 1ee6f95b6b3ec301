package org.passerelle.practices.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.passerelle.practices.internal.PracticeHit;

/**
 * Writes practices as CSV, one row per practice, codes of a list separated by {@code |}.
 * The text starts with a byte order mark so that spreadsheet programs read it as UTF-8.
 */
final class PracticeCsvWriter implements AutoCloseable {

	static final List<String> COLUMNS = List.of("id", "externalId", "title", "language", "summary", "themes",
			"countries", "levels", "gcmObjectives", "sdgTargets", "targetGroups", "startYear", "endYear",
			"leadOrganisation", "url");

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final String LIST_SEPARATOR = "|";

	private final CSVPrinter printer;

	PracticeCsvWriter(Writer writer) throws IOException {
		writer.write(BYTE_ORDER_MARK);
		this.printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(writer);
	}

	/**
	 * @param organisationNames names of the lead organisations, by id
	 * @param baseUrl the platform's address, for the links to the practices
	 */
	void write(List<PracticeHit> hits, Map<Long, String> organisationNames, String baseUrl) throws IOException {
		for (PracticeHit hit : hits) {
			this.printer.printRecord(hit.id(), hit.externalId(), hit.title(), hit.language(), hit.summary(),
					join(hit.themes()), join(hit.countries()), join(hit.levels()), join(hit.gcmObjectives()),
					join(hit.sdgTargets()), join(hit.targetGroups()), hit.startYear(), hit.endYear(),
					hit.leadOrganisationId() == null ? null : organisationNames.get(hit.leadOrganisationId()),
					baseUrl + "/practices/" + hit.id());
		}
	}

	private static String join(List<?> codes) {
		return codes.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR));
	}

	@Override
	public void close() throws IOException {
		this.printer.flush();
	}

}
