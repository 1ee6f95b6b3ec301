package org.passerelle.kernel.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PasserelleIntegrationTest
class ThesaurusApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Thesaurus thesaurus;

	@Test
	void expandsAFrenchQueryIntoTheOtherLanguagesAndTheThemeCode() throws Exception {
		this.mvc.perform(get("/api/v1/thesaurus/expand").param("q", "hébergement d'urgence").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("fr"))
			.andExpect(jsonPath("$.matches[0].matchedText").value("hébergement d'urgence"))
			.andExpect(jsonPath("$.labels.en").value(hasItem("emergency shelter")))
			.andExpect(jsonPath("$.labels.es").value(hasItem("alojamiento de emergencia")))
			.andExpect(jsonPath("$.labels.pt").value(hasItem("alojamento de emergência")))
			.andExpect(jsonPath("$.labels.ar").value(hasItem("الإيواء الطارئ")))
			.andExpect(jsonPath("$.codes.theme").value(hasItem("emergency-shelter")));
	}

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource({ "hébergement d'urgence, fr", "emergency shelter, en", "alojamiento de emergencia, es",
			"alojamento de emergência, pt", "الإيواء الطارئ, ar" })
	void expandsTheSameConceptFromEachOfTheFiveLanguages(String query, String language) throws Exception {
		this.mvc.perform(get("/api/v1/thesaurus/expand").param("q", query).param("lang", language))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value(language))
			.andExpect(jsonPath("$.labels.fr").value(hasItem("hébergement d'urgence")))
			.andExpect(jsonPath("$.labels.en").value(hasItem("emergency shelter")))
			.andExpect(jsonPath("$.labels.es").value(hasItem("alojamiento de emergencia")))
			.andExpect(jsonPath("$.labels.pt").value(hasItem("alojamento de emergência")))
			.andExpect(jsonPath("$.labels.ar").value(hasItem("الإيواء الطارئ")))
			.andExpect(jsonPath("$.codes.theme").value(hasItem("emergency-shelter")));
	}

	@Test
	void expandsAPluralForm() throws Exception {
		this.mvc.perform(get("/api/v1/thesaurus/expand").param("q", "emergency shelters").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.codes.theme").value(hasItem("emergency-shelter")));
	}

	@Test
	void expandsAQueryNamingTwoConcepts() throws Exception {
		this.mvc
			.perform(get("/api/v1/thesaurus/expand").param("q", "Hébergement d’urgence pour les réfugiés")
				.param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.matches[*].matchedText").value(hasItems("Hébergement d’urgence", "réfugiés")))
			.andExpect(jsonPath("$.codes.theme").value(hasItem("emergency-shelter")))
			.andExpect(jsonPath("$.codes.target-group").value(hasItem("refugees")))
			.andExpect(jsonPath("$.labels.en").value(hasItems("emergency shelter", "refugees")));
	}

	@Test
	void readsAQueryWithoutLanguageInTheLanguageThatMatches() throws Exception {
		this.mvc.perform(get("/api/v1/thesaurus/expand").param("q", "menores no acompañados"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("es"))
			.andExpect(jsonPath("$.labels.fr").value(hasItems("enfant non accompagné", "mineurs non accompagnés")));
	}

	@Test
	void answersAQueryWithoutConceptWithAnEmptyExpansion() throws Exception {
		this.mvc.perform(get("/api/v1/thesaurus/expand").param("q", "zxq wvk").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.matches.length()").value(0))
			.andExpect(jsonPath("$.codes").isEmpty());
	}

	@Test
	void hasEnoughConceptsEachLabelledInTheFiveLanguages() {
		List<ConceptView> concepts = this.thesaurus.concepts();
		assertThat(concepts).hasSizeGreaterThanOrEqualTo(150);
		assertThat(concepts)
			.allSatisfy(c -> assertThat(c.prefLabels()).containsKeys(Analyzers.LANGUAGES.toArray(String[]::new))
				.allSatisfy((language, label) -> assertThat(label).isNotBlank()));
	}

	@Test
	void linksEveryThemeAndTargetGroupToAConcept() {
		assertThat(this.thesaurus.linkedTo("theme", "emergency-shelter")).isNotEmpty();
		assertThat(this.thesaurus.linkedTo("target-group", "refugees")).isNotEmpty();
	}

	@Test
	void servesConceptsPagedAndOneByOne() throws Exception {
		this.mvc.perform(get("/api/v1/thesaurus/concepts").param("q", "urgence").param("size", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].links[*].code").value(hasItem("emergency-shelter")));
		String id = this.thesaurus.linkedTo("theme", "emergency-shelter").get(0).id();
		this.mvc.perform(get("/api/v1/thesaurus/concepts/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.prefLabels.fr").value("hébergement d'urgence"));
		this.mvc.perform(get("/api/v1/thesaurus/concepts/{id}", "no-such-concept"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void exportsEveryConceptAsSkosJsonLdWithLabelsInTheFiveLanguages() throws Exception {
		byte[] body = this.mvc.perform(get("/api/v1/thesaurus/skos"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		JsonNode graph = JsonMapper.builder().build().readTree(body).path("@graph");
		Map<String, JsonNode> byIdentifier = new HashMap<>();
		StreamSupport.stream(graph.spliterator(), false)
			.filter(node -> node.path("@type").asString("").equals("skos:Concept"))
			.forEach(node -> byIdentifier.put(node.path("dct:identifier").asString(), node));
		assertThat(byIdentifier).hasSize(this.thesaurus.size());
		for (ConceptView concept : this.thesaurus.concepts()) {
			JsonNode node = byIdentifier.get(concept.id());
			assertThat(node).as(concept.id()).isNotNull();
			List<String> languages = StreamSupport.stream(node.path("skos:prefLabel").spliterator(), false)
				.map(l -> l.path("@language").asString())
				.toList();
			assertThat(languages).as(concept.id()).containsAll(Analyzers.LANGUAGES);
		}
	}

	@Test
	void exportsTurtleOnRequest() throws Exception {
		String turtle = this.mvc.perform(get("/api/v1/thesaurus/skos").param("format", "turtle"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/turtle"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(turtle).startsWith("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .")
			.contains("skos:prefLabel \"")
			.contains("\"hébergement d'urgence\"@fr");
		assertThat(turtle.split("a skos:Concept ;", -1)).hasSize(this.thesaurus.size() + 1);
	}

}
