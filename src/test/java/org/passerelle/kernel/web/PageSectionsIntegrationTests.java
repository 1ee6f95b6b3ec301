package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.TestUsers;
import org.passerelle.test.ContributingModule;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A section that another module adds to the organisation page (see
 * {@link ContributingModule}) appears there with its heading, loaded by htmx.
 */
@PasserelleIntegrationTest
@Import(ContributingModule.class)
class PageSectionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void theOrganisationPageShowsTheSectionsOtherModulesAdd() throws Exception {
		long id = createOrganisation("Commune de Sectionnac");
		String url = ContributingModule.sectionUrl(id);
		String html = Html.of(this.mvc.perform(get("/organisations/{id}", id).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(html)
			.contains("<section class=\"page-section mt-4\" aria-labelledby=\"section-organisation-0\">"
					+ " <h2 class=\"h4\" id=\"section-organisation-0\">Publics cibles</h2>")
			.contains("<div hx-get=\"" + url + "\" hx-trigger=\"load\" hx-swap=\"innerHTML\">")
			.contains("<p class=\"text-body-secondary\">Chargement…</p>")
			.contains("<noscript><p><a href=\"" + url + "\">Afficher cette rubrique</a></p></noscript>");
		// after the organisation's own content
		assertThat(html.indexOf("section-organisation-0")).isGreaterThan(html.indexOf("Commune de Sectionnac</h1>"));
	}

	@Test
	void sectionsGoOnlyOnThePageTheyAreFor() throws Exception {
		String html = Html.of(this.mvc.perform(get("/organisations")).andExpect(status().isOk()).andReturn());
		assertThat(html).doesNotContain("page-section").doesNotContain("/test-module/");
	}

	private long createOrganisation(String name) throws Exception {
		TestUsers.User user = new TestUsers(this.accounts).member("Sacha Section");
		String location = this.mvc
			.perform(post("/organisations/new").with(user.signedIn())
				.with(csrf())
				.param("name", name)
				.param("type", "local-authority")
				.param("level", "local")
				.param("country", "FR")
				.param("descriptionLanguage", "fr"))
			.andExpect(redirectedUrlPattern("/organisations/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
