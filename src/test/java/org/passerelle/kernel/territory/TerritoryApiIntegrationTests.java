package org.passerelle.kernel.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PasserelleIntegrationTest
class TerritoryApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territories territories;

	@ParameterizedTest(name = "NUTS level {0}: {1} codes")
	@CsvSource({ "0, 27", "1, 119", "2, 271", "3, 1192" })
	void countsEveryNutsCodePerLevel(int level, int count) throws Exception {
		this.mvc.perform(get("/api/v1/territories").param("scheme", "nuts").param("level", String.valueOf(level)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(count));
	}

	@Test
	void returnsIlleEtVilaineWithItsParent() throws Exception {
		this.mvc.perform(get("/api/v1/territories/nuts:FRH03"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("nuts:FRH03"))
			.andExpect(jsonPath("$.scheme").value("nuts"))
			.andExpect(jsonPath("$.code").value("FRH03"))
			.andExpect(jsonPath("$.level").value(3))
			.andExpect(jsonPath("$.parent").value("nuts:FRH0"))
			.andExpect(jsonPath("$.country").value("FR"))
			.andExpect(jsonPath("$.names.und").value("Ille-et-Vilaine"));
		assertThat(this.territories.name("nuts:FRH03", Locale.FRENCH)).isEqualTo("Ille-et-Vilaine");
	}

	@Test
	void listsTheChildrenOfARegion() throws Exception {
		this.mvc.perform(get("/api/v1/territories/nuts:FRH0/children"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem("nuts:FRH03")))
			.andExpect(jsonPath("$.length()").value(4));
	}

	@Test
	void answersAnUnknownTerritoryWithAProblemDetail() throws Exception {
		this.mvc.perform(get("/api/v1/territories/nuts:XX999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void namesEveryCountryInTheFiveLanguages() throws Exception {
		this.mvc.perform(get("/api/v1/territories").param("scheme", "iso"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(249)));
		List<TerritoryView> countries = this.territories.countries(Locale.FRENCH);
		assertThat(countries).hasSizeGreaterThanOrEqualTo(249);
		assertThat(countries).allSatisfy(
				country -> assertThat(country.names()).allSatisfy((language, name) -> assertThat(name).isNotBlank())
					.containsKeys(Analyzers.LANGUAGES.toArray(String[]::new)));
	}

	@Test
	void sortsCountriesByNameInTheReadersLanguage() {
		List<String> names = this.territories.countries(Locale.FRENCH)
			.stream()
			.map(t -> t.name(Locale.FRENCH))
			.toList();
		assertThat(names).containsSubsequence("Afghanistan", "Égypte", "Équateur", "Érythrée", "Espagne", "Zimbabwe");
	}

	@Test
	void usesIsoCodesForNutsCountries() {
		assertThat(this.territories.find("nuts:EL")).hasValueSatisfying(greece -> {
			assertThat(greece.countryCode()).isEqualTo("GR");
			assertThat(greece.name(Locale.FRENCH)).isEqualTo("Grèce");
		});
	}

	@Test
	void suggestsTerritoriesByNameWhateverTheAccents() throws Exception {
		assertThat(this.territories.suggest("ille-et-vil", Locale.FRENCH, 5)).extracting(TerritoryView::id)
			.startsWith("nuts:FRH03");
		assertThat(this.territories.suggest("ILE DE FRANCE", Locale.FRENCH, 5)).extracting(TerritoryView::id)
			.startsWith("nuts:FR1");
		assertThat(this.territories.suggest("senegal", Locale.FRENCH, 5)).extracting(TerritoryView::id)
			.startsWith("iso:SN");
		assertThat(this.territories.suggest("السنغال", Locale.forLanguageTag("ar"), 5)).extracting(TerritoryView::id)
			.startsWith("iso:SN");
		this.mvc.perform(get("/api/v1/territories").param("q", "bretagne").param("scheme", "nuts").param("level", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value("nuts:FRH"));
	}

	@Test
	void filtersByParentAndPages() throws Exception {
		this.mvc.perform(get("/api/v1/territories").param("parent", "nuts:FR").param("size", "5").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(15))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items.length()").value(5));
	}

}
