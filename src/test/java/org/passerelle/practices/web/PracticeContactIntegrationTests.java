package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.MailInbox;
import org.passerelle.accounts.MembershipRole;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.kernel.mail.MailFileContent;
import org.passerelle.kernel.mail.MailFolder;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.practices.internal.PracticeEditor;
import org.passerelle.practices.internal.PracticeRepository;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

@PasserelleIntegrationTest
class PracticeContactIntegrationTests {

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

	User editorFr;

	User editorEn;

	long practice;

	long senderOrganisation;

	User sender;

	@BeforeEach
	void setUp() {
		this.fixtures = new PracticeFixtures(this.accounts, this.organisations, this.transactions, this.editor,
				this.practices);
		this.inbox = new MailInbox(this.mailFolder);
		this.lead = this.fixtures.support.organisation("Ville de Contact " + UUID.randomUUID());
		this.editorFr = this.fixtures.support.editorOf(this.lead, "Éditrice Française");
		this.editorEn = this.fixtures.editorOf(this.lead, "English Editor", Locale.ENGLISH);
		this.practice = this.fixtures.published(this.editorFr, PracticeTestSupport.content(this.lead));
		this.senderOrganisation = this.fixtures.support.organisation("Commune de Dakar-Plateau " + UUID.randomUUID());
		this.sender = this.fixtures.support.member("Samba Expéditeur");
		this.accounts.setMembership(this.sender.id(), this.senderOrganisation, MembershipRole.MEMBER);
	}

	@Test
	void relaysTheMessageToTheEditorsWithoutShowingTheirAddresses() throws Exception {
		String form = html(this.mvc.perform(get("/practices/{id}/contact", this.practice).with(this.sender.signedIn()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(form).contains("name=\"subject\"", "name=\"message\"", "Ville de Contact")
			.doesNotContain(this.editorFr.email())
			.doesNotContain(this.editorEn.email());

		this.mvc
			.perform(message("Reproduire votre dispositif", "Bonjour, comment avez-vous financé les places ?")
				.with(this.sender.signedIn()))
			.andExpect(redirectedUrl("/practices/" + this.practice));

		MailFileContent toFrench = this.inbox.latestTo(this.editorFr.email());
		assertThat(toFrench.file().subject()).isEqualTo("[Passerelle] Reproduire votre dispositif");
		assertThat(toFrench.text())
			.contains("Samba Expéditeur vous écrit", "comment avez-vous financé les places ?",
					"/organisations/" + this.senderOrganisation, "répondez par la plateforme")
			.doesNotContain(this.sender.email());
		assertThat(toFrench.source()).doesNotContainIgnoringCase("Reply-To");
		MailFileContent toEnglish = this.inbox.latestTo(this.editorEn.email());
		assertThat(toEnglish.text()).contains("Samba Expéditeur writes to you", "answer through the platform");

		MailFileContent copy = this.inbox.latestTo(this.sender.email());
		assertThat(copy.file().subject()).isEqualTo("Copie de votre message : Reproduire votre dispositif");
		assertThat(copy.text()).contains("comment avez-vous financé les places ?")
			.doesNotContain(this.editorFr.email())
			.doesNotContain(this.editorEn.email());
		assertThat(copy.source()).doesNotContain(this.editorFr.email()).doesNotContain(this.editorEn.email());
	}

	@Test
	void givesTheSendersAddressAsReplyToOnlyWhenTheyAgree() throws Exception {
		this.mvc
			.perform(message("Une question", "Pouvons-nous échanger sur votre projet ?").param("shareAddress", "true")
				.with(this.sender.signedIn()))
			.andExpect(status().is3xxRedirection());

		MailFileContent toFrench = this.inbox.latestTo(this.editorFr.email());
		assertThat(toFrench.source()).contains("Reply-To: " + this.sender.email());
		assertThat(toFrench.text()).contains("a choisi de communiquer son adresse");
	}

	@Test
	void refusesAnEmptyMessage() throws Exception {
		String page = html(this.mvc.perform(message("", "court").with(this.sender.signedIn()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page).contains("Indiquez l’objet du message.",
				"Le message doit compter entre 10 et 5000 caractères.");
		assertThat(this.inbox.messagesTo(this.editorFr.email())).isEmpty();
	}

	@Test
	void sendsAtMostFiveMessagesAnHourPerUser() throws Exception {
		User eager = this.fixtures.support.member("Expéditeur pressé");
		for (int i = 1; i <= 5; i++) {
			this.mvc.perform(message("Message " + i, "Un message de plus, le numéro " + i + ".").with(eager.signedIn()))
				.andExpect(status().is3xxRedirection());
		}

		String page = html(
				this.mvc.perform(message("Message 6", "Encore un message, le sixième.").with(eager.signedIn()))
					.andExpect(status().isTooManyRequests())
					.andReturn());

		assertThat(page).contains("Vous avez déjà envoyé 5 messages cette heure-ci");
		assertThat(this.inbox.messagesTo(eager.email())).hasSize(5);
		assertThat(this.inbox.messagesTo(this.editorFr.email())).extracting(m -> m.file().subject())
			.doesNotContain("[Passerelle] Message 6");
	}

	@Test
	void practiceWithoutAnEditorToReadTheMessageSaysSo() throws Exception {
		long lonely = this.fixtures.support.organisation("Organisation sans éditeur " + UUID.randomUUID());
		User moderator = this.fixtures.support.moderator("Modératrice rédactrice");
		long id = this.fixtures.published(moderator, PracticeTestSupport.content(lonely));

		String page = html(this.mvc.perform(get("/practices/{id}/contact", id).with(this.sender.signedIn()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page).contains("Aucun éditeur de l’organisation ne peut recevoir de message")
			.doesNotContain("name=\"message\"");
	}

	@Test
	void visitorsAreAskedToSignIn() throws Exception {
		this.mvc.perform(get("/practices/{id}/contact", this.practice)).andExpect(redirectedUrl("/login"));
	}

	private MockHttpServletRequestBuilder message(String subject, String text) {
		return post("/practices/{id}/contact", this.practice).param("subject", subject)
			.param("message", text)
			.with(csrf());
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
	}

}
