package org.passerelle.actors.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.TestUsers;
import org.passerelle.actors.TestUsers.User;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@PasserelleIntegrationTest
class OrganisationApiIntegrationTests {

	private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void searchGivesTotalItemsAndFacets() throws Exception {
		User editor = new TestUsers(this.accounts).member("Api Searcher");
		long id = create(editor, json("Réseau Apitomar des villes", "lra-network", "international", "\"BE\""));
		this.mvc.perform(get("/api/v1/organisations").param("q", "apitomar"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].name").value("Réseau Apitomar des villes"))
			.andExpect(jsonPath("$.items[0].type").value("lra-network"))
			.andExpect(jsonPath("$.facets.type.lra-network").value(1))
			.andExpect(jsonPath("$.facets.level.international").value(1))
			.andExpect(jsonPath("$.facets.country.BE").value(1));
		this.mvc.perform(get("/api/v1/organisations").param("q", "apitomar").param("type", "local-authority"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void readsOneOrganisation() throws Exception {
		User editor = new TestUsers(this.accounts).member("Api Reader");
		long id = create(editor, json("Ville d’Apilieu", "local-authority", "local", "\"FR\""));
		this.mvc.perform(get("/api/v1/organisations/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Ville d’Apilieu"))
			.andExpect(jsonPath("$.country").value("FR"))
			.andExpect(jsonPath("$.version").isNumber());
	}

	@Test
	void anUnknownOrganisationIsA404ProblemDocument() throws Exception {
		this.mvc.perform(get("/api/v1/organisations/{id}", 987654321L).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Organisation not found"))
			.andExpect(jsonPath("$.detail").value("No organisation has the id 987654321."));
		this.mvc.perform(get("/api/v1/organisations/{id}", "rennes"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
	}

	@Test
	void invalidFieldsAreListedInTheProblemDocument() throws Exception {
		User member = new TestUsers(this.accounts).member("Api Invalid");
		this.mvc
			.perform(post("/api/v1/organisations").with(member.signedIn())
				.with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Bad data", "type": "town-hall", "level": "local", "website": "javascript:alert(1)"}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("type", "website")))
			.andExpect(jsonPath("$.errors[?(@.field == 'website')].message")
				.value("Give a full web address starting with http:// or https://."));
	}

	@Test
	void theCreatorMayChangeTheOrganisationAndOthersMayNot() throws Exception {
		TestUsers users = new TestUsers(this.accounts);
		User editor = users.member("Api Editor");
		User other = users.member("Api Other");
		long id = create(editor, json("Commune d’Apiville", "local-authority", "local", "null"));
		assertThat(this.accounts.find(editor.id()).orElseThrow().editorOf()).contains(id);

		this.mvc
			.perform(put("/api/v1/organisations/{id}", id).with(other.signedIn())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("Taken over", "local-authority", "local", "null")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(403));

		this.mvc
			.perform(put("/api/v1/organisations/{id}", id).with(editor.signedIn())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("Commune d’Apiville-sur-Mer", "local-authority", "local", "\"FR\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Commune d’Apiville-sur-Mer"));
		assertThat(this.directory.get(id).name()).isEqualTo("Commune d’Apiville-sur-Mer");
	}

	@Test
	void aStaleVersionIsAConflict() throws Exception {
		User editor = new TestUsers(this.accounts).member("Api Stale");
		long id = create(editor, json("Commune d’Apiversion", "local-authority", "local", "null"));
		String stale = """
				{"name": "Second", "type": "local-authority", "level": "local", "version": -1}
				""";
		this.mvc
			.perform(put("/api/v1/organisations/{id}", id).with(editor.signedIn())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(stale))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
	}

	@Test
	void visitorsMayNotCreate() throws Exception {
		int status = this.mvc
			.perform(post("/api/v1/organisations").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("Anonymous", "local-authority", "local", "null")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isIn(302, 401, 403);
	}

	@Test
	void suggestsOrganisationsForPickers() throws Exception {
		User editor = new TestUsers(this.accounts).member("Api Picker");
		long id = create(editor, json("Agence Apisuggestive", "national-authority", "national", "\"FR\""));
		this.mvc.perform(get("/api/v1/organisations/suggest").param("q", "apisugg"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id));
	}

	private long create(User user, String body) throws Exception {
		String location = this.mvc
			.perform(post("/api/v1/organisations").with(user.signedIn())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/organisations/")))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static String json(String name, String type, String level, String country) {
		return """
				{"name": "%s", "type": "%s", "level": "%s", "country": %s,
				 "description": "Organisation de test.", "descriptionLanguage": "fr"}
				""".formatted(name, type, level, country);
	}

}
