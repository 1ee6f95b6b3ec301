package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.kernel.mail.MailFolder;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PasserelleIntegrationTest
class PasswordResetIntegrationTests {

	static final String OLD = "the old forgotten phrase";

	static final String NEW = "a fresh memorable phrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	MailFolder folder;

	MailInbox inbox;

	@BeforeEach
	void openInbox() {
		this.inbox = new MailInbox(this.folder);
	}

	String member(String name) {
		String email = RegistrationIntegrationTests.uniqueAddress(name);
		this.accounts.createConfirmedUser(email, name, OLD, Locale.ENGLISH, Set.of(Role.MEMBER));
		return email;
	}

	@Test
	void forgottenPasswordIsReplacedThroughTheMailedLink() throws Exception {
		String email = member("forgetful");
		this.mvc.perform(post("/password/forgot").param("email", email).with(csrf()))
			.andExpect(redirectedUrl("/password/sent"));
		assertThat(this.inbox.latestTo(email).file().subject()).isEqualTo("Choose a new Passerelle password");
		String link = this.inbox.linkTo(email, "/password/reset");
		String token = link.substring(link.indexOf("token=") + 6);

		this.mvc.perform(get(link)).andExpect(status().isOk()).andExpect(view().name("accounts/password-reset"));
		this.mvc
			.perform(post("/password/reset").param("token", token)
				.param("password", NEW)
				.param("confirmation", NEW)
				.with(csrf()))
			.andExpect(redirectedUrl("/login?reset"));

		new Visitor(this.mvc).from("10.3.0.1").logIn(email, NEW).andExpect(redirectedUrl("/"));
		new Visitor(this.mvc).from("10.3.0.2").logIn(email, OLD).andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(get(link)).andExpect(view().name("accounts/password-invalid"));
	}

	@Test
	void unknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String nobody = RegistrationIntegrationTests.uniqueAddress("nobody");
		this.mvc.perform(post("/password/forgot").param("email", nobody).with(csrf()))
			.andExpect(redirectedUrl("/password/sent"));

		assertThat(this.inbox.messagesTo(nobody)).isEmpty();
	}

	@Test
	void newPasswordMustFollowTheRulesAndMatchItsRepetition() throws Exception {
		String email = member("careful");
		this.mvc.perform(post("/password/forgot").param("email", email).with(csrf()));
		String link = this.inbox.linkTo(email, "/password/reset");
		String token = link.substring(link.indexOf("token=") + 6);

		this.mvc
			.perform(post("/password/reset").param("token", token)
				.param("password", "short")
				.param("confirmation", "short")
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "accounts.password.tooShort"));
		this.mvc
			.perform(post("/password/reset").param("token", token)
				.param("password", NEW)
				.param("confirmation", NEW + "!")
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmation", "accounts.password.mismatch"));

		new Visitor(this.mvc).from("10.3.0.3").logIn(email, OLD).andExpect(redirectedUrl("/"));
	}

	@Test
	void oneAddressReceivesAtMostFiveLinksAnHour() throws Exception {
		String email = member("flooded");
		for (int i = 0; i < 7; i++) {
			this.mvc.perform(post("/password/forgot").param("email", email).with(csrf()))
				.andExpect(redirectedUrl("/password/sent"));
		}

		assertThat(this.inbox.messagesTo(email)).hasSize(5);
	}

	@Test
	void forgedResetTokenIsRefused() throws Exception {
		this.mvc.perform(get("/password/reset").param("token", "99999999999.forged.signature"))
			.andExpect(view().name("accounts/password-invalid"));
		this.mvc
			.perform(post("/password/reset").param("token", "99999999999.forged.signature")
				.param("password", NEW)
				.param("confirmation", NEW)
				.with(csrf()))
			.andExpect(view().name("accounts/password-invalid"));
	}

}
