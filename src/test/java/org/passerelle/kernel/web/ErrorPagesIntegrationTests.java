package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * MockMvc does not forward to {@code /error} as a servlet container does, so each browser
 * case is checked in two steps: the status of the failing request, then the page the
 * container's error dispatch to {@code /error} renders for it.
 */
@PasserelleIntegrationTest
class ErrorPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void unknownAddressIsNotFoundForVisitorsRatherThanDeniedOrRedirected() throws Exception {
		this.mvc.perform(get("/no/such/page").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void unknownAddressIsNotFoundForSignedInUsers() throws Exception {
		this.mvc.perform(get("/no/such/page").with(user("ana@example.org"))).andExpect(status().isNotFound());
	}

	@Test
	void routesWithoutARuleStayClosedToVisitors() throws Exception {
		int status = this.mvc.perform(get("/actuator/metrics")).andReturn().getResponse().getStatus();
		assertThat(status).isIn(302, 401, 403);
	}

	@Test
	void notFoundPageSpeaksFrenchByDefault() throws Exception {
		String html = Html.of(this.mvc.perform(errorDispatch(404, "/no/such/page"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn());
		assertThat(html).contains("<html lang=\"fr\" dir=\"ltr\">")
			.contains("<title>Page introuvable</title>")
			.contains("<h1>Page introuvable</h1>")
			.contains("Erreur 404")
			.contains("<a class=\"btn btn-primary\" href=\"/\">Page d&#39;accueil</a>")
			.contains("<main id=\"main\"");
	}

	@Test
	void notFoundPageSpeaksTheBrowsersLanguage() throws Exception {
		String html = Html
			.of(this.mvc.perform(errorDispatch(404, "/no/such/page").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.andExpect(status().isNotFound())
				.andReturn());
		assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">")
			.contains("<h1>Page not found</h1>")
			.contains("Check the address")
			.contains("href=\"/no/such/page?lang=fr\"");
	}

	@Test
	void forbiddenPageTellsVisitorsToSignIn() throws Exception {
		String html = Html
			.of(this.mvc.perform(errorDispatch(403, "/admin/users").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
				.andExpect(status().isForbidden())
				.andReturn());
		assertThat(html).contains("<h1>Acceso denegado</h1>").contains("href=\"/login\"");
	}

	@Test
	void serverErrorPageShowsNoInternals() throws Exception {
		String html = Html.of(this.mvc
			.perform(errorDispatch(500, "/organisations").requestAttr(RequestDispatcher.ERROR_EXCEPTION,
					new IllegalStateException("secret table kernel_territory")))
			.andExpect(status().isInternalServerError())
			.andReturn());
		assertThat(html).contains("<h1>Une erreur s&#39;est produite</h1>")
			.doesNotContain("secret table")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at org.");
	}

	@Test
	void otherClientErrorsGetTheGenericPageInArabic() throws Exception {
		String html = Html
			.of(this.mvc.perform(errorDispatch(405, "/about/data").header(HttpHeaders.ACCEPT_LANGUAGE, "ar"))
				.andExpect(status().isMethodNotAllowed())
				.andReturn());
		assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">").contains("تعذّرت معالجة الطلب");
	}

	@Test
	void unknownApiAddressAnswersAProblemDocument() throws Exception {
		this.mvc.perform(get("/api/v1/no-such-thing")).andExpect(status().isNotFound());
		this.mvc.perform(errorDispatch(404, "/api/v1/no-such-thing").accept(MediaType.ALL))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not Found"))
			.andExpect(jsonPath("$.detail").value("Nothing exists at this address."))
			.andExpect(jsonPath("$.instance").value("/api/v1/no-such-thing"));
	}

	@Test
	void unknownApiAddressAnswersAProblemDocumentEvenToABrowser() throws Exception {
		this.mvc.perform(errorDispatch(404, "/api/v1/no-such-thing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void unexpectedApiErrorsShowNoInternals() throws Exception {
		String body = this.mvc.perform(errorDispatch(500, "/api/v1/organisations").accept(MediaType.APPLICATION_JSON)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret table kernel_territory")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("An unexpected error occurred."))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("secret").doesNotContain("IllegalStateException").doesNotContain("trace");
	}

	@Test
	void concurrentChangePageTellsTheUserToStartAgain() throws Exception {
		String html = Html
			.of(this.mvc.perform(errorDispatch(409, "/organisations/12/edit").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.andExpect(status().isConflict())
				.andReturn());
		assertThat(html).contains("<h1>Changed by someone else</h1>").contains("Open the record again");
	}

	@Test
	void apiErrorsRaisedBeforeAnyControllerAnswerAProblemDocument() throws Exception {
		this.mvc.perform(errorDispatch(401, "/api/v1/organisations"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.instance").value("/api/v1/organisations"))
			.andExpect(jsonPath("$.detail").exists());
	}

	@Test
	void clientsThatDoNotAskForHtmlGetAProblemDocument() throws Exception {
		this.mvc.perform(errorDispatch(404, "/no/such/page").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Not Found"))
			.andExpect(jsonPath("$.trace").doesNotExist());
	}

	private static MockHttpServletRequestBuilder errorDispatch(int status, String failedUri) {
		return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, failedUri)
			.with(request -> {
				request.setDispatcherType(DispatcherType.ERROR);
				return request;
			})
			.accept(MediaType.TEXT_HTML);
	}

}
