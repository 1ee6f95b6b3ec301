package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PasserelleIntegrationTest
class UserAdministrationIntegrationTests {

	static final String PASSWORD = "administering is caring";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	long create(String email, Role... roles) {
		return this.accounts.createConfirmedUser(email, "Person " + email.substring(0, 6), PASSWORD, Locale.ENGLISH,
				Set.of(roles));
	}

	Visitor loggedIn(String email, String ip) throws Exception {
		Visitor visitor = new Visitor(this.mvc).from(ip);
		visitor.logIn(email, PASSWORD).andExpect(redirectedUrl("/"));
		return visitor;
	}

	@Test
	void administratorFindsUsersAndGrantsTheModeratorRole() throws Exception {
		String admin = RegistrationIntegrationTests.uniqueAddress("chief");
		create(admin, Role.MEMBER, Role.ADMINISTRATOR);
		String email = RegistrationIntegrationTests.uniqueAddress("future-moderator");
		long id = create(email, Role.MEMBER);
		Visitor visitor = loggedIn(admin, "10.4.0.1");

		visitor.perform(get("/admin/users").param("q", email.substring(0, 20)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)));
		visitor.perform(
				post("/admin/users/" + id + "/roles").param("role", "MODERATOR").param("granted", "true").with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.accounts.find(id).orElseThrow().roles()).contains(Role.MODERATOR);
	}

	@Test
	void searchAnswersHtmxWithTheResultsOnly() throws Exception {
		String admin = RegistrationIntegrationTests.uniqueAddress("htmx-chief");
		create(admin, Role.MEMBER, Role.ADMINISTRATOR);
		Visitor visitor = loggedIn(admin, "10.4.0.2");

		visitor.perform(get("/admin/users").param("q", "htmx-chief").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(admin)))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void disabledUserCannotLogIn() throws Exception {
		String admin = RegistrationIntegrationTests.uniqueAddress("warden");
		create(admin, Role.MEMBER, Role.ADMINISTRATOR);
		String email = RegistrationIntegrationTests.uniqueAddress("banned");
		long id = create(email, Role.MEMBER);
		Visitor banned = loggedIn(email, "10.4.0.3");
		Visitor visitor = loggedIn(admin, "10.4.0.4");

		visitor.perform(post("/admin/users/" + id + "/enabled").param("enabled", "false").with(csrf()))
			.andExpect(status().is3xxRedirection());

		banned.perform(get("/account")).andExpect(redirectedUrl("/login"));
		new Visitor(this.mvc).from("10.4.0.5").logIn(email, PASSWORD).andExpect(redirectedUrl("/login?error=disabled"));
	}

	@Test
	void administratorCannotDemoteThemself() throws Exception {
		String admin = RegistrationIntegrationTests.uniqueAddress("self");
		long id = create(admin, Role.MEMBER, Role.ADMINISTRATOR);
		Visitor visitor = loggedIn(admin, "10.4.0.6");

		visitor
			.perform(post("/admin/users/" + id + "/roles").param("role", "ADMINISTRATOR")
				.param("granted", "false")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.accounts.find(id).orElseThrow().isAdministrator()).isTrue();
	}

	@Test
	void membersMayNotOpenTheAdministrationPages() throws Exception {
		String email = RegistrationIntegrationTests.uniqueAddress("curious");
		create(email, Role.MEMBER);
		Visitor visitor = loggedIn(email, "10.4.0.7");

		visitor.perform(get("/admin/users")).andExpect(status().isForbidden());
		visitor.perform(get("/admin/mail")).andExpect(status().isForbidden());
	}

	@Test
	void administratorReadsTheMailTheEmbeddedPlatformWrote() throws Exception {
		String admin = RegistrationIntegrationTests.uniqueAddress("postmaster");
		create(admin, Role.MEMBER, Role.ADMINISTRATOR);
		String newcomer = RegistrationIntegrationTests.uniqueAddress("newcomer");
		this.mvc.perform(RegistrationIntegrationTests.registration(newcomer, "letters in the folder", "en"));
		Visitor visitor = loggedIn(admin, "10.4.0.8");

		String list = visitor.perform(get("/admin/mail"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(newcomer)))
			.andExpect(content().string(containsString("Confirm your address on Passerelle")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = Pattern.compile("href=\"(/admin/mail/[^\"]+\\.eml)\"").matcher(list);
		assertThat(link.find()).isTrue();

		visitor.perform(get(link.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/register/confirm?token=")));
		visitor.perform(get(link.group(1) + "/raw"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("message/rfc822"));
		visitor.perform(get("/admin/mail/..%2F..%2Fdb%2Fpasserelle.mv.db")).andExpect(status().isBadRequest());
		visitor.perform(get("/admin/mail/passerelle.log")).andExpect(status().isNotFound());
	}

}
