package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.internal.AccessTokens;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.PracticeLines;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeRepository;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code POST /api/v1/practices/import} with tokens, and {@code GET
 * /api/v1/practices/{id}}. An editor's line for another organisation is a 422 problem of
 * that line, like any other: the client gets every problem at once.
 */
@PasserelleIntegrationTest
class PracticeInterchangeApiIntegrationTests {

	private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccessTokens tokens;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	PracticeRepository practices;

	@Autowired
	PlatformTransactionManager transactionManager;

	PracticeTestSupport support;

	final PracticeLines lines = new PracticeLines();

	@BeforeEach
	void setUp() {
		this.support = new PracticeTestSupport(this.accounts, this.organisations,
				new TransactionTemplate(this.transactionManager));
	}

	@Test
	void importsWithAnAdministratorsToken() throws Exception {
		String token = token(this.support.administrator("Admin"));

		importLines(token, this.lines.file(2), NDJSON).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.organisationsCreated").value(2));

		assertThat(this.practices.findByExternalId(this.lines.externalId(2)))
			.hasValueSatisfying(p -> assertThat(p.getStatus()).isEqualTo(PracticeStatus.PUBLISHED));
	}

	@Test
	void acceptsJsonLinesAndPlainTextAndHoldsDraftsWhenAsked() throws Exception {
		String token = token(this.support.administrator("Admin"));

		this.mvc
			.perform(post("/api/v1/practices/import").param("status", "draft")
				.header("Authorization", "Bearer " + token)
				.contentType("application/jsonl")
				.content(this.lines.file(1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		importLines(token, this.lines.file(1), MediaType.TEXT_PLAIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1));

		assertThat(this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow().getStatus())
			.isEqualTo(PracticeStatus.DRAFT);
	}

	@Test
	void letsAnEditorImportPracticesOfTheirOrganisationAndListsTheOthersAsProblems() throws Exception {
		long city = this.support.organisation("Ville de Rennes" + this.lines.suffix);
		String token = token(this.support.editorOf(city, "Editor"));
		long before = this.practices.count();
		String mixed = PracticeLines.file(List.of(PracticeLines.line(this.lines.practice(1)),
				PracticeLines.line(led(this.lines.practice(2), "Ville de Lyon" + this.lines.suffix))));

		importLines(token, this.lines.file(1), NDJSON).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		importLines(token, mixed, NDJSON).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("organisation"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("You may import only practices led by an organisation you edit for."));

		assertThat(this.practices.count()).isEqualTo(before + 1);
		assertThat(this.practices.findByExternalId(this.lines.externalId(2))).isEmpty();
	}

	@Test
	void onlyItsEditorsModeratorsAndAdministratorsReplaceAPracticeThroughTheApi() throws Exception {
		long city = this.support.organisation("Ville de Rennes" + this.lines.suffix);
		importLines(token(this.support.editorOf(city, "Owner")), this.lines.file(1), NDJSON).andExpect(status().isOk());
		long lyon = this.support.organisation("Ville de Lyon" + this.lines.suffix);
		String takeover = PracticeLines
			.file(List.of(PracticeLines.line(led(this.lines.practice(1), "Ville de Lyon" + this.lines.suffix))));

		importLines(token(this.support.editorOf(lyon, "Other editor")), takeover, NDJSON)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem("externalId")));
		assertThat(this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow().getLeadOrganisationId())
			.isEqualTo(city);

		importLines(token(this.support.moderator("Moderator")), takeover, NDJSON).andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1));
		assertThat(this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow().getLeadOrganisationId())
			.isEqualTo(lyon);
	}

	@Test
	void refusesAMemberWhoEditsForNoOrganisation() throws Exception {
		String token = token(this.support.member("Member"));

		importLines(token, this.lines.file(1), NDJSON).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail")
				.value("Only administrators and editors of an organisation may import practices."));
	}

	@Test
	void asksCallersWithoutAValidTokenToAuthenticate() throws Exception {
		long before = this.practices.count();

		this.mvc.perform(post("/api/v1/practices/import").with(csrf()).contentType(NDJSON).content(this.lines.file(1)))
			.andExpect(status().isUnauthorized());
		importLines("psl_forged", this.lines.file(1), NDJSON).andExpect(status().isUnauthorized());

		assertThat(this.practices.count()).isEqualTo(before);
	}

	@Test
	void listsEveryProblemInTheCallersLanguage() throws Exception {
		String token = token(this.support.administrator("Admin"));
		Map<String, Object> wrong = this.lines.practice(2);
		wrong.put("themes", List.of("xyz"));
		String file = PracticeLines
			.file(List.of(PracticeLines.line(this.lines.practice(1)), "not json", PracticeLines.line(wrong)));

		this.mvc
			.perform(post("/api/v1/practices/import").header("Authorization", "Bearer " + token)
				.header("Accept-Language", "fr")
				.contentType(NDJSON)
				.content(file))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Pratiques non importées"))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].field").doesNotExist())
			.andExpect(jsonPath("$.errors[1].line").value(3))
			.andExpect(jsonPath("$.errors[1].field").value("themes"))
			.andExpect(jsonPath("$.errors[1].message").value("« xyz » n’est pas un code de thème connu."));
		assertThat(this.practices.findByExternalId(this.lines.externalId(1))).isEmpty();
	}

	@Test
	void refusesAnEmptyBodyAndAnUnknownStatus() throws Exception {
		String token = token(this.support.administrator("Admin"));

		importLines(token, "", NDJSON).andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/practices/import").param("status", "archived")
				.header("Authorization", "Bearer " + token)
				.contentType(NDJSON)
				.content(this.lines.file(1)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void givesOnePracticeInTheInterchangeShapeWithItsIdAndStatus() throws Exception {
		String token = token(this.support.administrator("Admin"));
		importLines(token, this.lines.file(1), NDJSON).andExpect(status().isOk());
		Practice practice = this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow();

		this.mvc.perform(get("/api/v1/practices/{id}", practice.getId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(practice.getId()))
			.andExpect(jsonPath("$.status").value("published"))
			.andExpect(jsonPath("$.externalId").value(this.lines.externalId(1)))
			.andExpect(jsonPath("$.language").value("fr"))
			.andExpect(jsonPath("$.themes[0]").value("reception"))
			.andExpect(jsonPath("$.gcmObjectives[1]").value(16))
			.andExpect(jsonPath("$.organisation.name").value("Ville de Rennes" + this.lines.suffix))
			.andExpect(jsonPath("$.organisation.type").value("local-authority"))
			.andExpect(jsonPath("$.organisation.country").value("FR"))
			.andExpect(jsonPath("$.organisation.level").value("local"))
			.andExpect(jsonPath("$.organisation.id").doesNotExist())
			.andExpect(jsonPath("$.partners[0].role").value("co-financeur"))
			.andExpect(jsonPath("$.translations.en.title").value("Practice 1" + this.lines.suffix))
			.andExpect(jsonPath("$.startYear").value(2016))
			.andExpect(jsonPath("$.territories[0]").value("nuts:FRH03"));
	}

	@Test
	void hidesADraftFromVisitorsButNotFromItsEditors() throws Exception {
		long city = this.support.organisation("Ville de Rennes" + this.lines.suffix);
		User editor = this.support.editorOf(city, "Editor");
		String token = token(editor);
		this.mvc
			.perform(post("/api/v1/practices/import").param("status", "draft")
				.header("Authorization", "Bearer " + token)
				.contentType(NDJSON)
				.content(this.lines.file(1)))
			.andExpect(status().isOk());
		long id = this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow().getId();

		this.mvc.perform(get("/api/v1/practices/{id}", id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/practices/{id}", id).with(this.support.member("Other").signedIn()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/practices/{id}", id).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("draft"));
	}

	private ResultActions importLines(String token, String body, MediaType type) throws Exception {
		return this.mvc.perform(post("/api/v1/practices/import").header("Authorization", "Bearer " + token)
			.header("Accept-Language", "en")
			.contentType(type)
			.content(body));
	}

	private String token(User user) {
		return this.tokens.create(user.id(), "import", null).value();
	}

	private static Map<String, Object> led(Map<String, Object> practice, String organisation) {
		practice.put("organisation", PracticeLines.organisation(organisation, "local-authority", "FR", "local"));
		return practice;
	}

}
