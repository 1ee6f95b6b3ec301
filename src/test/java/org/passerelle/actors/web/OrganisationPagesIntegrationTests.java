package org.passerelle.actors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.MembershipRole;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.TestUsers;
import org.passerelle.actors.TestUsers.User;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PasserelleIntegrationTest
class OrganisationPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void visitorsSearchTheDirectoryOnAFullPage() throws Exception {
		User editor = users().member("Lena Page");
		long id = create(editor, "Ville de Trégastelune", "local-authority", "local");
		this.mvc.perform(french(get("/organisations").param("q", "tregastelune")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"organisation-search\"")))
			.andExpect(content().string(containsString("href=\"/organisations/" + id + "\"")))
			.andExpect(content().string(containsString("1 organisation")));
	}

	@Test
	void htmxRequestsGetOnlyTheResults() throws Exception {
		User editor = users().member("Hugo Fragment");
		long id = create(editor, "Commune de Pennarhtmx", "local-authority", "local");
		this.mvc.perform(french(get("/organisations").param("q", "pennarhtmx").header("HX-Request", "true")))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(containsString("Résultats de la recherche")))
			.andExpect(content().string(containsString("href=\"/organisations/" + id + "\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("organisation-search"))));
	}

	@Test
	void pagesThroughLongResultListsWithHtmxLinks() throws Exception {
		User editor = users().member("Pia Pages");
		for (int i = 0; i < 21; i++) {
			create(editor, "Commune de Paginor " + (char) ('A' + i), "local-authority", "local");
		}
		this.mvc.perform(french(get("/organisations").param("q", "paginor").header("HX-Request", "true")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("21 organisations")))
			.andExpect(content().string(containsString("hx-target=\"#organisation-results\"")))
			.andExpect(content().string(containsString("page=1")));
		this.mvc.perform(french(get("/organisations").param("q", "paginor").param("page", "1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Commune de Paginor U")))
			.andExpect(content().string(not(containsString("Commune de Paginor A<"))));
	}

	@Test
	void saysSoWhenNothingMatches() throws Exception {
		this.mvc.perform(french(get("/organisations").param("q", "introuvablissime")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aucune organisation ne correspond à cette recherche.")));
	}

	@Test
	void aMemberWhoAddsAnOrganisationBecomesItsEditor() throws Exception {
		User member = users().member("Nadia Create");
		long id = create(member, "Métropole de Kervignac", "local-authority", "local");
		assertThat(this.accounts.find(member.id()).orElseThrow().editorOf()).contains(id);
		this.mvc.perform(french(get("/organisations/{id}", id)).with(member.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Métropole de Kervignac")))
			.andExpect(content().string(containsString("/organisations/" + id + "/edit")))
			.andExpect(content().string(containsString("Nadia Create")));
	}

	@Test
	void visitorsSeeTheOrganisationAndItsMembersButNoEditLink() throws Exception {
		User member = users().member("Paul Visible");
		long id = create(member, "Région de Brocéliande-Test", "regional-authority", "regional");
		this.mvc.perform(french(get("/organisations/{id}", id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Collectivité régionale")))
			.andExpect(content().string(containsString("Ille-et-Vilaine")))
			.andExpect(content().string(containsString("Paul Visible")))
			.andExpect(content().string(not(containsString("/organisations/" + id + "/edit"))));
	}

	@Test
	void theFormShowsMessagesNextToTheFieldsToCorrect() throws Exception {
		User member = users().member("Iris Invalid");
		this.mvc
			.perform(french(post("/organisations/new")).with(member.signedIn())
				.with(csrf())
				.param("name", " ")
				.param("type", "local-authority")
				.param("level", "imaginary")
				.param("website", "javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Indiquez le nom de l’organisation.")))
			.andExpect(content().string(containsString("Ce code ne fait pas partie de la liste proposée.")))
			.andExpect(content().string(containsString("Indiquez une adresse web complète")))
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void anotherMemberMayNotEditTheOrganisation() throws Exception {
		User editor = users().member("Owner Orga");
		User other = users().member("Other Orga");
		long id = create(editor, "Ville de Ploumanac’h-Test", "local-authority", "local");
		this.mvc.perform(get("/organisations/{id}/edit", id).with(other.signedIn())).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/organisations/{id}/edit", id).with(other.signedIn())
				.with(csrf())
				.param("name", "Taken over")
				.param("type", "local-authority")
				.param("level", "local"))
			.andExpect(status().isForbidden());
		assertThat(this.directory.get(id).name()).isEqualTo("Ville de Ploumanac’h-Test");
	}

	@Test
	void anAdministratorMayEditAnyOrganisation() throws Exception {
		User editor = users().member("Owner Admin");
		User admin = users().administrator("Ada Admin");
		long id = create(editor, "Ville de Locquirecadmin", "local-authority", "local");
		this.mvc.perform(get("/organisations/{id}/edit", id).with(admin.signedIn())).andExpect(status().isOk());
		this.mvc
			.perform(post("/organisations/{id}/edit", id).with(admin.signedIn())
				.with(csrf())
				.param("name", "Ville de Locquirec")
				.param("type", "local-authority")
				.param("level", "local")
				.param("version", String.valueOf(this.directory.get(id).version())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.directory.get(id).name()).isEqualTo("Ville de Locquirec");
	}

	@Test
	void warnsAnEditorWhoseVersionIsStale() throws Exception {
		User editor = users().member("Stale Editor");
		long id = create(editor, "Ville de Perros-Versions", "local-authority", "local");
		long read = this.directory.get(id).version();
		edit(editor, id, "Ville de Perros-Versions 2", read).andExpect(status().is3xxRedirection());
		edit(editor, id, "Ville de Perros-Versions 3", read).andExpect(status().isOk())
			.andExpect(content().string(containsString("Quelqu’un d’autre a modifié cette organisation")));
		assertThat(this.directory.get(id).name()).isEqualTo("Ville de Perros-Versions 2");
	}

	@Test
	void anUnknownOrganisationIsA404Page() throws Exception {
		// the servlet container then renders the shell's 404 page
		this.mvc.perform(french(get("/organisations/{id}", 987654321L))).andExpect(status().isNotFound());
		this.mvc
			.perform(
					french(get("/organisations/{id}/edit", 987654321L)).with(users().member("Nina Nowhere").signedIn()))
			.andExpect(status().isNotFound());
		this.mvc.perform(french(get("/organisations/not-a-number"))).andExpect(status().isNotFound());
	}

	@Test
	void visitorsMustSignInToAddAnOrganisation() throws Exception {
		int status = this.mvc.perform(get("/organisations/new")).andReturn().getResponse().getStatus();
		assertThat(status).isIn(302, 401);
	}

	@Test
	void editorsAddChangeAndRemoveMembers() throws Exception {
		User editor = users().member("Eva Editor");
		User colleague = users().member("Colin Colleague");
		long id = create(editor, "Commune de Saint-Membres", "local-authority", "local");

		this.mvc
			.perform(french(post("/organisations/{id}/members", id)).with(editor.signedIn())
				.with(csrf())
				.param("email", colleague.email().toUpperCase())
				.param("role", "MEMBER"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.accounts.membersOf(id)).extracting(m -> m.displayName() + ":" + m.role())
			.containsExactly("Eva Editor:EDITOR", "Colin Colleague:MEMBER");

		this.mvc
			.perform(post("/organisations/{id}/members/{user}/role", id, colleague.id()).with(editor.signedIn())
				.with(csrf())
				.param("role", "EDITOR"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.accounts.find(colleague.id()).orElseThrow().editorOf()).contains(id);

		this.mvc
			.perform(post("/organisations/{id}/members/{user}/remove", id, colleague.id()).with(editor.signedIn())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.accounts.membersOf(id)).extracting(m -> m.userId()).containsExactly(editor.id());
	}

	@Test
	void addingAnUnknownAddressSaysNoAccountHasIt() throws Exception {
		User editor = users().member("Ugo Unknown");
		long id = create(editor, "Commune de Sans-Compte", "local-authority", "local");
		this.mvc
			.perform(french(post("/organisations/{id}/members", id)).with(editor.signedIn())
				.with(csrf())
				.param("email", "nobody-here@example.org")
				.param("role", "MEMBER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aucun compte n’utilise cette adresse.")));
	}

	@Test
	void theLastEditorCannotLeave() throws Exception {
		User editor = users().member("Solo Editor");
		long id = create(editor, "Commune de Seul-Éditeur", "local-authority", "local");
		this.mvc
			.perform(post("/organisations/{id}/members/{user}/remove", id, editor.id()).with(editor.signedIn())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.accounts.membersOf(id)).extracting(m -> m.role()).containsExactly(MembershipRole.EDITOR);
	}

	@Test
	void onlyEditorsManageMembers() throws Exception {
		User editor = users().member("Mia Manager");
		User other = users().member("Oscar Outsider");
		long id = create(editor, "Commune de Membres-Gardés", "local-authority", "local");
		this.mvc.perform(get("/organisations/{id}/members", id).with(other.signedIn()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/organisations/{id}/members", id).with(editor.signedIn())).andExpect(status().isOk());
	}

	private long create(User user, String name, String type, String level) throws Exception {
		String location = this.mvc
			.perform(post("/organisations/new").with(user.signedIn())
				.with(csrf())
				.param("name", name)
				.param("type", type)
				.param("level", level)
				.param("country", "FR")
				.param("territoryId", "nuts:FRH03")
				.param("description", "Une organisation de test.")
				.param("descriptionLanguage", "fr")
				.param("website", "https://www.example.org"))
			.andExpect(redirectedUrlPattern("/organisations/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private org.springframework.test.web.servlet.ResultActions edit(User user, long id, String name, long version)
			throws Exception {
		return this.mvc.perform(french(post("/organisations/{id}/edit", id)).with(user.signedIn())
			.with(csrf())
			.param("name", name)
			.param("type", "local-authority")
			.param("level", "local")
			.param("version", String.valueOf(version)));
	}

	private TestUsers users() {
		return new TestUsers(this.accounts);
	}

	private static MockHttpServletRequestBuilder french(MockHttpServletRequestBuilder request) {
		return request.header("Accept-Language", "fr");
	}

}
