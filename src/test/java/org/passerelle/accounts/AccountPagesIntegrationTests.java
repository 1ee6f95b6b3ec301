package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.kernel.mail.MailMessage;
import org.passerelle.kernel.mail.MailService;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page and message of the module renders in every language, without a missing text.
 */
@PasserelleIntegrationTest
class AccountPagesIntegrationTests {

	static final String PASSWORD = "every language counts";

	static final List<String> PUBLIC_PAGES = List.of("/login", "/login?error=bad", "/login?error=throttled",
			"/login?error=unconfirmed", "/login?error=disabled", "/login?error=oidc-email-unverified",
			"/login?signedOut", "/login?reset", "/login?deleted", "/register", "/register/sent", "/register/resend",
			"/register/confirm?token=stale", "/password/forgot", "/password/sent", "/password/reset?token=stale");

	static final List<String> ACCOUNT_PAGES = List.of("/account", "/account/tokens", "/account/delete", "/admin/users",
			"/admin/mail");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	MailService mail;

	@ParameterizedTest
	@ValueSource(strings = { "fr", "en", "es", "pt", "ar" })
	void pagesRenderWithEveryTextTranslated(String language) throws Exception {
		String email = RegistrationIntegrationTests.uniqueAddress("polyglot-" + language);
		this.accounts.createConfirmedUser(email, "Polyglot", PASSWORD, Locale.forLanguageTag(language),
				Set.of(Role.MEMBER, Role.ADMINISTRATOR));
		Visitor visitor = new Visitor(this.mvc).from("10.5.0." + language.length());

		for (String page : PUBLIC_PAGES) {
			assertTranslated(visitor, page, language);
		}
		visitor.logIn(email, PASSWORD).andExpect(redirectedUrl("/"));
		for (String page : ACCOUNT_PAGES) {
			assertTranslated(visitor, page, language);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "en", "es", "pt", "ar" })
	void mailsRenderWithEveryTextTranslated(String language) {
		Locale locale = Locale.forLanguageTag(language);
		Map<String, Object> variables = Map.of("name", "Polyglot", "link", "https://example.org/x", "hours", 48,
				"minutes", 60, "loginLink", "https://example.org/login", "resetLink", "https://example.org/reset");
		for (String[] template : new String[][] { { "accounts.mail.confirm.subject", "accounts/mail/confirm" },
				{ "accounts.mail.reset.subject", "accounts/mail/reset" },
				{ "accounts.mail.existing.subject", "accounts/mail/existing" } }) {
			MailMessage message = this.mail.render("x@example.org", locale, template[0], template[1], variables);
			assertThat(message.text()).as(template[1] + " " + language).doesNotContain("??").contains("Polyglot");
			assertThat(message.html()).as(template[1] + " " + language).doesNotContain("??");
			if (!language.equals("fr")) {
				String french = this.mail.render("x@example.org", Locale.FRENCH, template[0], template[1], variables)
					.text();
				assertThat(message.text()).as(template[1] + " " + language + " differs from French")
					.isNotEqualTo(french);
			}
		}
	}

	private void assertTranslated(Visitor visitor, String page, String language) throws Exception {
		String html = visitor.perform(get(page).header("Accept-Language", language))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).as(page + " in " + language).contains("<main").doesNotContain("??accounts.");
	}

}
