package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@PasserelleIntegrationTest
class ShellPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void homeSaysWhatThePlatformOffersAndWhatIsStillComing() throws Exception {
		String html = page("/", "fr");
		assertThat(html).contains("Partager et trouver des pratiques")
			.contains("Dialoguer entre niveaux")
			.contains("Trouver des financements")
			.contains("<a class=\"stretched-link\" href=\"/organisations\">Savoir qui fait quoi</a>");
		assertThat(html.split("shell-coming\">Bientôt<", -1)).hasSize(6);
	}

	@Test
	void homeSearchesTheOrganisations() throws Exception {
		assertThat(page("/", "en")).contains(
				"<form class=\"shell-search col-lg-8 mt-4\" role=\"search\" method=\"get\" action=\"/organisations\">")
			.contains("<label class=\"form-label fw-semibold\" for=\"home-search\">Find an organisation</label>")
			.contains("id=\"home-search\" name=\"q\"");
	}

	@Test
	void aboutTheDataCreditsEveryReferenceDataSet() throws Exception {
		String html = page("/about/data", "en");
		assertThat(html).contains("<h1>About the data</h1>")
			.contains(
					"© European Union, Eurostat, NUTS 2024, CC BY 4.0; tabulation © 2025 Alexander Repnikov, MIT licence.")
			.contains("href=\"https://github.com/arepnikov/eurostat-nuts\"")
			.contains("Country names: i18n-iso-countries © 2016 widdix GmbH, MIT licence, corrected by Passerelle.")
			.contains("swaps the two Congos (CD and CG)")
			.contains("files © 2019 Open SDG, MIT licence.")
			.contains("href=\"https://github.com/open-sdg/sdg-translations\"")
			.contains("EuroVoc © European Union, 2021.")
			.contains("micro-thesaurus 2811")
			.contains("Short titles written for Passerelle after United Nations resolution A/RES/73/195.")
			.contains("Taxonomies and thesaurus additions © Passerelle contributors.");
	}

	@Test
	void aboutTheDataIsWrittenInEveryLanguage() throws Exception {
		assertThat(page("/about/data", "fr")).contains("© Union européenne, Eurostat, NUTS 2024, CC BY 4.0");
		assertThat(page("/about/data", "es")).contains("Acerca de los datos");
		assertThat(page("/about/data", "pt")).contains("Sobre os dados");
		assertThat(page("/about/data", "ar")).contains("حول البيانات");
	}

	private String page(String path, String language) throws Exception {
		return Html.of(this.mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.andExpect(status().isOk())
			.andReturn());
	}

}
