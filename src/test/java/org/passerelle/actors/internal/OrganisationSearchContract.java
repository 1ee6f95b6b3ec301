package org.passerelle.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationQuery;
import org.passerelle.actors.OrganisationResults;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.test.SearchIndexing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searching the directory, on either set-up: words of names with accents and elisions,
 * acronyms, stemmed descriptions, prefixes for pickers, filters and facets, pages.
 */
abstract class OrganisationSearchContract {

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void findsAnOrganisationByAWordOfItsNameWithAccentsFolded() {
		long id = save("Communauté urbaine de Quimperlé-Zéphyr", null, "local-authority", "local", "FR");
		assertThat(ids(OrganisationQuery.text("quimperle"))).contains(id);
		assertThat(ids(OrganisationQuery.text("ZEPHYR"))).contains(id);
		assertThat(ids(OrganisationQuery.text("Zéphyr urbaine"))).contains(id);
		assertThat(ids(OrganisationQuery.text("Zéphyr Bordeaux"))).doesNotContain(id);
	}

	@Test
	void findsNamesWrittenWithAnElidedArticle() {
		long id = save("Commune d’Ouzerkane", null, "local-authority", "local", "MA");
		assertThat(ids(OrganisationQuery.text("ouzerkane"))).containsExactly(id);
		assertThat(ids(OrganisationQuery.text("commune d'Ouzerkane"))).containsExactly(id);
		assertThat(this.directory.suggest("ouzerk", 5)).extracting(OrganisationSummary::id).containsExactly(id);
	}

	@Test
	void findsAnOrganisationByItsAcronym() {
		long id = save("Réseau des villes de la baie de Xaloc", "RVBXQ", "lra-network", "international", null);
		assertThat(ids(OrganisationQuery.text("rvbxq"))).containsExactly(id);
	}

	@Test
	void findsWordsOfTheDescriptionStemmedInItsLanguage() {
		Organisation french = new Organisation(data("Maison des travailleurs de Vrimont", null, "civil-society",
				"local", "FR", "Elle gère des hébergements vrimontois d’urgence.", "fr"), null);
		long id = save(french);
		assertThat(ids(OrganisationQuery.text("hébergement vrimontois"))).contains(id);
	}

	@Test
	void suggestsOrganisationsFromTheBeginningOfTheirName() {
		long id = save("Agence de Plouzévédoc", "APLZ", "national-authority", "national", "FR");
		assertThat(this.directory.suggest("plouzév", 5)).extracting(OrganisationSummary::id).contains(id);
		assertThat(this.directory.suggest("aplz", 5)).extracting(OrganisationSummary::id).contains(id);
		assertThat(this.directory.suggest("", 5)).isEmpty();
	}

	@Test
	void filtersNarrowTheResultsAndFacetsCountTheAlternatives() {
		long city = save("Borgundar municipality", null, "local-authority", "local", "NO");
		long network = save("Borgundar network of towns", null, "lra-network", "international", "NO");
		long region = save("Borgundar county", null, "regional-authority", "regional", "SE");

		assertThat(ids(OrganisationQuery.text("borgundar"))).containsExactlyInAnyOrder(city, network, region);
		OrganisationResults norwegian = this.directory
			.search(new OrganisationQuery("borgundar", List.of(), List.of(), List.of("NO"), 0, 20));
		assertThat(norwegian.items()).extracting(OrganisationSummary::id).containsExactlyInAnyOrder(city, network);
		assertThat(norwegian.facets().get(OrganisationResults.TYPE))
			.containsExactlyInAnyOrderEntriesOf(Map.of("local-authority", 1L, "lra-network", 1L));
		// the country facet ignores the country filter: it tells what another country
		// would give
		assertThat(norwegian.facets().get(OrganisationResults.COUNTRY))
			.containsExactlyInAnyOrderEntriesOf(Map.of("NO", 2L, "SE", 1L));

		OrganisationResults localNorwegian = this.directory
			.search(new OrganisationQuery("borgundar", List.of("local-authority"), List.of(), List.of("NO"), 0, 20));
		assertThat(localNorwegian.items()).extracting(OrganisationSummary::id).containsExactly(city);
		assertThat(localNorwegian.total()).isEqualTo(1);
	}

	@Test
	void pagesThroughResultsSortedByName() {
		long b = save("Ostrakine B", null, "academia", "national", "GR");
		long a = save("Ostrakine A", null, "academia", "national", "GR");
		long c = save("Ostrakine C", null, "academia", "national", "GR");
		OrganisationQuery secondPage = new OrganisationQuery("ostrakine", List.of("academia"), List.of(), List.of("GR"),
				1, 2);
		OrganisationResults results = this.directory.search(secondPage);
		assertThat(results.total()).isEqualTo(3);
		assertThat(results.pageCount()).isEqualTo(2);
		assertThat(results.items()).extracting(OrganisationSummary::id).containsExactly(c);
		assertThat(this.directory
			.search(new OrganisationQuery("ostrakine", List.of("academia"), List.of(), List.of("GR"), 0, 2))
			.items()).extracting(OrganisationSummary::id).containsExactly(a, b);
	}

	@Test
	void findsManyByIdsInTheOrderAsked() {
		long first = save("Kerlouan-Ouessant A", null, "academia", "local", "FR");
		long second = save("Kerlouan-Ouessant B", null, "academia", "local", "FR");
		assertThat(this.directory.findAll(List.of(second, 987654321L, first))).extracting(OrganisationSummary::id)
			.containsExactly(second, first);
	}

	private List<Long> ids(OrganisationQuery query) {
		return this.directory.search(query).items().stream().map(OrganisationSummary::id).toList();
	}

	private long save(String name, String acronym, String type, String level, String country) {
		return save(new Organisation(data(name, acronym, type, level, country, null, null), null));
	}

	/** Saves and waits until the organisation can be found, on either set-up. */
	private long save(Organisation organisation) {
		long id = this.organisations.save(organisation).getId();
		SearchIndexing.awaitSearchable(this.entityManagerFactory, this.jdbc);
		return id;
	}

	private static OrganisationData data(String name, String acronym, String type, String level, String country,
			String description, String language) {
		return new OrganisationData(name, acronym, type, level, country, null, description, language, null);
	}

}
