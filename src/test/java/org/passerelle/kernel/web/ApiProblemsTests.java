package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.kernel.ConflictException;
import org.passerelle.kernel.NotFoundException;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

class ApiProblemsTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new SampleController(), new SamplePages())
		.setControllerAdvice(new ApiProblems(new StaticMessageSource()))
		.build();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void listsEveryInvalidFieldWithItsMessageInTheRequestsLanguage() throws Exception {
		this.mvc
			.perform(post("/api/v1/samples").contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
				.content("{\"name\": \" \", \"acronym\": \"MUCH TOO LONG\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("ne doit pas être vide"))
			.andExpect(jsonPath("$.errors[?(@.field == 'acronym')].message").exists());
	}

	@Test
	void namesInvalidRequestParameters() throws Exception {
		this.mvc.perform(get("/api/v1/samples").param("q", "far too long").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("q"))
			.andExpect(jsonPath("$.errors[0].message").value("size must be between 0 and 5"));
	}

	@Test
	void aParameterOfTheWrongTypeIsABadRequest() throws Exception {
		this.mvc.perform(get("/api/v1/samples/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Parameter 'id' has an invalid value."));
	}

	@Test
	void unreadableBodyIsABadRequestWithoutParserDetails() throws Exception {
		this.mvc.perform(post("/api/v1/samples").contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("tools.jackson"))));
	}

	@Test
	void missingRecordIsNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/samples/42"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No sample with id 42"))
			.andExpect(jsonPath("$.instance").value("/api/v1/samples/42"));
	}

	@Test
	void conflictIsAConflict() throws Exception {
		this.mvc.perform(post("/api/v1/samples/42/publish"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The sample is already published"));
	}

	@Test
	void concurrentChangeIsAConflict() throws Exception {
		this.mvc.perform(put("/api/v1/samples/42").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"A\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("changed by someone else")));
	}

	@Test
	void refusalOfASignedInUserIsForbidden() throws Exception {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("ana", "x", "ROLE_MEMBER"));
		this.mvc.perform(post("/api/v1/samples/42/delete"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void refusalOfAVisitorIsLeftToSpringSecurity() {
		assertThatThrownBy(() -> this.mvc.perform(post("/api/v1/samples/42/delete")))
			.hasRootCauseInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aStatusExceptionKeepsItsStatusAndReason() throws Exception {
		this.mvc.perform(get("/api/v1/samples/42/archive"))
			.andExpect(status().isGone())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Archived samples are gone"));
	}

	@Test
	void unexpectedErrorsAreLeftToTheErrorController() {
		// the container then dispatches to ShellErrorController (see
		// ErrorPagesIntegrationTests)
		assertThatThrownBy(() -> this.mvc.perform(get("/api/v1/broken")))
			.hasRootCauseInstanceOf(IllegalStateException.class);
	}

	@Test
	void exceptionsOfPageControllersAreLeftToTheErrorPages() throws Exception {
		this.mvc.perform(get("/samples/42").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(""));
		this.mvc.perform(get("/samples/abc").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
	}

	@RestController
	static class SampleController {

		@PostMapping("/api/v1/samples")
		String create(@Valid @RequestBody SampleForm form) {
			return "created";
		}

		@GetMapping("/api/v1/samples")
		List<String> search(@RequestParam("q") @Size(max = 5) String query) {
			return List.of();
		}

		@GetMapping("/api/v1/samples/{id}")
		String show(@PathVariable("id") long id) {
			throw new NotFoundException("sample", id);
		}

		@PutMapping("/api/v1/samples/{id}")
		String update(@PathVariable("id") long id, @RequestBody SampleForm form) {
			throw new OptimisticLockingFailureException("Row was updated or deleted by another transaction");
		}

		@PostMapping("/api/v1/samples/{id}/publish")
		String publish(@PathVariable("id") long id) {
			throw new ConflictException("The sample is already published");
		}

		@PostMapping("/api/v1/samples/{id}/delete")
		String delete(@PathVariable("id") long id) {
			throw new AccessDeniedException("not an editor");
		}

		@GetMapping("/api/v1/samples/{id}/archive")
		String archive(@PathVariable("id") long id) {
			throw new ResponseStatusException(HttpStatus.GONE, "Archived samples are gone");
		}

		@GetMapping("/api/v1/broken")
		String broken() {
			throw new IllegalStateException("secret internals");
		}

	}

	@Controller
	static class SamplePages {

		@GetMapping("/samples/{id}")
		String page(@PathVariable("id") long id) {
			throw new NotFoundException("sample", id);
		}

	}

	record SampleForm(@NotBlank String name, @Size(max = 5) String acronym) {
	}

}
