package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@PasserelleIntegrationTest
@RecordApplicationEvents
class MyAccountIntegrationTests {

	static final String PASSWORD = "my data belongs to me";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationEvents events;

	long member(String email) {
		return this.accounts.createConfirmedUser(email, "Data Owner", PASSWORD, Locale.ENGLISH, Set.of(Role.MEMBER));
	}

	Visitor loggedIn(String email) throws Exception {
		Visitor visitor = new Visitor(this.mvc).from("10.2.0.1");
		visitor.logIn(email, PASSWORD).andExpect(redirectedUrl("/"));
		return visitor;
	}

	@Test
	void dataExportContainsTheAddressRolesMembershipsAndTokens() throws Exception {
		String email = RegistrationIntegrationTests.uniqueAddress("export");
		long id = member(email);
		this.accounts.setMembership(id, 4242L, MembershipRole.EDITOR);
		Visitor visitor = loggedIn(email);
		visitor.perform(post("/account/tokens").param("name", "Exported token").with(csrf()));

		visitor.perform(get("/account/export"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andExpect(jsonPath("$.profile.email").value(email))
			.andExpect(jsonPath("$.roles[0]").value("MEMBER"))
			.andExpect(jsonPath("$.memberships[0].organisationId").value(4242))
			.andExpect(jsonPath("$.memberships[0].role").value("EDITOR"))
			.andExpect(jsonPath("$.accessTokens[0].name").value("Exported token"))
			.andExpect(jsonPath("$.accessTokens[0].hint").exists())
			.andExpect(jsonPath("$..passwordHash").isEmpty());
	}

	@Test
	void deletedUserIsGoneWithMembershipsAndCanNoLongerLogIn() throws Exception {
		String email = RegistrationIntegrationTests.uniqueAddress("leaver");
		long id = member(email);
		this.accounts.setMembership(id, 77L, MembershipRole.MEMBER);
		Visitor visitor = loggedIn(email);

		visitor.perform(post("/account/delete").param("confirmation", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?deleted"));

		assertThat(this.accounts.find(id)).isEmpty();
		assertThat(this.accounts.membersOf(77L)).noneMatch(m -> m.userId() == id);
		assertThat(this.events.stream(AccountDeleted.class)).containsExactly(new AccountDeleted(id));
		visitor.perform(get("/account")).andExpect(redirectedUrl("/login"));
		new Visitor(this.mvc).from("10.2.0.2").logIn(email, PASSWORD).andExpect(redirectedUrl("/login?error=bad"));
	}

	@Test
	void deletionNeedsThePassword() throws Exception {
		String email = RegistrationIntegrationTests.uniqueAddress("keeper");
		long id = member(email);
		Visitor visitor = loggedIn(email);

		visitor.perform(post("/account/delete").param("confirmation", "not my password").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmation", "accounts.delete.wrongConfirmation"));

		assertThat(this.accounts.find(id)).isPresent();
		assertThat(this.events.stream(AccountDeleted.class)).isEmpty();
	}

	@Test
	void userChangesNameAndLanguage() throws Exception {
		String email = RegistrationIntegrationTests.uniqueAddress("rename");
		long id = member(email);
		Visitor visitor = loggedIn(email);

		visitor.perform(post("/account").param("displayName", "Nouveau Nom").param("language", "pt").with(csrf()))
			.andExpect(redirectedUrl("/account"));

		CurrentUser user = this.accounts.find(id).orElseThrow();
		assertThat(user.displayName()).isEqualTo("Nouveau Nom");
		assertThat(user.locale().getLanguage()).isEqualTo("pt");
	}

	@Test
	void userChangesPasswordWithTheCurrentOne() throws Exception {
		String email = RegistrationIntegrationTests.uniqueAddress("newpass");
		member(email);
		Visitor visitor = loggedIn(email);

		visitor
			.perform(post("/account/password").param("current", "wrong")
				.param("password", "a brand new passphrase")
				.param("confirmation", "a brand new passphrase")
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "current",
					"accounts.account.password.wrongCurrent"));
		visitor
			.perform(post("/account/password").param("current", PASSWORD)
				.param("password", "a brand new passphrase")
				.param("confirmation", "a brand new passphrase")
				.with(csrf()))
			.andExpect(redirectedUrl("/account"));

		new Visitor(this.mvc).from("10.2.0.3").logIn(email, "a brand new passphrase").andExpect(redirectedUrl("/"));
	}

}
