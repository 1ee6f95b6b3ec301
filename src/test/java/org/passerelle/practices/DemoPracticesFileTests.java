package org.passerelle.practices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.passerelle.actors.ReferenceFiles;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo practices file, checked line by line against the interchange format of
 * PRODUCT.md §6 and the reference files, so that a broken demo line is found here rather
 * than by the importer at start-up. Every failure names the line.
 */
class DemoPracticesFileTests {

	private static final String FILE = "demo/practices.jsonl";

	private static final Set<String> REQUIRED = Set.of("externalId", "language", "title", "summary", "countries",
			"themes");

	private static final Set<String> FIELDS = Set.of("externalId", "language", "title", "summary", "countries",
			"themes", "description", "organisation", "partners", "levels", "gcmObjectives", "sdgTargets",
			"targetGroups", "startYear", "endYear", "results", "lessons", "transferability", "links", "translations");

	private static final Set<String> ORGANISATION_FIELDS = Set.of("name", "type", "country", "level");

	private static final Set<String> PARTNER_FIELDS = Set.of("name", "type", "country", "level", "role");

	private static final Set<String> TRANSLATION_FIELDS = Set.of("title", "summary", "description");

	private static final List<String> RICH_TEXT = List.of("description", "results", "lessons", "transferability");

	private static final Set<String> ALLOWED_TAGS = Set.of("p", "ul", "ol", "li", "strong", "em", "a");

	private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");

	private static final Pattern LINK = Pattern.compile("href=\"https?://[^\"\\s]+\"");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final Taxonomies taxonomies = ReferenceFiles.taxonomies();

	private final Territories territories = ReferenceFiles.territories();

	private final List<String> lines = readLines();

	@Test
	void everyLineIsOneJsonObject() {
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < this.lines.size(); i++) {
			String line = this.lines.get(i);
			if (line.isBlank()) {
				problems.add("line " + (i + 1) + ": blank line");
				continue;
			}
			try {
				if (!JSON.readTree(line).isObject()) {
					problems.add("line " + (i + 1) + ": not a JSON object");
				}
			}
			catch (JacksonException ex) {
				problems.add("line " + (i + 1) + ": not valid JSON (" + ex.getOriginalMessage() + ")");
			}
		}
		assertThat(problems).as("lines of %s that do not parse", FILE).isEmpty();
	}

	@Test
	void offersAtLeastTwentyEightPracticesInSeveralOriginalLanguages() {
		Map<String, Long> languages = practices().stream()
			.collect(Collectors.groupingBy(p -> p.json().path("language").asString(""), Collectors.counting()));
		assertThat(this.lines).as("practices in %s", FILE).hasSizeGreaterThanOrEqualTo(28);
		assertThat(languages.getOrDefault("es", 0L)).as("Spanish originals (%s)", languages).isGreaterThanOrEqualTo(4);
		assertThat(languages.getOrDefault("pt", 0L)).as("Portuguese originals (%s)", languages)
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void usesOnlyTheFieldsOfTheInterchangeFormat() {
		assertNoProblems("unknown or misplaced fields", (p) -> {
			unknownFields(p, p.json(), FIELDS, "");
			for (String field : List.of("organisation", "translations")) {
				if (p.json().has(field) && !p.json().get(field).isObject()) {
					p.problem(field + " is not an object");
				}
			}
			for (String field : List.of("partners", "countries", "themes", "levels", "gcmObjectives", "sdgTargets",
					"targetGroups", "links")) {
				if (p.json().has(field) && !p.json().get(field).isArray()) {
					p.problem(field + " is not an array");
				}
			}
			if (p.json().has("organisation")) {
				unknownFields(p, p.json().get("organisation"), ORGANISATION_FIELDS, "organisation.");
			}
			each(p.json().path("partners"), (partner) -> unknownFields(p, partner, PARTNER_FIELDS, "partners[]."));
			p.json()
				.path("translations")
				.properties()
				.forEach((entry) -> unknownFields(p, entry.getValue(), TRANSLATION_FIELDS,
						"translations." + entry.getKey() + "."));
		});
	}

	@Test
	void hasEveryRequiredFieldFilledIn() {
		assertNoProblems("missing required fields", (p) -> {
			for (String field : REQUIRED) {
				JsonNode value = p.json().path(field);
				boolean filled = value.isArray() ? !value.isEmpty() : value.isString() && !value.asString().isBlank();
				if (!filled) {
					p.problem("required field '" + field + "' missing or empty");
				}
			}
		});
	}

	@Test
	void numbersTheExternalIdsInOrderWithoutDuplicates() {
		Set<String> seen = new HashSet<>();
		assertNoProblems("external ids", (p) -> {
			String id = p.json().path("externalId").asString("");
			String expected = "passerelle-demo-%03d".formatted(p.number());
			if (!seen.add(id)) {
				p.problem("duplicate externalId '" + id + "'");
			}
			if (!id.equals(expected)) {
				p.problem("externalId '" + id + "' should be '" + expected + "'");
			}
		});
	}

	@Test
	void usesOnlyCodesOfTheReferenceFiles() {
		Set<String> sdgTargets = new HashSet<>();
		read("reference/sdg-targets.csv").forEach((row) -> sdgTargets.add(row.get("code")));
		assertThat(sdgTargets).as("SDG targets read from the reference file").hasSizeGreaterThan(100);
		assertNoProblems("unknown codes", (p) -> {
			JsonNode json = p.json();
			if (!Analyzers.LANGUAGES.contains(json.path("language").asString(""))) {
				p.problem("unknown language '" + json.path("language").asString("") + "'");
			}
			strings(p, json, "themes").forEach((code) -> taxonomy(p, Taxonomies.THEME, code));
			strings(p, json, "targetGroups").forEach((code) -> taxonomy(p, Taxonomies.TARGET_GROUP, code));
			strings(p, json, "levels").forEach((code) -> taxonomy(p, Taxonomies.LEVEL, code));
			strings(p, json, "countries").forEach((code) -> country(p, code));
			each(json.path("gcmObjectives"), (objective) -> {
				if (!objective.isInt()) {
					p.problem("GCM objective " + objective + " is not an integer");
				}
				else {
					taxonomy(p, Taxonomies.GCM_OBJECTIVE, String.valueOf(objective.intValue()));
				}
			});
			strings(p, json, "sdgTargets").stream()
				.filter((code) -> !sdgTargets.contains(code))
				.forEach((code) -> p.problem("unknown SDG target '" + code + "'"));
			organisations(json).forEach((organisation) -> {
				taxonomy(p, Taxonomies.ORGANISATION_TYPE, organisation.path("type").asString(""));
				taxonomy(p, Taxonomies.LEVEL, organisation.path("level").asString(""));
				if (organisation.has("country")) {
					country(p, organisation.path("country").asString(""));
				}
			});
		});
	}

	@Test
	void namesDemoOrganisationsExactlyAsTheDirectoryDoes() {
		Map<String, CSVRecord> directory = new HashMap<>();
		read("demo/organisations.csv").forEach((row) -> directory.put(row.get("name"), row));
		assertNoProblems("organisations that differ from demo/organisations.csv", (p) -> {
			organisations(p.json()).forEach((organisation) -> {
				String name = organisation.path("name").asString("");
				if (name.isBlank()) {
					p.problem("organisation or partner without a name");
				}
				CSVRecord known = directory.get(name);
				if (known == null) {
					return;
				}
				for (String field : List.of("type", "level", "country")) {
					String actual = organisation.path(field).asString("");
					if (!actual.equals(known.get(field))) {
						p.problem("'" + name + "' has " + field + " '" + actual + "' but '" + known.get(field)
								+ "' in demo/organisations.csv");
					}
				}
			});
			each(p.json().path("partners"), (partner) -> {
				if (partner.path("role").asString("").isBlank()) {
					p.problem("partner '" + partner.path("name").asString("") + "' has no role");
				}
			});
		});
	}

	@Test
	void canBeReadInFrenchAndEnglish() {
		assertNoProblems("missing translations", (p) -> {
			String original = p.json().path("language").asString("");
			JsonNode translations = p.json().path("translations");
			for (String language : List.of("fr", "en")) {
				if (!language.equals(original) && !translations.has(language)) {
					p.problem(original + " original without a translation into " + language);
				}
			}
			translations.properties().forEach((entry) -> {
				String language = entry.getKey();
				if (language.equals(original)) {
					p.problem("translation into its own original language " + language);
				}
				if (!Analyzers.LANGUAGES.contains(language)) {
					p.problem("translation into unknown language '" + language + "'");
				}
				for (String field : List.of("title", "summary", "description")) {
					if (entry.getValue().path(field).asString("").isBlank()) {
						p.problem("translations." + language + "." + field + " missing or empty");
					}
				}
			});
		});
	}

	@Test
	void keepsTextsWithinTheAllowedMarkup() {
		assertNoProblems("markup", (p) -> {
			for (String field : List.of("title", "summary")) {
				if (TAG.matcher(p.json().path(field).asString("")).find()) {
					p.problem(field + " must be plain text");
				}
			}
			p.json().path("translations").properties().forEach((entry) -> {
				for (String field : List.of("title", "summary")) {
					if (TAG.matcher(entry.getValue().path(field).asString("")).find()) {
						p.problem("translations." + entry.getKey() + "." + field + " must be plain text");
					}
				}
				allowedMarkup(p, "translations." + entry.getKey() + ".description",
						entry.getValue().path("description").asString(""));
			});
			RICH_TEXT.forEach((field) -> allowedMarkup(p, field, p.json().path(field).asString("")));
		});
	}

	@Test
	void givesPlausiblePeriodsAndWebLinks() {
		assertNoProblems("periods and links", (p) -> {
			JsonNode start = p.json().path("startYear");
			JsonNode end = p.json().path("endYear");
			for (JsonNode year : List.of(start, end)) {
				if (!year.isMissingNode() && (!year.isInt() || year.intValue() < 1990 || year.intValue() > 2030)) {
					p.problem("implausible year " + year);
				}
			}
			if (start.isInt() && end.isInt() && end.intValue() < start.intValue()) {
				p.problem("endYear " + end + " before startYear " + start);
			}
			if (end.isInt() && !start.isInt()) {
				p.problem("endYear without startYear");
			}
			strings(p, p.json(), "links").stream()
				.filter((link) -> !link.matches("https?://\\S+"))
				.forEach((link) -> p.problem("link '" + link + "' is not a web address"));
		});
	}

	@Test
	void coversEveryThemeAndEveryLevelSoThatFacetsHaveValues() {
		Set<String> themes = new HashSet<>();
		Set<String> levels = new HashSet<>();
		practices().forEach((p) -> {
			themes.addAll(strings(p, p.json(), "themes"));
			levels.addAll(strings(p, p.json(), "levels"));
		});
		assertThat(themes).as("themes used by the demo practices")
			.containsAll(this.taxonomies.terms(Taxonomies.THEME).stream().map((t) -> t.code()).toList());
		assertThat(levels).as("levels used by the demo practices")
			.containsAll(this.taxonomies.terms(Taxonomies.LEVEL).stream().map((t) -> t.code()).toList());
	}

	private void assertNoProblems(String what, Consumer<Practice> check) {
		List<Practice> practices = practices();
		practices.forEach(check);
		List<String> problems = practices.stream().flatMap((p) -> p.problems().stream()).toList();
		assertThat(problems).as("%s in %s", what, FILE).isEmpty();
	}

	private void taxonomy(Practice practice, String taxonomy, String code) {
		if (!this.taxonomies.exists(taxonomy, code)) {
			practice.problem("unknown " + taxonomy + " '" + code + "'");
		}
	}

	private void country(Practice practice, String code) {
		if (this.territories.find("iso:" + code).isEmpty()) {
			practice.problem("unknown country '" + code + "'");
		}
	}

	private static void unknownFields(Practice practice, JsonNode node, Set<String> allowed, String prefix) {
		if (!node.isObject()) {
			practice.problem("'" + prefix + "' is not an object");
			return;
		}
		node.propertyNames()
			.stream()
			.filter((name) -> !allowed.contains(name))
			.forEach((name) -> practice.problem("unknown field '" + prefix + name + "'"));
	}

	private static void allowedMarkup(Practice practice, String field, String html) {
		Matcher tags = TAG.matcher(html);
		while (tags.find()) {
			String tag = tags.group(1).toLowerCase();
			if (!ALLOWED_TAGS.contains(tag)) {
				practice.problem(field + " uses tag <" + tag + ">");
			}
			String attributes = tags.group(2).trim();
			boolean link = tag.equals("a") && !tags.group().startsWith("</") && LINK.matcher(attributes).matches();
			if (!attributes.isEmpty() && !link) {
				practice.problem(field + " has attributes not allowed on <" + tag + ">: " + attributes);
			}
		}
	}

	private static List<String> strings(Practice practice, JsonNode json, String field) {
		JsonNode array = json.path(field);
		if (array.isMissingNode()) {
			return List.of();
		}
		if (!array.isArray()) {
			practice.problem(field + " is not an array");
			return List.of();
		}
		List<String> values = new ArrayList<>();
		each(array, (value) -> {
			if (value.isString()) {
				values.add(value.asString());
			}
			else {
				practice.problem(field + " holds " + value + ", not a string");
			}
		});
		return values;
	}

	private static List<JsonNode> organisations(JsonNode json) {
		List<JsonNode> all = new ArrayList<>();
		if (json.has("organisation")) {
			all.add(json.get("organisation"));
		}
		each(json.path("partners"), all::add);
		return all;
	}

	private static void each(JsonNode array, Consumer<JsonNode> action) {
		if (array.isArray()) {
			array.values().forEach(action);
		}
	}

	/**
	 * The lines that parse as JSON objects; the others are reported by the parsing test.
	 */
	private List<Practice> practices() {
		List<Practice> practices = new ArrayList<>();
		for (int i = 0; i < this.lines.size(); i++) {
			try {
				JsonNode json = JSON.readTree(this.lines.get(i));
				if (json != null && json.isObject()) {
					practices.add(new Practice(i + 1, json, new ArrayList<>()));
				}
			}
			catch (JacksonException ex) {
				// reported by everyLineIsOneJsonObject
			}
		}
		return practices;
	}

	private static List<String> readLines() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + FILE, ex);
		}
	}

	private static List<CSVRecord> read(String path) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			return format.parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + path, ex);
		}
	}

	/** One parsed line and the problems found in it, each prefixed with the line. */
	private record Practice(int number, JsonNode json, List<String> problems) {

		void problem(String text) {
			String id = this.json.path("externalId").asString("?");
			this.problems.add("line " + this.number + " (" + id + "): " + text);
		}

	}

}
