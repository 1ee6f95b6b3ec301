package org.passerelle.dialogues.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.Contributions;
import org.passerelle.dialogues.DialogueTestSupport;
import org.passerelle.dialogues.internal.DialogueCommand;
import org.passerelle.dialogues.ModerationPolicy;
import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.internal.DialogueEditor;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.kernel.web.Flash;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.passerelle.dialogues.DialogueTestSupport.command;
import static org.passerelle.dialogues.DialogueTestSupport.round;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PasserelleIntegrationTest
class DialoguePagesIntegrationTests {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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

	DialogueTestSupport support;

	long organisation;

	User organiser;

	User member;

	@BeforeEach
	void setUp() {
		this.support = new DialogueTestSupport(this.accounts, this.organisations, this.transactions, this.editor);
		this.organisation = this.support.users.organisation("Ville Dialogue " + UUID.randomUUID());
		this.organiser = this.support.users.editorOf(this.organisation, "Odile Organisatrice");
		this.member = this.support.users.member("Mina Membre");
	}

	@Test
	void visitorDoesNotSeePendingContributionsButTheAuthorSeesTheirsAsPending() throws Exception {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Attente " + UUID.randomUUID());
		this.contributions.submit(slug, this.member.id(), null, Map.of(1, "Une maison des nouveaux arrivants."), "fr",
				ContributionChannel.WEB);

		this.mvc.perform(get("/dialogues/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("maison des nouveaux arrivants"))))
			.andExpect(content().string(containsString("Aucune contribution publiée")));
		this.mvc.perform(get("/dialogues/" + slug).with(this.member.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vos contributions")))
			.andExpect(content().string(containsString("En attente de modération")))
			.andExpect(content().string(containsString("maison des nouveaux arrivants")));
	}

	@Test
	void memberContributesThroughTheFormAndIsToldItAwaitsModeration() throws Exception {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Formulaire " + UUID.randomUUID());

		this.mvc.perform(get("/dialogues/" + slug + "/contribute").with(this.member.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quelles pratiques locales fonctionnent ?")));
		this.mvc
			.perform(post("/dialogues/" + slug + "/contribute").with(this.member.signedIn())
				.with(csrf())
				.param("answers[2]", "Des interprètes.")
				.param("language", "fr"))
			.andExpect(redirectedUrl("/dialogues/" + slug))
			.andExpect(flash().attribute("flash", Flash.success("dialogues.contribute.received")));
	}

	@Test
	void contributingIsRefusedWhenNoRoundIsOpen() throws Exception {
		String slug = this.support.create(this.organiser, command("Plus tard " + UUID.randomUUID(), this.organisation,
				DialogueVisibility.PUBLIC, List.of(round("Bientôt", Duration.ofDays(3), Duration.ofDays(7)))));

		this.mvc.perform(get("/dialogues/" + slug))
			.andExpect(content().string(containsString("Ouverture dans")))
			.andExpect(content().string(containsString("data-countdown")));
		this.mvc
			.perform(post("/dialogues/" + slug + "/contribute").with(this.member.signedIn())
				.with(csrf())
				.param("answers[1]", "Trop tôt."))
			.andExpect(redirectedUrl("/dialogues/" + slug));
	}

	@Test
	void moderatorApprovesAndTheVisitorThenSeesTheContribution() throws Exception {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Approbation " + UUID.randomUUID());
		long id = this.contributions.submit(slug, this.member.id(), null, Map.of(1, "Un guichet unique à la mairie."),
				"fr", ContributionChannel.WEB);
		User moderator = this.support.users.moderator("Modeste Modérateur");

		this.mvc.perform(get("/dialogues/" + slug + "/moderation").with(moderator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Un guichet unique à la mairie.")));
		this.mvc.perform(get("/moderation/dialogues").with(moderator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Un guichet unique à la mairie.")));
		this.mvc
			.perform(post("/dialogues/" + slug + "/moderation/" + id + "/approve").with(moderator.signedIn())
				.with(csrf())
				.param("version", "0"))
			.andExpect(redirectedUrl("/dialogues/" + slug + "/moderation"));

		this.mvc.perform(get("/dialogues/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Un guichet unique à la mairie.")))
			.andExpect(content().string(containsString("Mina Membre")))
			.andExpect(content().string(containsString("Clôture dans")));
		this.mvc.perform(get("/dialogues/" + slug + "/moderation").with(moderator.signedIn()))
			.andExpect(content().string(containsString("Dernières décisions")))
			.andExpect(content().string(containsString("Modeste Modérateur")));
		// a second approval of the same version says who decided
		this.mvc
			.perform(post("/dialogues/" + slug + "/moderation/" + id + "/approve").with(this.organiser.signedIn())
				.with(csrf())
				.param("version", "0"))
			.andExpect(flash().attribute("flash",
					Flash.warning("dialogues.moderation.alreadyDecided.APPROVED", id, "Modeste Modérateur")));
	}

	@Test
	void underPostModerationAModeratorTakesAPublishedContributionDownWithAReason() throws Exception {
		DialogueCommand open = DialogueTestSupport.command("A posteriori " + UUID.randomUUID(), this.organisation,
				DialogueVisibility.PUBLIC,
				List.of(DialogueTestSupport.round("Semaine 1", Duration.ofDays(-1), Duration.ofDays(6))));
		String slug = this.support.create(this.organiser,
				new DialogueCommand(open.title(), open.description(), open.languages(), open.visibility(),
						ModerationPolicy.POST, open.organiserIds(), open.invitedIds(), open.rounds()));
		long id = this.contributions.submit(slug, this.member.id(), null, Map.of(1, "Un message hors sujet."), "fr",
				ContributionChannel.WEB);
		User moderator = this.support.users.moderator("Tania Retrait");
		// public at once, with the take-down form for moderators only
		this.mvc.perform(get("/dialogues/" + slug))
			.andExpect(content().string(containsString("Un message hors sujet.")))
			.andExpect(content().string(not(containsString("/take-down"))));
		this.mvc.perform(get("/dialogues/" + slug).with(moderator.signedIn()))
			.andExpect(content().string(containsString("/moderation/" + id + "/take-down")));

		// a reason is required
		this.mvc
			.perform(post("/dialogues/" + slug + "/moderation/" + id + "/take-down").with(moderator.signedIn())
				.with(csrf())
				.param("version", "0"))
			.andExpect(flash().attribute("flash", Flash.danger("dialogues.moderation.noteRequired", id)));
		this.mvc.perform(get("/dialogues/" + slug))
			.andExpect(content().string(containsString("Un message hors sujet.")));
		// a member may not
		this.mvc
			.perform(post("/dialogues/" + slug + "/moderation/" + id + "/take-down").with(this.member.signedIn())
				.with(csrf())
				.param("version", "0")
				.param("reason", "Je préfère"))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post("/dialogues/" + slug + "/moderation/" + id + "/take-down").with(moderator.signedIn())
				.with(csrf())
				.param("version", "0")
				.param("reason", "Hors sujet pour ce tour."))
			.andExpect(redirectedUrl("/dialogues/" + slug))
			.andExpect(flash().attribute("flash", Flash.success("dialogues.moderation.takenDown", id)));
		this.mvc.perform(get("/dialogues/" + slug))
			.andExpect(content().string(not(containsString("Un message hors sujet."))));
		this.mvc.perform(get("/dialogues/" + slug + "/moderation").with(moderator.signedIn()))
			.andExpect(content().string(containsString("Retirée")));
	}

	@Test
	void memberOnlyDialogueIsNotFoundForVisitors() throws Exception {
		String slug = this.support.create(this.organiser, command("Réservé " + UUID.randomUUID(), this.organisation,
				DialogueVisibility.MEMBERS, List.of(round("Semaine 1", Duration.ofDays(-1), Duration.ofDays(6)))));

		this.mvc.perform(get("/dialogues/" + slug)).andExpect(status().isNotFound());
		this.mvc.perform(get("/dialogues")).andExpect(content().string(not(containsString(slug))));
		this.mvc.perform(get("/dialogues/" + slug).with(this.member.signedIn())).andExpect(status().isOk());
	}

	@Test
	void invitationOnlyDialogueIsNotFoundForMembersOfOtherOrganisations() throws Exception {
		long invited = this.support.users.organisation("Invitée " + UUID.randomUUID());
		User guest = this.support.users.editorOf(invited, "Inès Invitée");
		var invitation = command("Invitation " + UUID.randomUUID(), this.organisation, DialogueVisibility.INVITED,
				List.of(round("Semaine 1", Duration.ofDays(-1), Duration.ofDays(6))));
		String slug = this.support.create(this.organiser,
				new org.passerelle.dialogues.internal.DialogueCommand(invitation.title(), null, invitation.languages(),
						invitation.visibility(), invitation.moderationPolicy(), invitation.organiserIds(),
						java.util.Set.of(invited), invitation.rounds()));

		this.mvc.perform(get("/dialogues/" + slug).with(this.member.signedIn())).andExpect(status().isNotFound());
		this.mvc.perform(get("/dialogues/" + slug).with(guest.signedIn())).andExpect(status().isOk());
	}

	@Test
	void organiserCreatesAFourRoundDialogueThroughTheForm() throws Exception {
		LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Paris")).withNano(0).withSecond(0).plusDays(1);
		String title = "Approche territoriale " + UUID.randomUUID();
		MockHttpServletRequestBuilder request = post("/dialogues").with(this.organiser.signedIn())
			.with(csrf())
			.param("title", title)
			.param("description", "<p>Quatre semaines de discussion.</p>")
			.param("organiserIds", String.valueOf(this.organisation))
			.param("languages", "fr", "en", "es")
			.param("visibility", "PUBLIC")
			.param("moderationPolicy", "PRE");
		for (int week = 0; week < 4; week++) {
			request.param("rounds[" + week + "].title", "Semaine " + (week + 1))
				.param("rounds[" + week + "].opensAt", LOCAL.format(start.plusWeeks(week)))
				.param("rounds[" + week + "].closesAt", LOCAL.format(start.plusWeeks(week + 1)))
				.param("rounds[" + week + "].questions[0]", "Question A de la semaine " + (week + 1))
				.param("rounds[" + week + "].questions[1]", "Question B de la semaine " + (week + 1));
		}
		String location = this.mvc.perform(request)
			.andExpect(redirectedUrlPattern("/dialogues/approche-territoriale-*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Semaine 4")))
			.andExpect(content().string(containsString("Prochain tour : tour 1")))
			.andExpect(content().string(containsString("Question B de la semaine 1")));
	}

	@Test
	void formShowsOverlappingRoundsAndClosingBeforeOpeningNextToTheFields() throws Exception {
		LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Paris")).withNano(0).withSecond(0).plusDays(1);
		this.mvc
			.perform(post("/dialogues").with(this.organiser.signedIn())
				.with(csrf())
				.param("title", "Chevauchement")
				.param("organiserIds", String.valueOf(this.organisation))
				.param("languages", "fr")
				.param("visibility", "PUBLIC")
				.param("moderationPolicy", "PRE")
				.param("rounds[0].opensAt", LOCAL.format(start))
				.param("rounds[0].closesAt", LOCAL.format(start.plusDays(7)))
				.param("rounds[0].questions[0]", "Q")
				.param("rounds[1].opensAt", LOCAL.format(start.plusDays(3)))
				.param("rounds[1].closesAt", LOCAL.format(start.plusDays(10)))
				.param("rounds[1].questions[0]", "Q")
				.param("rounds[2].opensAt", LOCAL.format(start.plusDays(20)))
				.param("rounds[2].closesAt", LOCAL.format(start.plusDays(19)))
				.param("rounds[2].questions[0]", "Q"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Ce tour chevauche le tour 1.")))
			.andExpect(content().string(containsString("La clôture doit suivre l’ouverture.")));
	}

	@Test
	void nonOrganiserIsForbiddenToEdit() throws Exception {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Interdit " + UUID.randomUUID());

		this.mvc.perform(get("/dialogues/" + slug + "/edit").with(this.member.signedIn()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/dialogues/" + slug + "/moderation").with(this.member.signedIn()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/dialogues/" + slug + "/edit").with(this.organiser.signedIn()))
			.andExpect(status().isOk());
	}

}
