package org.passerelle.practices.bench;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a benchmark query file (bench/practices-queries.tsv), the file the load
 * client sends to the API and {@code practices bench-queries} runs on the index: the
 * language, the words typed, and optional facet filters written as in the API's query
 * string ({@code theme=housing&country=FR}). Columns are separated by tabs; lines
 * starting with {@code #} are comments.
 *
 * @param language BCP 47 primary tag
 * @param text the words typed
 * @param filters values by API parameter name, in file order
 */
record BenchmarkQuery(String language, String text, Map<String, List<String>> filters) {

	/**
	 * Reads a query file.
	 * @throws IllegalArgumentException naming the line of a malformed query
	 */
	static List<BenchmarkQuery> read(Path file) throws IOException {
		List<BenchmarkQuery> queries = new ArrayList<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int n = 0; n < lines.size(); n++) {
			String line = lines.get(n);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t", -1);
			if (columns.length < 2 || columns[0].isBlank()) {
				throw new IllegalArgumentException(
						file + " line " + (n + 1) + ": expected LANGUAGE<tab>QUERY[<tab>FILTERS]");
			}
			queries.add(new BenchmarkQuery(columns[0].strip(), columns[1].strip(),
					columns.length > 2 ? filters(columns[2].strip(), file, n + 1) : Map.of()));
		}
		if (queries.isEmpty()) {
			throw new IllegalArgumentException(file + " has no queries");
		}
		return queries;
	}

	private static Map<String, List<String>> filters(String text, Path file, int line) {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		if (text.isEmpty()) {
			return filters;
		}
		for (String pair : text.split("&")) {
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException(file + " line " + line + ": filter without a value: " + pair);
			}
			filters.computeIfAbsent(decode(pair.substring(0, equals)), k -> new ArrayList<>())
				.add(decode(pair.substring(equals + 1)));
		}
		return filters;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	/** The filters as the query file writes them. */
	String filterText() {
		List<String> pairs = new ArrayList<>();
		this.filters.forEach((name, values) -> values.forEach(value -> pairs.add(name + "=" + value)));
		return String.join("&", pairs);
	}

}
