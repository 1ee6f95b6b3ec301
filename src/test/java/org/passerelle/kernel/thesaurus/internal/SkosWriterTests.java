package org.passerelle.kernel.thesaurus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.PasserelleProperties;
import org.passerelle.kernel.thesaurus.ConceptLink;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.passerelle.kernel.thesaurus.SkosFormat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SkosWriterTests {

	private final SkosWriter writer = new SkosWriter(
			new PasserelleProperties(Path.of("data"), "https://passerelle.example/", null, false));

	private final List<ConceptView> concepts = List.of(
			new ConceptView("eurovoc-1302", "eurovoc", Map.of("en", "immigration", "fr", "immigration"), Map.of(),
					List.of(), List.of("pas-tricky"), List.of(), List.of(), Instant.parse("2026-01-01T00:00:00Z"), 0),
			new ConceptView("pas-tricky", "passerelle",
					Map.of("fr", "Le \"vrai\" C:\\chemin\nsur deux lignes\tet\u0001", "ar", "الهجرة"),
					Map.of("fr", List.of("l'autre")), List.of("eurovoc-1302"), List.of(), List.of(),
					List.of(new ConceptLink("theme", "housing")), null, 3));

	@Test
	void escapesTurtleLiteralsAndIris() {
		assertThat(SkosWriter.string("a \"b\" \\ c\nd\re\tf\u0001"))
			.isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\re\\tf\\u0001\"");
		assertThat(SkosWriter.iri("https://x.example/a b<c>\"{|}^`\\"))
			.isEqualTo("<https://x.example/a%20b%3Cc%3E%22%7B%7C%7D%5E%60%5C>");
		assertThat(SkosWriter.literal("fr", "x")).isEqualTo("\"x\"@fr");
		assertThat(SkosWriter.literal("not a tag", "x")).isEqualTo("\"x\"");
	}

	@Test
	void writesTurtleWithEveryConceptAndItsLinks() {
		String turtle = write(SkosFormat.TURTLE);

		assertThat(turtle)
			.contains("<https://passerelle.example/api/v1/thesaurus/concepts/pas-tricky> a skos:Concept ;")
			.contains("\"Le \\\"vrai\\\" C:\\\\chemin\\nsur deux lignes\\tet\\u0001\"@fr")
			.contains("\"الهجرة\"@ar")
			.contains("skos:altLabel \"l'autre\"@fr")
			.contains("skos:broader <https://passerelle.example/api/v1/thesaurus/concepts/eurovoc-1302>")
			.contains("skos:exactMatch <https://passerelle.example/api/v1/taxonomies/theme#housing>")
			.contains("skos:exactMatch <http://eurovoc.europa.eu/1302>")
			.contains("dct:modified \"2026-01-01T00:00:00Z\"^^xsd:dateTime")
			.contains("skos:hasTopConcept <https://passerelle.example/api/v1/thesaurus/concepts/eurovoc-1302> .");
		// every statement is closed: as many " ." line ends as subjects (scheme +
		// concepts)
		assertThat(turtle.lines().filter(l -> l.endsWith(" .") && !l.startsWith("@prefix")).count()).isEqualTo(3);
	}

	@Test
	void writesJsonLdThatParses() {
		JsonNode root = JsonMapper.builder().build().readTree(write(SkosFormat.JSONLD));

		assertThat(root.path("@context").path("skos").asString()).isEqualTo("http://www.w3.org/2004/02/skos/core#");
		JsonNode tricky = root.path("@graph").get(2);
		assertThat(tricky.path("dct:identifier").asString()).isEqualTo("pas-tricky");
		assertThat(tricky.path("skos:prefLabel").findValuesAsString("@value"))
			.contains("Le \"vrai\" C:\\chemin\nsur deux lignes\tet\u0001");
	}

	private String write(SkosFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.writer.write(this.concepts, format, out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
