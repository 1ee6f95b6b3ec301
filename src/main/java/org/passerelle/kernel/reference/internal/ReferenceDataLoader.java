package org.passerelle.kernel.reference.internal;

import static java.sql.Types.BIGINT;
import static java.sql.Types.INTEGER;
import static java.sql.Types.TIMESTAMP_WITH_TIMEZONE;
import static java.sql.Types.VARCHAR;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the territory, taxonomy and thesaurus tables from the files shipped under
 * {@code reference/} when they are empty (the first start), in one transaction with batch
 * inserts. A group of tables that already holds rows is left alone, so administrators'
 * edits of the thesaurus survive restarts. The caches of the reference data depend on
 * this bean, so they never see half-loaded tables.
 */
@Component("referenceDataLoader")
public class ReferenceDataLoader {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	static final String NUTS = "reference/nuts/nuts2024.csv";

	static final String COUNTRIES = "reference/countries.csv";

	static final String TAXONOMIES = "reference/taxonomies.csv";

	static final String SDG_GOALS = "reference/sdg-goals.csv";

	static final String SDG_TARGETS = "reference/sdg-targets.csv";

	static final String THESAURUS = "reference/thesaurus.json";

	/** NUTS uses EL for Greece where ISO 3166-1 has GR. */
	private static final Map<String, String> NUTS_TO_ISO = Map.of("EL", "GR");

	private static final int ROWS_PER_STATEMENT = 200;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	ReferenceDataLoader(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Loads the reference files into the tables that are still empty; runs once at
	 * start-up.
	 */
	@PostConstruct
	public void loadIfEmpty() {
		long started = System.nanoTime();
		Counts counts;
		try {
			counts = this.transaction.execute(status -> load());
		}
		catch (DataIntegrityViolationException ex) {
			// another node sharing the database loaded the same rows at the same moment
			log.info("Reference data was loaded concurrently by another node: {}",
					ex.getMostSpecificCause().getMessage());
			return;
		}
		if (counts != null && !counts.isEmpty()) {
			log.info(
					"Reference data loaded in {} ms: {} territories ({} NUTS, {} countries), {} taxonomy terms, {} thesaurus concepts",
					(System.nanoTime() - started) / 1_000_000, counts.nuts() + counts.countries(), counts.nuts(),
					counts.countries(), counts.terms(), counts.concepts());
		}
	}

	private Counts load() {
		int nuts = 0;
		int countries = 0;
		int terms = 0;
		int concepts = 0;
		if (isEmpty("kernel_territory")) {
			countries = loadCountries();
			nuts = loadNuts();
		}
		if (isEmpty("kernel_taxonomy_term")) {
			terms = loadTaxonomies();
		}
		if (isEmpty("kernel_concept")) {
			concepts = loadThesaurus();
		}
		return new Counts(nuts, countries, terms, concepts);
	}

	private boolean isEmpty(String table) {
		Integer any = this.jdbc.query("select 1 from " + table + " fetch first 1 rows only", rs -> rs.next() ? 1 : 0);
		return any == null || any == 0;
	}

	private int loadCountries() {
		List<Object[]> territories = new ArrayList<>();
		List<Object[]> names = new ArrayList<>();
		for (CSVRecord row : readCsv(COUNTRIES)) {
			String code = row.get("code").strip();
			String id = "iso:" + code;
			territories.add(new Object[] { id, "iso", code, 0, null, code });
			addNames(names, id, row);
		}
		insertTerritories(territories, names);
		return territories.size();
	}

	private int loadNuts() {
		Map<String, CSVRecord> countries = new HashMap<>();
		for (CSVRecord row : readCsv(COUNTRIES)) {
			countries.put(row.get("code").strip(), row);
		}
		List<CSVRecord> rows = new ArrayList<>(readCsv(NUTS));
		// parents before children, for the foreign key
		rows.sort((a, b) -> Integer.compare(Integer.parseInt(a.get("level").strip()),
				Integer.parseInt(b.get("level").strip())));
		List<Object[]> territories = new ArrayList<>(rows.size());
		List<Object[]> names = new ArrayList<>(rows.size() + 200);
		for (CSVRecord row : rows) {
			String code = row.get("code").strip();
			int level = Integer.parseInt(row.get("level").strip());
			String parent = row.get("parent").strip();
			String country = NUTS_TO_ISO.getOrDefault(row.get("country").strip(), row.get("country").strip());
			String id = "nuts:" + code;
			territories
				.add(new Object[] { id, "nuts", code, level, parent.isEmpty() ? null : "nuts:" + parent, country });
			names.add(new Object[] { id, "und", row.get("name").strip() });
			if (level == 0 && countries.containsKey(country)) {
				addNames(names, id, countries.get(country));
			}
		}
		insertTerritories(territories, names);
		return territories.size();
	}

	private static void addNames(List<Object[]> names, String id, CSVRecord row) {
		for (String language : Analyzers.LANGUAGES) {
			String name = row.isMapped(language) ? row.get(language).strip() : "";
			if (!name.isEmpty()) {
				names.add(new Object[] { id, language, name });
			}
		}
	}

	private void insertTerritories(List<Object[]> territories, List<Object[]> names) {
		insert("kernel_territory (id, scheme, code, level, parent_id, country_code)",
				new int[] { VARCHAR, VARCHAR, VARCHAR, INTEGER, VARCHAR, VARCHAR }, territories);
		insert("kernel_territory_name (territory_id, language, name)", new int[] { VARCHAR, VARCHAR, VARCHAR }, names);
	}

	private int loadTaxonomies() {
		List<Object[]> terms = new ArrayList<>();
		List<Object[]> labels = new ArrayList<>();
		for (CSVRecord row : readCsv(TAXONOMIES)) {
			String taxonomy = row.get("taxonomy").strip();
			String code = row.get("code").strip();
			terms.add(new Object[] { taxonomy, code, Integer.parseInt(row.get("position").strip()), null });
			addLabels(labels, taxonomy, code, row);
		}
		for (CSVRecord row : readCsv(SDG_GOALS)) {
			String code = row.get("code").strip();
			terms.add(new Object[] { Taxonomies.SDG_GOAL, code, Integer.parseInt(code), null });
			addLabels(labels, Taxonomies.SDG_GOAL, code, row);
		}
		int position = 0;
		for (CSVRecord row : readCsv(SDG_TARGETS)) {
			String code = row.get("code").strip();
			terms.add(new Object[] { Taxonomies.SDG_TARGET, code, ++position, row.get("goal").strip() });
			addLabels(labels, Taxonomies.SDG_TARGET, code, row);
		}
		insert("kernel_taxonomy_term (taxonomy, code, position, parent_code)",
				new int[] { VARCHAR, VARCHAR, INTEGER, VARCHAR }, terms);
		insert("kernel_taxonomy_label (taxonomy, code, language, label)",
				new int[] { VARCHAR, VARCHAR, VARCHAR, VARCHAR }, labels);
		return terms.size();
	}

	private static void addLabels(List<Object[]> labels, String taxonomy, String code, CSVRecord row) {
		for (String language : Analyzers.LANGUAGES) {
			String label = row.isMapped(language) ? row.get(language).strip() : "";
			if (!label.isEmpty()) {
				labels.add(new Object[] { taxonomy, code, language, label });
			}
		}
	}

	private int loadThesaurus() {
		Resource file = new ClassPathResource(THESAURUS);
		if (!file.exists()) {
			log.warn("No {} on the class path: the thesaurus starts empty", THESAURUS);
			return 0;
		}
		JsonNode root;
		try (InputStream in = file.getInputStream()) {
			root = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + THESAURUS, ex);
		}
		Set<String> ids = new HashSet<>();
		for (JsonNode concept : root.path("concepts")) {
			ids.add(concept.path("id").asString());
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<Object[]> concepts = new ArrayList<>();
		List<Object[]> prefLabels = new ArrayList<>();
		List<Object[]> altLabels = new ArrayList<>();
		List<Object[]> broader = new ArrayList<>();
		List<Object[]> related = new ArrayList<>();
		List<Object[]> links = new ArrayList<>();
		for (JsonNode concept : root.path("concepts")) {
			String id = concept.path("id").asString();
			concepts.add(new Object[] { id, concept.path("source").asString("passerelle"), now, now, 0L });
			concept.path("prefLabel").forEachEntry((language, label) -> {
				if (!label.asString("").isBlank()) {
					prefLabels.add(new Object[] { id, language, label.asString().strip() });
				}
			});
			concept.path("altLabel").forEachEntry((language, list) -> {
				Set<String> distinct = new LinkedHashSet<>();
				list.forEach(label -> distinct.add(label.asString("").strip()));
				distinct.stream()
					.filter(label -> !label.isEmpty())
					.forEach(label -> altLabels.add(new Object[] { id, language, label }));
			});
			addLinks(broader, id, concept.path("broader"), ids, "broader");
			addLinks(related, id, concept.path("related"), ids, "related");
			Set<String> seen = new HashSet<>();
			for (JsonNode link : concept.path("links")) {
				String taxonomy = link.path("taxonomy").asString();
				String code = link.path("code").asString();
				if (seen.add(taxonomy + " " + code)) {
					links.add(new Object[] { id, taxonomy, code });
				}
			}
		}
		int[] three = { VARCHAR, VARCHAR, VARCHAR };
		int[] two = { VARCHAR, VARCHAR };
		insert("kernel_concept (id, source, created_at, updated_at, version)",
				new int[] { VARCHAR, VARCHAR, TIMESTAMP_WITH_TIMEZONE, TIMESTAMP_WITH_TIMEZONE, BIGINT }, concepts);
		insert("kernel_concept_pref_label (concept_id, language, label)", three, prefLabels);
		insert("kernel_concept_alt_label (concept_id, language, label)", three, altLabels);
		insert("kernel_concept_broader (concept_id, broader_id)", two, broader);
		insert("kernel_concept_related (concept_id, related_id)", two, related);
		insert("kernel_concept_link (concept_id, taxonomy, code)", three, links);
		return concepts.size();
	}

	/**
	 * Inserts rows with multi-row {@code VALUES} statements of up to
	 * {@value #ROWS_PER_STATEMENT} rows: a few dozen round trips for the whole reference
	 * data instead of thousands, on H2 and PostgreSQL alike. The SQL types are given so
	 * that nulls need no metadata lookup.
	 */
	private void insert(String tableAndColumns, int[] types, List<Object[]> rows) {
		String one = "(" + String.join(", ", Collections.nCopies(types.length, "?")) + ")";
		Map<Integer, String> statements = new HashMap<>();
		List<List<Object[]>> chunks = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
		}
		for (List<Object[]> chunk : chunks) {
			String sql = statements.computeIfAbsent(chunk.size(), n -> "insert into " + tableAndColumns + " values "
					+ String.join(", ", Collections.nCopies(n, one)));
			Object[] arguments = new Object[chunk.size() * types.length];
			int[] argumentTypes = new int[arguments.length];
			for (int r = 0; r < chunk.size(); r++) {
				System.arraycopy(chunk.get(r), 0, arguments, r * types.length, types.length);
				System.arraycopy(types, 0, argumentTypes, r * types.length, types.length);
			}
			this.jdbc.update(sql, arguments, argumentTypes);
		}
	}

	private static void addLinks(List<Object[]> rows, String id, JsonNode targets, Set<String> ids, String kind) {
		Set<String> seen = new HashSet<>();
		for (JsonNode target : targets) {
			String other = target.asString();
			if (!ids.contains(other) || other.equals(id)) {
				log.warn("Thesaurus concept {}: {} link to unknown concept {} skipped", id, kind, other);
			}
			else if (seen.add(other)) {
				rows.add(new Object[] { id, other });
			}
		}
	}

	private static List<CSVRecord> readCsv(String path) {
		Resource resource = new ClassPathResource(path);
		try (InputStream in = resource.getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			if (text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			CSVFormat format = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true)
				.get();
			try (CSVParser parser = CSVParser.parse(text, format)) {
				return parser.getRecords();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read reference file " + path, ex);
		}
	}

	private record Counts(int nuts, int countries, int terms, int concepts) {

		boolean isEmpty() {
			return this.nuts + this.countries + this.terms + this.concepts == 0;
		}

	}

}
