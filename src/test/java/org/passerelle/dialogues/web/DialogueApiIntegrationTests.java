package org.passerelle.dialogues.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.internal.AccessTokens;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionStatus;
import org.passerelle.dialogues.Contributions;
import org.passerelle.dialogues.DialogueTestSupport;
import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.internal.ContributionModeration;
import org.passerelle.dialogues.internal.ContributionStore;
import org.passerelle.dialogues.internal.DialogueCommand;
import org.passerelle.dialogues.internal.DialogueEditor;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.passerelle.dialogues.DialogueTestSupport.command;
import static org.passerelle.dialogues.DialogueTestSupport.round;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/dialogues}: what a reader may see, and contributing with an access
 * token.
 */
@PasserelleIntegrationTest
class DialogueApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DialogueEditor editor;

	@Autowired
	Contributions contributions;

	@Autowired
	ContributionModeration moderation;

	@Autowired
	ContributionStore store;

	@Autowired
	AccessTokens tokens;

	DialogueTestSupport support;

	long organisation;

	User organiser;

	User member;

	@BeforeEach
	void setUp() {
		this.support = new DialogueTestSupport(this.accounts, this.organisations, this.transactions, this.editor);
		this.organisation = this.support.users.organisation("Ville API " + UUID.randomUUID());
		this.organiser = this.support.users.editorOf(this.organisation, "Odile Organisatrice");
		this.member = this.support.users.member("Mina Membre");
	}

	@Test
	void dialogueShowsItsRoundsWithTheirStateAndQuestions() throws Exception {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Rounds " + UUID.randomUUID());

		this.mvc.perform(get("/api/v1/dialogues/" + slug))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value(slug))
			.andExpect(jsonPath("$.rounds", hasSize(2)))
			.andExpect(jsonPath("$.rounds[0].state").value("OPEN"))
			.andExpect(jsonPath("$.rounds[1].state").value("UPCOMING"))
			.andExpect(jsonPath("$.rounds[0].questions[1].number").value(2))
			.andExpect(jsonPath("$.rounds[0].questions[1].text").value("De quoi avez-vous besoin ?"))
			.andExpect(jsonPath("$.links.calendar").value("/dialogues/" + slug + "/rounds.ics"));
	}

	@Test
	void invitationOnlyDialogueIsHiddenFromVisitorsAndOtherMembers() throws Exception {
		long invited = this.support.users.organisation("Invitée API " + UUID.randomUUID());
		User guest = this.support.users.editorOf(invited, "Inès Invitée");
		DialogueCommand base = command("Invitation API " + UUID.randomUUID(), this.organisation,
				DialogueVisibility.INVITED, List.of(round("Semaine 1", Duration.ofDays(-1), Duration.ofDays(6))));
		String slug = this.support.create(this.organiser, new DialogueCommand(base.title(), null, base.languages(),
				base.visibility(), base.moderationPolicy(), base.organiserIds(), Set.of(invited), base.rounds()));

		this.mvc.perform(get("/api/v1/dialogues").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].slug", not(hasItem(slug))));
		this.mvc.perform(get("/api/v1/dialogues/" + slug))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/dialogues/" + slug + "/contributions")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/dialogues/" + slug).with(this.member.signedIn()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/dialogues").param("size", "200").with(guest.signedIn()))
			.andExpect(jsonPath("$.items[*].slug", hasItem(slug)));
		this.mvc.perform(get("/api/v1/dialogues/" + slug).with(guest.signedIn())).andExpect(status().isOk());
	}

	@Test
	void contributionsListOnlyPublishedOnesWithTheirPublishedRepliesNested() throws Exception {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Publiées " + UUID.randomUUID());
		long published = submit(slug, this.member, "Une maison des nouveaux arrivants.");
		long pending = submit(slug, this.member, "Un texte encore en attente.");
		approve(published);
		long reply = this.contributions.reply(slug, published, this.organiser.id(), null, "Merci, et le budget ?", null,
				ContributionChannel.WEB);
		long pendingReply = this.contributions.reply(slug, published, this.member.id(), null,
				"Une réponse pas encore lue.", null, ContributionChannel.WEB);
		approve(reply);

		this.mvc.perform(get("/api/v1/dialogues/" + slug + "/contributions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(published))
			.andExpect(jsonPath("$.items[0].status").value("PUBLISHED"))
			.andExpect(jsonPath("$.items[0].author").value("Mina Membre"))
			.andExpect(jsonPath("$.items[0].answers[0].question").value(1))
			.andExpect(jsonPath("$.items[0].answers[0].html", containsString("maison des nouveaux arrivants")))
			.andExpect(jsonPath("$.items[0].replies", hasSize(1)))
			.andExpect(jsonPath("$.items[0].replies[0].id").value(reply))
			.andExpect(jsonPath("$.items[0].replies[0].parentId").value(published))
			.andExpect(jsonPath("$.items[0].replies[0].text", containsString("le budget")))
			.andExpect(content().string(not(containsString("encore en attente"))))
			.andExpect(content().string(not(containsString("pas encore lue"))));
		this.mvc.perform(get("/api/v1/dialogues/" + slug + "/contributions").param("round", "2"))
			.andExpect(jsonPath("$.total").value(0));
		// a pending contribution is found by its author only
		this.mvc.perform(get("/api/v1/dialogues/" + slug + "/contributions/" + pending))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/dialogues/" + slug + "/contributions/" + pendingReply))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/dialogues/" + slug + "/contributions/" + pending).with(this.member.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING"));
	}

	@Test
	void memberContributesWithAnAccessTokenAndFollowsTheLocation() throws Exception {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Jeton " + UUID.randomUUID());
		long city = this.support.users.organisation("Commune membre " + UUID.randomUUID());
		User cityMember = this.support.users.editorOf(city, "Carla Commune");
		String token = token(cityMember);

		String location = this.mvc
			.perform(post("/api/v1/dialogues/" + slug + "/contributions").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"organisationId": %d, "language": "en", "answers": {"2": "Interpreters at the town hall."}}
						""".formatted(city)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/dialogues/" + slug + "/contributions/")))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.organisation.id").value(city))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		assertThat(this.store.find(id)).hasValueSatisfying(c -> {
			assertThat(c.getChannel()).isEqualTo(ContributionChannel.API);
			assertThat(c.getStatus()).isEqualTo(ContributionStatus.PENDING);
			assertThat(c.getLanguage()).isEqualTo("en");
			assertThat(c.answer(2)).hasValueSatisfying(a -> assertThat(a.text()).contains("Interpreters"));
		});
		this.mvc.perform(get(location).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));
		// not public before a moderator approves it
		this.mvc.perform(get("/api/v1/dialogues/" + slug + "/contributions")).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void contributingWithoutATokenIsUnauthorised() throws Exception {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Sans jeton " + UUID.randomUUID());

		this.mvc
			.perform(post("/api/v1/dialogues/" + slug + "/contributions").contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer not-a-token")
				.content("{\"answers\": {\"1\": \"Texte\"}}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/dialogues/" + slug + "/contributions").contentType(MediaType.APPLICATION_JSON)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.content("{\"answers\": {\"1\": \"Texte\"}}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/dialogues/" + slug + "/contributions")).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void badContributionIsRefusedWithEveryProblemListed() throws Exception {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Problèmes " + UUID.randomUUID());
		long other = this.support.users.organisation("Pas la mienne " + UUID.randomUUID());

		refused(slug, """
				{"organisationId": %d, "language": "de", "answers": {"7": "Une question qui n’existe pas."}}
				""".formatted(other)).andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("answers[7]", "organisationId", "language")))
			.andExpect(
					jsonPath("$.errors[*].code", containsInAnyOrder("unknownQuestion", "notMember", "otherLanguage")))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		refused(slug, "{\"answers\": {}}").andExpect(jsonPath("$.errors[0].field").value("answers"))
			.andExpect(jsonPath("$.errors[0].code").value("noAnswer"));
		this.mvc.perform(get("/api/v1/dialogues/" + slug + "/contributions").with(this.member.signedIn()))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void replyThroughTheApiToAReplyIsRefused() throws Exception {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Réponses " + UUID.randomUUID());
		long parent = submit(slug, this.member, "Une idée.");
		approve(parent);
		String token = token(this.organiser);

		String location = this.mvc
			.perform(post("/api/v1/dialogues/" + slug + "/contributions/" + parent + "/replies")
				.header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Une bonne idée.\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.parentId").value(parent))
			.andExpect(jsonPath("$.language").value("fr"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long reply = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		approve(reply);

		this.mvc
			.perform(post("/api/v1/dialogues/" + slug + "/contributions/" + reply + "/replies")
				.header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Réponse à une réponse.\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parent"))
			.andExpect(jsonPath("$.errors[0].code").value("replyToReply"));
	}

	@Test
	void apiDocumentationDescribesTheDialogueRoutes() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/dialogues'].get.operationId").value("listDialogues"))
			.andExpect(jsonPath("$.paths['/api/v1/dialogues/{slug}/contributions'].post.operationId")
				.value("contributeToDialogue"))
			.andExpect(jsonPath("$.paths['/api/v1/dialogues/{slug}/contributions/{id}/replies'].post").exists());
	}

	private ResultActions refused(String slug, String body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/dialogues/" + slug + "/contributions")
				.header("Authorization", "Bearer " + token(this.member))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private long submit(String slug, User author, String text) {
		return this.contributions.submit(slug, author.id(), null, Map.of(1, text), "fr", ContributionChannel.WEB);
	}

	private void approve(long id) {
		long version = this.store.find(id).orElseThrow().getVersion();
		this.support.users.run(this.organiser, () -> this.moderation.approve(id, version));
	}

	private String token(User user) {
		return this.tokens.create(user.id(), "dialogues", null).value();
	}

}
