package org.passerelle.kernel.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PasserelleIntegrationTest
class TaxonomyApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Taxonomies taxonomies;

	@Test
	void listsEveryTaxonomyWithItsSize() throws Exception {
		this.mvc.perform(get("/api/v1/taxonomies"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].taxonomy").value("level"))
			.andExpect(jsonPath("$[?(@.taxonomy == 'gcm-objective')].count").value(23))
			.andExpect(jsonPath("$[?(@.taxonomy == 'theme')].count").value(24))
			.andExpect(jsonPath("$[?(@.taxonomy == 'sdg-goal')].count").value(17))
			.andExpect(jsonPath("$[?(@.taxonomy == 'sdg-target')].count").value(169));
	}

	@Test
	void hasTheTwentyThreeGcmObjectivesInOrder() throws Exception {
		this.mvc.perform(get("/api/v1/taxonomies/gcm-objective"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.terms.length()").value(23))
			.andExpect(jsonPath("$.terms[0].code").value("1"))
			.andExpect(jsonPath("$.terms[22].code").value("23"));
		assertThat(this.taxonomies.terms(Taxonomies.GCM_OBJECTIVE))
			.allSatisfy(t -> assertThat(t.labels()).containsKeys("fr", "en", "es"));
	}

	@Test
	void titlesEverySdgTargetInFrenchEnglishSpanishAndArabic() throws Exception {
		List<Term> targets = this.taxonomies.terms(Taxonomies.SDG_TARGET);
		assertThat(targets).hasSize(169);
		assertThat(targets).allSatisfy(t -> assertThat(t.labels()).containsKeys("fr", "en", "es", "ar"));
		this.mvc.perform(get("/api/v1/taxonomies/sdg-target").param("q", "10.7"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.terms[0].code").value("10.7"))
			.andExpect(jsonPath("$.terms[0].parent").value("10"))
			.andExpect(jsonPath("$.terms[0].labels.ar").isNotEmpty());
	}

	@Test
	void labelsACodeInTheReadersLanguage() {
		assertThat(this.taxonomies.label(Taxonomies.THEME, "emergency-shelter", Locale.FRENCH))
			.isEqualTo("Hébergement d'urgence");
		assertThat(this.taxonomies.label(Taxonomies.THEME, "emergency-shelter", Locale.forLanguageTag("es")))
			.isEqualTo("Alojamiento de emergencia");
		assertThat(this.taxonomies.label(Taxonomies.THEME, "no-such-code", Locale.FRENCH)).isEqualTo("no-such-code");
		assertThat(this.taxonomies.exists(Taxonomies.LEVEL, "regional")).isTrue();
	}

	@Test
	void suggestsTermsWhateverTheAccents() throws Exception {
		assertThat(this.taxonomies.suggest(Taxonomies.THEME, "hebergement", Locale.FRENCH, 3)).extracting(Term::code)
			.startsWith("emergency-shelter");
		this.mvc.perform(get("/api/v1/taxonomies/target-group").param("q", "réfug"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.terms[0].code").value("refugees"));
	}

	@Test
	void answersAnUnknownTaxonomyWithNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/taxonomies/colours")).andExpect(status().isNotFound());
	}

}
