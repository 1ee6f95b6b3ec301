package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
class AccessTokenIntegrationTests {

	static final String PASSWORD = "tokens are like keys";

	private static final Pattern TOKEN_FIELD = Pattern.compile("id=\"issued-token\"[^>]*value=\"(psl_[^\"]+)\"");

	private static final Pattern REVOKE_ACTION = Pattern.compile("action=\"(/account/tokens/\\d+/revoke)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	Visitor loggedIn(String email) throws Exception {
		this.accounts.createConfirmedUser(email, "Script Writer", PASSWORD, Locale.ENGLISH, Set.of(Role.MEMBER));
		Visitor visitor = new Visitor(this.mvc).from("10.1.0.1");
		visitor.logIn(email, PASSWORD).andExpect(redirectedUrl("/"));
		return visitor;
	}

	String createToken(Visitor visitor, String name) throws Exception {
		String page = visitor.perform(post("/account/tokens").param("name", name).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher token = TOKEN_FIELD.matcher(page);
		assertThat(token.find()).as("the new token is shown").isTrue();
		return token.group(1);
	}

	@Test
	void apiAcceptsABearerTokenAsItsOwner() throws Exception {
		String email = RegistrationIntegrationTests.uniqueAddress("script");
		Visitor visitor = loggedIn(email);
		String token = createToken(visitor, "Nightly export");

		this.mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.roles[0]").value("MEMBER"));
		this.mvc.perform(get("/api/v1/account")).andExpect(status().isUnauthorized());
	}

	@Test
	void tokenIsShownOnceThenOnlyItsBeginning() throws Exception {
		Visitor visitor = loggedIn(RegistrationIntegrationTests.uniqueAddress("once"));
		String token = createToken(visitor, "Dashboard");

		visitor.perform(get("/account/tokens"))
			.andExpect(content().string(containsString("Dashboard")))
			.andExpect(content().string(containsString(token.substring(0, 10))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));
	}

	@Test
	void revokedTokenIsRefused() throws Exception {
		Visitor visitor = loggedIn(RegistrationIntegrationTests.uniqueAddress("revoke"));
		String token = createToken(visitor, "Old script");
		this.mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		String page = visitor.perform(get("/account/tokens")).andReturn().getResponse().getContentAsString();
		Matcher revoke = REVOKE_ACTION.matcher(page);
		assertThat(revoke.find()).isTrue();
		visitor.perform(post(revoke.group(1)).with(csrf())).andExpect(redirectedUrl("/account/tokens"));

		this.mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void unknownTokenIsRefusedEvenWithAValidSession() throws Exception {
		Visitor visitor = loggedIn(RegistrationIntegrationTests.uniqueAddress("mixed"));
		visitor.perform(get("/api/v1/account")).andExpect(status().isOk());

		visitor.perform(get("/api/v1/account").header("Authorization", "Bearer psl_forged"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void usersCannotRevokeSomeoneElsesToken() throws Exception {
		Visitor owner = loggedIn(RegistrationIntegrationTests.uniqueAddress("owner"));
		String token = createToken(owner, "Mine");
		String page = owner.perform(get("/account/tokens")).andReturn().getResponse().getContentAsString();
		Matcher revoke = REVOKE_ACTION.matcher(page);
		assertThat(revoke.find()).isTrue();

		Visitor other = loggedIn(RegistrationIntegrationTests.uniqueAddress("other"));
		other.perform(post(revoke.group(1)).with(csrf())).andExpect(redirectedUrl("/account/tokens"));

		this.mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void apiDocumentationDescribesAccessTokens() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.securitySchemes.accessToken.type").value("http"))
			.andExpect(jsonPath("$.components.securitySchemes.accessToken.scheme").value("bearer"))
			.andExpect(jsonPath("$.paths['/api/v1/account'].get").exists());
	}

	@Test
	void tokenWithAPastExpiryCannotBeCreated() throws Exception {
		Visitor visitor = loggedIn(RegistrationIntegrationTests.uniqueAddress("expiry"));
		visitor.perform(post("/account/tokens").param("name", "Stale").param("expiresOn", "2000-01-01").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
				.attributeHasFieldErrors("form", "expiresOn"));
	}

}
