package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PasserelleIntegrationTest
class SecurityHeadersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void formPostWithoutCsrfTokenIsForbidden() throws Exception {
		this.mvc.perform(post("/register").param("email", "someone@example.org")).andExpect(status().isForbidden());
		this.mvc.perform(post("/login").param("email", "someone@example.org").param("password", "whatever long"))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesCarryAContentSecurityPolicyWithoutInlineScripts() throws Exception {
		MvcResult result = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		String csp = result.getResponse().getHeader("Content-Security-Policy");

		assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'",
				"form-action 'self'");
		assertThat(directive(csp, "script-src")).isEqualTo("script-src 'self'").doesNotContain("unsafe-inline");
	}

	@Test
	void pagesCarryTheOtherSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void pagesWithoutInlineScriptsOrStyles() throws Exception {
		String html = this.mvc.perform(get("/register")).andReturn().getResponse().getContentAsString();

		assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
			.doesNotContain(" style=\"")
			.doesNotContainPattern(" on[a-z]+=\"");
	}

	@Test
	void swaggerUiLoadsItsScriptsFromFilesAndOnlyItsStylesMayBeInline() throws Exception {
		MvcResult result = this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk()).andReturn();
		String csp = result.getResponse().getHeader("Content-Security-Policy");

		assertThat(directive(csp, "script-src")).isEqualTo("script-src 'self'");
		assertThat(directive(csp, "style-src")).isEqualTo("style-src 'self' 'unsafe-inline'");
		assertThat(result.getResponse().getContentAsString()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
		this.mvc.perform(get("/swagger-ui/swagger-initializer.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/v3/api-docs")));
		assertThat(directive(
				this.mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy"),
				"style-src"))
			.isEqualTo("style-src 'self'");
	}

	private static String directive(String policy, String name) {
		return Arrays.stream(policy.split(";"))
			.map(String::strip)
			.filter(d -> d.startsWith(name + " "))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void protectedPagesRedirectAnonymousVisitorsToTheLoginPage() throws Exception {
		this.mvc.perform(get("/account"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/login"));
		this.mvc.perform(get("/admin/users")).andExpect(header().string("Location", "/login"));
	}

	@Test
	void htmxRequestsAreToldToReloadTheLoginPage() throws Exception {
		this.mvc.perform(get("/admin/users").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login"));
	}

}
