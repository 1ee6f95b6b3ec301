package org.passerelle.kernel.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.TestUsers;
import org.passerelle.test.ContributingModule;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PasserelleIntegrationTest
@Import(ContributingModule.class)
class GlobalSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void findsAnOrganisationOnTheSearchPage() throws Exception {
		long id = createOrganisation("Association Zéphyrinelle");
		String html = page(get("/search").param("q", "zephyrinelle"));
		assertThat(html).contains("<html")
			.contains("<h1 class=\"mb-3\">Recherche</h1>")
			.contains("id=\"global-search\"")
			.contains("<h2 class=\"h4 mb-1\" id=\"search-organisations\">Organisations</h2>")
			.contains("Un résultat")
			.contains("<a href=\"/organisations/" + id + "\">Association Zéphyrinelle</a>")
			.contains(
					"<span class=\"badge rounded-pill text-bg-light border ms-1\">Organisation de la société civile</span>")
			.contains("Local · France")
			.contains("href=\"/organisations?q=zephyrinelle\"")
			.contains("Voir le résultat")
			.contains("<title>Recherche : zephyrinelle</title>");
	}

	@Test
	void linksToTheDirectoryListWithTheWordsEncoded() throws Exception {
		createOrganisation("Maison des Quilvinettes");
		assertThat(page(get("/search").param("q", "maison quilvinettes")))
			.contains("href=\"/organisations?q=maison%20quilvinettes\"");
	}

	@Test
	void saysSoWhenNothingMatches() throws Exception {
		String html = page(get("/search").param("q", "introuvablissimo"));
		assertThat(html).contains("Aucun résultat pour « introuvablissimo ».")
			.contains("Vérifiez l&#39;orthographe ou essayez des mots plus généraux.")
			.doesNotContain("id=\"search-organisations\"");
	}

	@Test
	void withoutWordsInvitesToType() throws Exception {
		assertThat(page(get("/search"))).contains("Saisissez un ou plusieurs mots")
			.doesNotContain("Aucun résultat")
			.doesNotContain("id=\"search-organisations\"");
	}

	@Test
	void htmxRequestsGetOnlyTheResults() throws Exception {
		long id = createOrganisation("Collectif Ondulinaire");
		this.mvc.perform(french(get("/search").param("q", "ondulinaire").header("HX-Request", "true")))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", Matchers.containsString("HX-Request")));
		String fragment = page(get("/search").param("q", "ondulinaire").header("HX-Request", "true"));
		assertThat(fragment).startsWith("<section aria-label=\"Résultats de la recherche\">")
			.contains("href=\"/organisations/" + id + "\"")
			.doesNotContain("<html")
			.doesNotContain("global-search");
	}

	@Test
	void aFailingSectionIsShownAsUnavailableAndTheOthersStillAnswer() throws Exception {
		long id = createOrganisation("Réseau Brisemarelle");
		String html = page(get("/search").param("q", "brisemarelle"));
		assertThat(html).contains("href=\"/organisations/" + id + "\"")
			.contains("<h2 class=\"h4 mb-1\" id=\"search-broken\">Thèmes</h2>")
			.contains("Cette rubrique est momentanément indisponible.");
		assertThat(html.indexOf("id=\"search-organisations\"")).isLessThan(html.indexOf("id=\"search-broken\""));
	}

	@Test
	void everyPageOffersTheSearchInItsHeader() throws Exception {
		for (String path : new String[] { "/", "/about/data", "/organisations" }) {
			assertThat(page(get(path))).as(path)
				.contains("<form class=\"shell-header-search my-2 my-lg-0 me-lg-3\" role=\"search\" method=\"get\""
						+ " action=\"/search\">")
				.contains(
						"<label class=\"visually-hidden\" for=\"shell-search-q\">Rechercher sur la plateforme</label>")
				.contains("id=\"shell-search-q\" name=\"q\"");
		}
		assertThat(page(get("/").header("Accept-Language", "ar"))).contains("<html lang=\"ar\" dir=\"rtl\">")
			.contains("for=\"shell-search-q\">البحث في المنصة</label>");
	}

	private long createOrganisation(String name) throws Exception {
		TestUsers.User user = new TestUsers(this.accounts).member("Sam Search");
		String location = this.mvc
			.perform(post("/organisations/new").with(user.signedIn())
				.with(csrf())
				.param("name", name)
				.param("type", "civil-society")
				.param("level", "local")
				.param("country", "FR")
				.param("description", "Une organisation pour tester la recherche.")
				.param("descriptionLanguage", "fr"))
			.andExpect(redirectedUrlPattern("/organisations/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(french(request))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("\\s+", " ")
			.strip();
	}

	private static MockHttpServletRequestBuilder french(MockHttpServletRequestBuilder request) {
		return request.header("Accept-Language", "fr");
	}

}
