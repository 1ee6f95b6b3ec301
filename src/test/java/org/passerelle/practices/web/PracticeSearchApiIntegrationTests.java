package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.PracticeFixtures;
import org.passerelle.practices.internal.PracticeFacets;
import org.passerelle.practices.internal.PracticeRepository;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/practices}: its exact shape, the language of the words when the
 * client does not give it, and its refusals.
 */
@PasserelleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeSearchApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeRepository practices;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactionManager;

	long french;

	long english;

	@BeforeAll
	void createPractices() {
		PracticeFixtures fixtures = new PracticeFixtures(this.practices, this.organisations,
				new TransactionTemplate(this.transactionManager));
		this.french = fixtures
			.practice("fr", "Accueil des saisonniers à Zennorvik",
					"La commune de Zennorvik accueille les travailleurs saisonniers <avec> des logements.")
			.countries("FR")
			.levels("local")
			.themes("labour-market")
			.gcm(6)
			.targetGroups("labour-migrants")
			.years(2018, null)
			.externalId("zennorvik-fr")
			.publish();
		this.english = fixtures
			.practice("en", "Seasonal workers welcomed in Zennorvik",
					"Zennorvik provides housing and advice to seasonal workers.")
			.countries("NO")
			.levels("local")
			.themes("labour-market", "housing")
			.gcm(6)
			.targetGroups("labour-migrants")
			.years(2020, null)
			.publish();
	}

	@Test
	void answersExactlyTheTotalTheItemsAndTheFacets() throws Exception {
		JsonNode body = json(get("/api/v1/practices").param("q", "Zennorvik").param("lang", "fr"));
		assertThat(body.propertyNames()).containsExactly("total", "items", "facets");
		assertThat(body.get("total").asLong()).isEqualTo(2);
		JsonNode first = body.get("items").get(0);
		assertThat(first.propertyNames()).containsExactly("id", "externalId", "title", "language", "summary", "score",
				"highlights");
		assertThat(first.get("id").asLong()).isEqualTo(this.french);
		assertThat(first.get("externalId").asString()).isEqualTo("zennorvik-fr");
		assertThat(first.get("title").asString()).isEqualTo("Accueil des saisonniers à Zennorvik");
		assertThat(first.get("language").asString()).isEqualTo("fr");
		assertThat(first.get("score").isNumber()).isTrue();
		assertThat(first.get("score").asDouble()).isPositive();
		assertThat(first.get("highlights").isArray()).isTrue();
		List<String> highlights = new ArrayList<>();
		first.get("highlights").forEach(h -> highlights.add(h.asString()));
		assertThat(highlights).anySatisfy(h -> assertThat(h).contains("<mark>Zennorvik</mark>"));
		assertThat(String.join(" ", highlights)).doesNotContain("<avec>");
		assertThat(body.get("items").get(1).get("externalId").isNull()).isTrue();
		JsonNode facets = body.get("facets");
		assertThat(facets.propertyNames()).containsExactlyElementsOf(PracticeFacets.DIMENSIONS);
		assertThat(facets.get("theme").get("labour-market").asLong()).isEqualTo(2);
		assertThat(facets.get("theme").get("housing").asLong()).isEqualTo(1);
		assertThat(facets.get("gcm").get("6").asLong()).isEqualTo(2);
		assertThat(facets.get("country").get("NO").asLong()).isEqualTo(1);
		assertThat(facets.get("startYear").get("2020").asLong()).isEqualTo(1);
	}

	@Test
	void filtersAndPagesLikeTheListPage() throws Exception {
		this.mvc
			.perform(get("/api/v1/practices").param("q", "Zennorvik")
				.param("country", "NO")
				.param("size", "1")
				.param("page", "0"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(this.english))
			.andExpect(jsonPath("$.facets.country.FR").value(1));
	}

	@Test
	void withoutLangTheWordsAreReadInTheCallersLanguage() throws Exception {
		// a name is in no thesaurus: the Accept-Language decides which practices count
		// as written in the language of the words
		assertThat(firstId(get("/api/v1/practices").param("q", "Zennorvik").header("Accept-Language", "en")))
			.isEqualTo(this.english);
		assertThat(firstId(get("/api/v1/practices").param("q", "Zennorvik").header("Accept-Language", "fr")))
			.isEqualTo(this.french);
		// lang, when given, wins
		assertThat(firstId(
				get("/api/v1/practices").param("q", "Zennorvik").param("lang", "en").header("Accept-Language", "fr")))
			.isEqualTo(this.english);
	}

	@Test
	void rejectsATooLargePageWithAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/practices").param("q", "Zennorvik").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("'size'")));
		this.mvc.perform(get("/api/v1/practices").param("gcm", "fifteen").param("page", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value(Matchers.allOf(Matchers.containsString("'gcm'"), Matchers.containsString("'page'"))));
	}

	private long firstId(MockHttpServletRequestBuilder request) throws Exception {
		return json(request).get("items").get(0).get("id").asLong();
	}

	private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
		String body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonMapper.shared().readTree(body);
	}

}
