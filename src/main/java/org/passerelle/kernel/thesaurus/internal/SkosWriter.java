package org.passerelle.kernel.thesaurus.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.passerelle.kernel.PasserelleProperties;
import org.passerelle.kernel.thesaurus.ConceptLink;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.passerelle.kernel.thesaurus.SkosFormat;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the thesaurus as a SKOS concept scheme, in JSON-LD or Turtle. Concept IRIs are
 * the concepts' API addresses under {@code passerelle.base-url}; a concept stands for its
 * taxonomy codes and its EuroVoc original through {@code skos:exactMatch}.
 */
@Component
public class SkosWriter {

	static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

	static final String DCT = "http://purl.org/dc/terms/";

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

	private static final Pattern EUROVOC_ID = Pattern.compile("eurovoc-(.+)");

	private final String base;

	private final JsonMapper json = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		.build();

	SkosWriter(PasserelleProperties properties) {
		this.base = properties.baseUrl().replaceAll("/+$", "");
	}

	public void write(Collection<ConceptView> concepts, SkosFormat format, OutputStream out) {
		if (format == SkosFormat.TURTLE) {
			writeTurtle(concepts, out);
		}
		else {
			writeJsonLd(concepts, out);
		}
	}

	String schemeIri() {
		return this.base + "/api/v1/thesaurus/skos";
	}

	String conceptIri(String id) {
		return this.base + "/api/v1/thesaurus/concepts/" + id;
	}

	String taxonomyIri(ConceptLink link) {
		return this.base + "/api/v1/taxonomies/" + link.taxonomy() + "#" + link.code();
	}

	/**
	 * The IRIs a concept is the same as: its taxonomy codes and, for EuroVoc, the
	 * original.
	 */
	List<String> exactMatches(ConceptView concept) {
		List<String> matches = new ArrayList<>();
		concept.links().forEach(l -> matches.add(taxonomyIri(l)));
		var eurovoc = EUROVOC_ID.matcher(concept.id());
		if ("eurovoc".equals(concept.source()) && eurovoc.matches()) {
			matches.add("http://eurovoc.europa.eu/" + eurovoc.group(1));
		}
		return matches;
	}

	private void writeJsonLd(Collection<ConceptView> concepts, OutputStream out) {
		try (JsonGenerator g = this.json.createGenerator(out)) {
			g.writeStartObject();
			g.writeName("@context");
			g.writeStartObject();
			g.writeStringProperty("skos", SKOS);
			g.writeStringProperty("dct", DCT);
			g.writeEndObject();
			g.writeName("@graph");
			g.writeStartArray();
			g.writeStartObject();
			g.writeStringProperty("@id", schemeIri());
			g.writeStringProperty("@type", "skos:ConceptScheme");
			g.writeName("dct:title");
			g.writeStartArray();
			literal(g, "en", "Passerelle thesaurus of migration governance");
			literal(g, "fr", "Thésaurus Passerelle de la gouvernance des migrations");
			g.writeEndArray();
			g.writeName("skos:hasTopConcept");
			g.writeStartArray();
			for (ConceptView concept : concepts) {
				if (concept.broader().isEmpty()) {
					reference(g, conceptIri(concept.id()));
				}
			}
			g.writeEndArray();
			g.writeEndObject();
			for (ConceptView concept : concepts) {
				g.writeStartObject();
				g.writeStringProperty("@id", conceptIri(concept.id()));
				g.writeStringProperty("@type", "skos:Concept");
				g.writeStringProperty("dct:identifier", concept.id());
				g.writeStringProperty("dct:source", concept.source());
				g.writeName("skos:inScheme");
				reference(g, schemeIri());
				g.writeName("skos:prefLabel");
				g.writeStartArray();
				concept.prefLabels().forEach((language, label) -> literal(g, language, label));
				g.writeEndArray();
				if (!concept.altLabels().isEmpty()) {
					g.writeName("skos:altLabel");
					g.writeStartArray();
					concept.altLabels().forEach((language, labels) -> labels.forEach(l -> literal(g, language, l)));
					g.writeEndArray();
				}
				references(g, "skos:broader", concept.broader().stream().map(this::conceptIri).toList());
				references(g, "skos:narrower", concept.narrower().stream().map(this::conceptIri).toList());
				references(g, "skos:related", concept.related().stream().map(this::conceptIri).toList());
				references(g, "skos:exactMatch", exactMatches(concept));
				if (concept.updatedAt() != null) {
					g.writeName("dct:modified");
					g.writeStartObject();
					g.writeStringProperty("@value", concept.updatedAt().toString());
					g.writeStringProperty("@type", "http://www.w3.org/2001/XMLSchema#dateTime");
					g.writeEndObject();
				}
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	private static void literal(JsonGenerator g, String language, String value) {
		g.writeStartObject();
		g.writeStringProperty("@value", value);
		g.writeStringProperty("@language", language);
		g.writeEndObject();
	}

	private static void reference(JsonGenerator g, String iri) {
		g.writeStartObject();
		g.writeStringProperty("@id", iri);
		g.writeEndObject();
	}

	private static void references(JsonGenerator g, String property, List<String> iris) {
		if (iris.isEmpty()) {
			return;
		}
		g.writeName(property);
		g.writeStartArray();
		iris.forEach(iri -> reference(g, iri));
		g.writeEndArray();
	}

	private void writeTurtle(Collection<ConceptView> concepts, OutputStream out) {
		try {
			Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			w.write("@prefix skos: <" + SKOS + "> .\n");
			w.write("@prefix dct: <" + DCT + "> .\n");
			w.write("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n");
			w.write(iri(schemeIri()) + " a skos:ConceptScheme ;\n");
			w.write("    dct:title " + literal("en", "Passerelle thesaurus of migration governance") + ", "
					+ literal("fr", "Thésaurus Passerelle de la gouvernance des migrations"));
			List<String> top = concepts.stream()
				.filter(c -> c.broader().isEmpty())
				.map(c -> iri(conceptIri(c.id())))
				.toList();
			if (!top.isEmpty()) {
				w.write(" ;\n    skos:hasTopConcept " + String.join(", ", top));
			}
			w.write(" .\n");
			for (ConceptView concept : concepts) {
				w.write("\n" + iri(conceptIri(concept.id())) + " a skos:Concept ;\n");
				w.write("    skos:inScheme " + iri(schemeIri()) + " ;\n");
				w.write("    dct:identifier " + string(concept.id()) + " ;\n");
				w.write("    dct:source " + string(concept.source()));
				List<String> pref = new ArrayList<>();
				concept.prefLabels().forEach((language, label) -> pref.add(literal(language, label)));
				property(w, "skos:prefLabel", pref);
				List<String> alt = new ArrayList<>();
				concept.altLabels().forEach((language, labels) -> labels.forEach(l -> alt.add(literal(language, l))));
				property(w, "skos:altLabel", alt);
				property(w, "skos:broader", concept.broader().stream().map(id -> iri(conceptIri(id))).toList());
				property(w, "skos:narrower", concept.narrower().stream().map(id -> iri(conceptIri(id))).toList());
				property(w, "skos:related", concept.related().stream().map(id -> iri(conceptIri(id))).toList());
				property(w, "skos:exactMatch", exactMatches(concept).stream().map(SkosWriter::iri).toList());
				if (concept.updatedAt() != null) {
					property(w, "dct:modified", List.of(string(concept.updatedAt().toString()) + "^^xsd:dateTime"));
				}
				w.write(" .\n");
			}
			w.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void property(Writer w, String name, List<String> values) throws IOException {
		if (!values.isEmpty()) {
			w.write(" ;\n    " + name + " " + String.join(", ", values));
		}
	}

	/**
	 * A Turtle language-tagged literal; an invalid tag is dropped rather than written.
	 */
	static String literal(String language, String value) {
		return LANGUAGE_TAG.matcher(language).matches() ? string(value) + "@" + language : string(value);
	}

	/** A Turtle STRING_LITERAL_QUOTE with every character that needs it escaped. */
	static String string(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						out.append(String.format("\\u%04X", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/** A Turtle IRIREF, percent-encoding the characters it may not contain. */
	static String iri(String iri) {
		StringBuilder out = new StringBuilder(iri.length() + 2).append('<');
		iri.codePoints().forEach(c -> {
			if (c <= 0x20 || c == 0x7f || "<>\"{}|^`\\".indexOf(c) >= 0) {
				out.append('%').append(String.format("%02X", c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.append('>').toString();
	}

}
