package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PasserelleIntegrationTest
class ShellLayoutIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pageHasLandmarksASkipLinkAndOneMainHeading() throws Exception {
		String html = page(get("/"));
		assertThat(html).contains("<a class=\"skip-link visually-hidden-focusable\" href=\"#main\">Skip to content</a>")
			.contains("<header class=\"shell-header border-bottom\">")
			.contains("<nav class=\"me-auto\" aria-label=\"Main navigation\">")
			.contains("<main id=\"main\"")
			.contains("<footer class=\"shell-footer");
		assertThat(html.split("<h1[ >]", -1)).hasSize(2);
	}

	@Test
	void navigationLeadsToTheOrganisations() throws Exception {
		assertThat(page(get("/"))).contains("<a class=\"nav-link\" href=\"/organisations\">Organisations</a>");
	}

	@Test
	void visitorsAreOfferedToSignInOrRegister() throws Exception {
		String html = page(get("/"));
		assertThat(html).contains("<a class=\"nav-link\" href=\"/login\">Sign in</a>")
			.contains("<a class=\"nav-link\" href=\"/register\">Register</a>")
			.doesNotContain("href=\"/logout\"")
			.doesNotContain("name=\"_csrf\"");
	}

	@Test
	void signedInUsersSeeTheirNameTheirAccountAndASignOutForm() throws Exception {
		String html = page(get("/").with(user("ana@example.org")));
		assertThat(html).contains("<span class=\"shell-user-name\">ana@example.org</span>")
			.contains("href=\"/account\"")
			.containsPattern(
					"<form action=\"/logout\" method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"/?>")
			.contains("<meta name=\"_csrf\" content=\"")
			.contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">")
			.doesNotContain("href=\"/login\"")
			.doesNotContain("href=\"/admin/users\"")
			.doesNotContain("href=\"/admin/inbound-mail\"")
			.doesNotContain("href=\"/practices/moderation\"");
	}

	@Test
	void moderatorsReachEveryModerationQueueFromTheirMenu() throws Exception {
		String html = page(get("/").with(user("mo@example.org").roles("MODERATOR")));
		assertThat(html).contains(">Moderation</span>")
			.containsSubsequence("href=\"/practices/moderation\"", "href=\"/moderation/dialogues\"",
					"href=\"/admin/inbound-mail\"")
			.doesNotContain("href=\"/admin/users\"");
	}

	@Test
	void administratorsSeeTheAdministrationPages() throws Exception {
		String html = page(get("/").with(user("admin@example.org").roles("ADMIN")));
		assertThat(html).contains("href=\"/admin/users\"")
			.contains("href=\"/admin/mail\"")
			.contains("href=\"/admin/thesaurus\"");
	}

	@Test
	void htmxIsKeptFromInjectingStylesOrEvaluatingCode() throws Exception {
		assertThat(page(get("/"))).contains(
				"<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false,\"allowEval\":false,\"allowScriptTags\":false}'>");
	}

	@Test
	void footerCreditsTheDataAndLinksToTheApiDocumentation() throws Exception {
		String html = page(get("/"));
		assertThat(html).contains("NUTS 2024 © European Union, Eurostat (CC BY 4.0)")
			.contains("EuroVoc")
			.contains("i18n-iso-countries (MIT)")
			.contains("open-sdg/sdg-translations (MIT)")
			.contains("href=\"/about/data\"")
			.contains("href=\"/swagger-ui/index.html\"");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return Html.of(this.mvc.perform(request.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andReturn());
	}

}
