package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.kernel.mail.MailFolder;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PasserelleIntegrationTest
class RegistrationIntegrationTests {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	MailFolder folder;

	MailInbox inbox;

	@BeforeEach
	void openInbox() {
		this.inbox = new MailInbox(this.folder);
	}

	static String uniqueAddress(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	static MockHttpServletRequestBuilder registration(String email, String password, String language) {
		return registration(email, password, language, true);
	}

	static MockHttpServletRequestBuilder registration(String email, String password, String language, boolean consent) {
		return post("/register").param("displayName", "Ana Lima")
			.param("email", email)
			.param("password", password)
			.param("language", language)
			.param("consent", String.valueOf(consent))
			.with(csrf());
	}

	@Test
	void registeredUserConfirmsTheAddressByMailThenLogsIn() throws Exception {
		String email = uniqueAddress("ana");
		Visitor visitor = new Visitor(this.mvc);

		visitor.perform(registration(email, PASSWORD, "en")).andExpect(redirectedUrl("/register/sent"));
		assertThat(this.inbox.latestTo(email).file().subject()).isEqualTo("Confirm your address on Passerelle");
		String link = this.inbox.linkTo(email, "/register/confirm");

		visitor.perform(get(link)).andExpect(status().isOk()).andExpect(model().attribute("confirmed", true));
		visitor.logIn(email, PASSWORD).andExpect(redirectedUrl("/"));
		visitor.perform(get("/account")).andExpect(status().isOk()).andExpect(content().string(containsString(email)));
	}

	@Test
	void confirmationMailIsWrittenInThePreferredLanguage() throws Exception {
		String email = uniqueAddress("louise");
		this.mvc.perform(registration(email, PASSWORD, "fr")).andExpect(redirectedUrl("/register/sent"));

		var mail = this.inbox.latestTo(email);
		assertThat(mail.file().subject()).isEqualTo("Confirmez votre adresse sur Passerelle");
		assertThat(mail.text()).contains("Bonjour Ana Lima").contains("/register/confirm?token=");
		assertThat(mail.html()).contains("Confirmer mon adresse");
	}

	@Test
	void confirmationLinkWorksOnlyOnce() throws Exception {
		String email = uniqueAddress("once");
		this.mvc.perform(registration(email, PASSWORD, "en"));
		String link = this.inbox.linkTo(email, "/register/confirm");

		this.mvc.perform(get(link)).andExpect(model().attribute("confirmed", true));
		this.mvc.perform(get(link)).andExpect(model().attribute("confirmed", false));
	}

	@Test
	void tamperedConfirmationLinkIsRefused() throws Exception {
		String email = uniqueAddress("tamper");
		this.mvc.perform(registration(email, PASSWORD, "en"));
		String link = this.inbox.linkTo(email, "/register/confirm");
		String tampered = link.replaceFirst("token=\\d", "token=9");

		this.mvc.perform(get(tampered)).andExpect(model().attribute("confirmed", false));
		new Visitor(this.mvc).logIn(email, PASSWORD).andExpect(redirectedUrl("/login?error=unconfirmed"));
	}

	@Test
	void unconfirmedAccountCannotLogInAndIsOfferedANewLink() throws Exception {
		String email = uniqueAddress("waiting");
		this.mvc.perform(registration(email, PASSWORD, "en"));
		Visitor visitor = new Visitor(this.mvc);

		visitor.logIn(email, PASSWORD).andExpect(redirectedUrl("/login?error=unconfirmed"));
		visitor.perform(get("/login?error=unconfirmed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/register/resend")));
		visitor.perform(get("/account")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void resendingSendsAFreshLinkThatConfirms() throws Exception {
		String email = uniqueAddress("resend");
		this.mvc.perform(registration(email, PASSWORD, "en"));
		String first = this.inbox.linkTo(email, "/register/confirm");

		this.mvc.perform(post("/register/resend").param("email", email).with(csrf()))
			.andExpect(redirectedUrl("/register/sent"));
		String second = this.inbox.linkTo(email, "/register/confirm");

		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get(first)).andExpect(model().attribute("confirmed", false));
		this.mvc.perform(get(second)).andExpect(model().attribute("confirmed", true));
	}

	@Test
	void registrationWithATakenAddressLooksTheSameAndWarnsTheOwner() throws Exception {
		String email = uniqueAddress("taken");
		this.mvc.perform(registration(email, PASSWORD, "en"));
		this.mvc.perform(get(this.inbox.linkTo(email, "/register/confirm")));

		this.mvc.perform(registration(email, "another long passphrase", "en"))
			.andExpect(redirectedUrl("/register/sent"));

		assertThat(this.inbox.latestTo(email).file().subject()).isEqualTo("You already have a Passerelle account");
		new Visitor(this.mvc).logIn(email, PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void rejectsWeakPasswordsWithTheReason() throws Exception {
		String email = uniqueAddress("weak");
		this.mvc.perform(registration(email, "short", "en"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "accounts.password.tooShort"));
		this.mvc.perform(registration(email, "password123", "en"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "accounts.password.tooCommon"));
		this.mvc.perform(registration(email, "analima-forever", "en"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "accounts.password.personal"));
		assertThat(this.inbox.messagesTo(email)).isEmpty();
	}

	@Test
	void registrationNeedsConsent() throws Exception {
		String email = uniqueAddress("noconsent");
		this.mvc.perform(registration(email, PASSWORD, "en", false))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "consent"));
	}

}
