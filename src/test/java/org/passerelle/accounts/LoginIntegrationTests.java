package org.passerelle.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PasserelleIntegrationTest
class LoginIntegrationTests {

	static final String PASSWORD = "seven rivers to cross";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	String member(String name) {
		String email = RegistrationIntegrationTests.uniqueAddress(name);
		this.accounts.createConfirmedUser(email, name, PASSWORD, Locale.ENGLISH, Set.of(Role.MEMBER));
		return email;
	}

	@Test
	void loginPageUsesTheShellAndHasNoProviderButtonsWithoutConfiguration() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("id=\"main\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/oauth2/authorization/"))));
	}

	@Test
	void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
		String email = member("wrong");
		Visitor visitor = new Visitor(this.mvc).from("10.0.1.1");
		visitor.logIn(email, "not the password").andExpect(redirectedUrl("/login?error=bad"));
		visitor.logIn("nobody-" + email, "not the password").andExpect(redirectedUrl("/login?error=bad"));
	}

	@Test
	void fiveWrongPasswordsThrottleTheAddressEvenWithTheRightOne() throws Exception {
		String email = member("throttled");
		Visitor visitor = new Visitor(this.mvc).from("10.0.2.1");
		for (int i = 0; i < 5; i++) {
			visitor.logIn(email, "guess number " + i).andExpect(redirectedUrl("/login?error=bad"));
		}

		visitor.logIn(email, PASSWORD).andExpect(redirectedUrl("/login?error=throttled"));
		new Visitor(this.mvc).from("10.0.2.2")
			.logIn(email, PASSWORD)
			.andExpect(redirectedUrl("/login?error=throttled"));
		visitor.perform(get("/account")).andExpect(redirectedUrl("/login"));
		visitor.perform(get("/login?error=throttled").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("try again in 15 minutes")));
	}

	@Test
	void twentyFailuresFromOneIpAddressThrottleThatAddressForEveryAccount() throws Exception {
		String email = member("innocent");
		Visitor attacker = new Visitor(this.mvc).from("10.0.3.1");
		for (int i = 0; i < 20; i++) {
			attacker.logIn("victim-" + i + "@example.org", "guess").andExpect(redirectedUrl("/login?error=bad"));
		}

		attacker.logIn(email, PASSWORD).andExpect(redirectedUrl("/login?error=throttled"));
		new Visitor(this.mvc).from("10.0.3.2").logIn(email, PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void loginReturnsToThePageTheVisitorAskedFor() throws Exception {
		String email = member("target");
		Visitor visitor = new Visitor(this.mvc).from("10.0.4.1");
		visitor.perform(get("/account/tokens")).andExpect(redirectedUrl("/login"));

		visitor.logIn(email, PASSWORD).andExpect(redirectedUrl("http://localhost/account/tokens?continue"));
	}

	@Test
	void loginChangesTheSessionId() throws Exception {
		String email = member("fixation");
		Visitor visitor = new Visitor(this.mvc).from("10.0.5.1");
		String before = visitor.perform(get("/account")).andReturn().getResponse().getCookie("SESSION").getValue();

		String after = visitor.logIn(email, PASSWORD).andReturn().getResponse().getCookie("SESSION").getValue();

		org.assertj.core.api.Assertions.assertThat(after).isNotEqualTo(before);
	}

	@Test
	void logoutIsAPostThatEndsTheSession() throws Exception {
		String email = member("leaving");
		Visitor visitor = new Visitor(this.mvc).from("10.0.6.1");
		visitor.logIn(email, PASSWORD).andExpect(redirectedUrl("/"));

		visitor.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		visitor.perform(get("/account")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void apiRequestsWithoutAuthenticationGetAProblemDocumentNotARedirect() throws Exception {
		this.mvc.perform(get("/api/v1/account"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value(401))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.instance")
				.value("/api/v1/account"));
	}

}
