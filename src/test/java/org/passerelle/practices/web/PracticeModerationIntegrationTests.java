package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.MailInbox;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.kernel.mail.MailFileContent;
import org.passerelle.kernel.mail.MailFolder;
import org.passerelle.kernel.web.Flash;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeEditor;
import org.passerelle.practices.internal.PracticeRepository;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PasserelleIntegrationTest
class PracticeModerationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	PracticeEditor editor;

	@Autowired
	PracticeRepository practices;

	@Autowired
	MailFolder mailFolder;

	PracticeFixtures fixtures;

	MailInbox inbox;

	long lead;

	User author;

	User moderator;

	@BeforeEach
	void setUp() {
		this.fixtures = new PracticeFixtures(this.accounts, this.organisations, this.transactions, this.editor,
				this.practices);
		this.inbox = new MailInbox(this.mailFolder);
		this.lead = this.fixtures.support.organisation("Ville de Modération " + UUID.randomUUID());
		this.author = this.fixtures.editorOf(this.lead, "Alex Author", Locale.ENGLISH);
		this.moderator = this.fixtures.support.moderator("Morgane Modératrice");
	}

	@Test
	void moderatorSeesSubmittedPracticesOldestFirstButNotDrafts() throws Exception {
		long older = this.fixtures.submitted(this.author, PracticeFixtures.titled(this.lead, "Accueil de nuit"));
		long newer = this.fixtures.submitted(this.author, PracticeFixtures.titled(this.lead, "Cours de langue"));
		long draft = this.fixtures.draft(this.author, PracticeFixtures.titled(this.lead, "Brouillon caché"));

		String page = html(this.mvc
			.perform(get("/practices/moderation").param("country", "FR")
				.param("theme", "emergency-shelter")
				.param("language", "fr")
				.with(this.moderator.signedIn()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page).contains("moderation-" + older, "moderation-" + newer).doesNotContain("moderation-" + draft);
		assertThat(page.indexOf("moderation-" + older)).isLessThan(page.indexOf("moderation-" + newer));
		assertThat(page).contains("Ville de Modération", "Publier", "Renvoyer aux auteurs");
	}

	@Test
	void queueSaysWhenNoSubmittedPracticeMatches() throws Exception {
		String page = html(
				this.mvc.perform(get("/practices/moderation").param("country", "AQ").with(this.moderator.signedIn()))
					.andExpect(status().isOk())
					.andReturn());

		assertThat(page).contains("Aucune pratique soumise ne correspond à ces filtres.");
	}

	@Test
	void memberCannotReachTheQueue() throws Exception {
		this.mvc.perform(get("/practices/moderation").with(this.author.signedIn())).andExpect(status().isForbidden());
		long id = this.fixtures.submitted(this.author, PracticeFixtures.titled(this.lead, "Auto-publication"));
		this.mvc
			.perform(post("/practices/{id}/publish", id).param("version", String.valueOf(this.fixtures.version(id)))
				.with(this.author.signedIn())
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.practices.findById(id).orElseThrow().getStatus()).isEqualTo(PracticeStatus.SUBMITTED);
	}

	@Test
	void moderatorPublishesAndTheAuthorIsToldByMail() throws Exception {
		long id = this.fixtures.submitted(this.author, PracticeFixtures.titled(this.lead, "Maison des migrants"));

		this.mvc
			.perform(post("/practices/{id}/publish", id).param("version", String.valueOf(this.fixtures.version(id)))
				.with(this.moderator.signedIn())
				.with(csrf()))
			.andExpect(redirectedUrl("/practices/moderation"))
			.andExpect(flash().attribute(Flash.ATTRIBUTE, Flash.success("practices.moderation.published",
					this.practices.findById(id).orElseThrow().getTitle())));

		assertThat(this.practices.findById(id).orElseThrow().getStatus()).isEqualTo(PracticeStatus.PUBLISHED);
		MailFileContent mail = awaitMailTo(this.author.email());
		assertThat(mail.file().subject()).startsWith("Your practice").endsWith("is published");
		assertThat(mail.text()).contains("Hello Alex Author", "/practices/" + id);
	}

	@Test
	void moderatorReturnsWithAReasonThatTheAuthorReceivesInTheirLanguage() throws Exception {
		long id = this.fixtures.submitted(this.author, PracticeFixtures.titled(this.lead, "Foyer à compléter"));

		this.mvc
			.perform(post("/practices/{id}/return", id).param("version", String.valueOf(this.fixtures.version(id)))
				.param("reason", "Please add the budget and the results in figures.")
				.with(this.moderator.signedIn())
				.with(csrf()))
			.andExpect(redirectedUrl("/practices/moderation"));

		var practice = this.practices.findById(id).orElseThrow();
		assertThat(practice.getStatus()).isEqualTo(PracticeStatus.RETURNED);
		assertThat(practice.getReturnReason()).isEqualTo("Please add the budget and the results in figures.");
		MailFileContent mail = awaitMailTo(this.author.email());
		assertThat(mail.file().subject()).isEqualTo("Your practice “" + practice.getTitle() + "” needs changes");
		assertThat(mail.text()).contains("Please add the budget and the results in figures.",
				"/practices/" + id + "/edit");
		assertThat(mail.html()).contains("Please add the budget and the results in figures.",
				"/practices/" + id + "/edit");
	}

	@Test
	void importedPracticeIsReturnedToTheEditorsOfItsLeadOrganisation() throws Exception {
		User french = this.fixtures.support.editorOf(this.lead, "Édith Éditrice");
		// imported: no account created it
		long id = new TransactionTemplate(this.transactions).execute(status -> {
			Practice practice = new Practice(PracticeFixtures.titled(this.lead, "Pratique importée"), List.of(), null);
			practice.submit();
			return this.practices.save(practice).getId();
		});

		this.mvc
			.perform(post("/practices/{id}/return", id).param("version", String.valueOf(this.fixtures.version(id)))
				.param("reason", "Précisez le public visé.")
				.with(this.moderator.signedIn())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		MailFileContent toFrench = awaitMailTo(french.email());
		assertThat(toFrench.file().subject()).startsWith("Votre pratique").endsWith("est à revoir");
		assertThat(toFrench.text()).contains("Bonjour Édith Éditrice", "Précisez le public visé.");
		assertThat(awaitMailTo(this.author.email()).text()).contains("Hello Alex Author", "Précisez le public visé.");
	}

	@Test
	void returnWithoutAReasonIsRefusedAndChangesNothing() throws Exception {
		long id = this.fixtures.submitted(this.author, PracticeFixtures.titled(this.lead, "Sans raison"));

		String page = html(this.mvc
			.perform(post("/practices/{id}/return", id).param("version", String.valueOf(this.fixtures.version(id)))
				.param("reason", "   ")
				.with(this.moderator.signedIn())
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page).contains("Indiquez la raison du renvoi.", "aria-invalid=\"true\"");
		assertThat(this.practices.findById(id).orElseThrow().getStatus()).isEqualTo(PracticeStatus.SUBMITTED);
		assertThat(this.inbox.messagesTo(this.author.email())).isEmpty();
	}

	@Test
	void secondDecisionOnTheSamePracticeGetsTheConflictMessage() throws Exception {
		long id = this.fixtures.submitted(this.author, PracticeFixtures.titled(this.lead, "Double décision"));
		String seen = String.valueOf(this.fixtures.version(id));
		User other = this.fixtures.support.moderator("Second Modérateur");
		this.mvc.perform(
				post("/practices/{id}/publish", id).param("version", seen).with(this.moderator.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String title = this.practices.findById(id).orElseThrow().getTitle();
		this.mvc
			.perform(post("/practices/{id}/return", id).param("version", seen)
				.param("reason", "Trop tard")
				.with(other.signedIn())
				.with(csrf()))
			.andExpect(redirectedUrl("/practices/moderation"))
			.andExpect(flash().attribute(Flash.ATTRIBUTE, Flash.warning("practices.moderation.decided", title)));

		var practice = this.practices.findById(id).orElseThrow();
		assertThat(practice.getStatus()).isEqualTo(PracticeStatus.PUBLISHED);
		assertThat(practice.getReturnReason()).isNull();
	}

	@Test
	void decisionOnAPracticeChangedSinceItWasShownIsRefused() throws Exception {
		long id = this.fixtures.submitted(this.author, PracticeFixtures.titled(this.lead, "Changée entre-temps"));
		String seen = String.valueOf(this.fixtures.version(id));
		// the moderator changes a word while another one has the queue open
		this.fixtures.support.run(this.moderator, () -> this.editor.update(id,
				PracticeTestSupport.withTitle(this.practices.findById(id).orElseThrow().content(), "Titre corrigé"),
				null));

		String row = html(this.mvc
			.perform(post("/practices/{id}/publish", id).param("version", seen)
				.header("HX-Request", "true")
				.with(this.moderator.signedIn())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(row).startsWith("<li").contains("id=\"moderation-" + id + "\"");
		assertThat(row).contains("« Titre corrigé » a été modifiée depuis que vous l’avez affichée");
		assertThat(row).doesNotContain("<html");
		assertThat(this.practices.findById(id).orElseThrow().getStatus()).isEqualTo(PracticeStatus.SUBMITTED);
	}

	@Test
	void publishingWithHtmxReplacesTheEntryInPlace() throws Exception {
		long id = this.fixtures.submitted(this.author, PracticeFixtures.titled(this.lead, "En place"));

		String row = html(this.mvc
			.perform(post("/practices/{id}/publish", id).param("version", String.valueOf(this.fixtures.version(id)))
				.header("HX-Request", "true")
				.with(this.moderator.signedIn())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(row).startsWith("<li").contains("id=\"moderation-" + id + "\"", "est publiée", "Voir la pratique");
		assertThat(row).doesNotContain("name=\"version\"");
	}

	@Test
	void returnPageShowsTheFormForASubmittedPractice() throws Exception {
		long id = this.fixtures.submitted(this.author, PracticeFixtures.titled(this.lead, "Page de renvoi"));

		String page = html(this.mvc.perform(get("/practices/{id}/return", id).with(this.moderator.signedIn()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page).contains("name=\"reason\"", "name=\"version\" value=\"" + this.fixtures.version(id) + "\"",
				"name=\"_csrf\"");
	}

	private MailFileContent awaitMailTo(String address) {
		await("mail to " + address).atMost(Duration.ofSeconds(20))
			.until(() -> !this.inbox.messagesTo(address).isEmpty());
		return this.inbox.latestTo(address);
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
	}

}
