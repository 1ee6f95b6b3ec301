package org.passerelle.dialogues.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionStatus;
import org.passerelle.dialogues.DialogueTestSupport;
import org.passerelle.kernel.mail.inbound.InboundMailStatus;
import org.passerelle.kernel.mail.inbound.InboundMailSummary;
import org.passerelle.kernel.mail.inbound.InboundMailbox;
import org.passerelle.kernel.mail.inbound.internal.InboundMailPoller;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.test.PasserelleIntegrationTest;
import org.passerelle.test.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Contributions by e-mail, from the SMTP server to the moderation queue: mail is sent to
 * a GreenMail mailbox, one poll reads it and the dialogue's mail handler takes it.
 */
@PasserelleIntegrationTest
class DialogueMailIntegrationTests {

	private static final String MAILBOX = TestMailServer.MAILBOX;

	private static final GreenMail mailServer = TestMailServer.start();

	@DynamicPropertySource
	static void mailServers(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry, mailServer);
	}

	@AfterAll
	static void stopMailServer() {
		mailServer.stop();
	}

	@Autowired
	InboundMailPoller poller;

	@Autowired
	InboundMailbox mailbox;

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
	ContributionStore store;

	@Autowired
	ContributionRepository contributionRepository;

	DialogueTestSupport support;

	String slug;

	@BeforeEach
	void setUp() {
		this.support = new DialogueTestSupport(this.accounts, this.organisations, this.transactions, this.editor);
		long organisation = this.support.users.organisation("Ville Courriel " + UUID.randomUUID());
		User organiser = this.support.users.editorOf(organisation, "Odile Organisatrice");
		this.slug = this.support.openDialogue(organiser, organisation, "Par courriel " + UUID.randomUUID());
	}

	@Test
	void aMembersMailToTheDialogueAddressWaitsInTheModerationQueueWithoutTheQuotedText() throws Exception {
		User member = this.support.users.member("Mina Membre");
		String subject = "Re: Semaine 1 " + UUID.randomUUID();

		send(message(member.email(), address(), subject, """
				Notre ville finance un guichet unique avec la région.

				On Mon, 3 Mar 2025 at 10:00, Passerelle <participate@example.org> wrote:
				> Quelles pratiques locales fonctionnent ?
				"""));
		this.poller.poll();

		assertThat(stored(subject).status()).isEqualTo(InboundMailStatus.DELIVERED);
		List<Contribution> mine = contributionsOf(member);
		assertThat(mine).hasSize(1);
		Contribution contribution = mine.get(0);
		assertThat(contribution.getStatus()).isEqualTo(ContributionStatus.PENDING);
		assertThat(contribution.getChannel()).isEqualTo(ContributionChannel.EMAIL);
		assertThat(contribution.getAnswers()).hasSize(1);
		assertThat(contribution.answer(1).orElseThrow().text())
			.contains("Notre ville finance un guichet unique avec la région.")
			.doesNotContain("wrote", "Quelles pratiques");
		assertThat(text(onlyMailTo(member.email()))).contains("sera publiée après modération");

		User moderator = this.support.users.moderator("Modeste Modérateur");
		this.mvc.perform(get("/dialogues/" + this.slug + "/moderation").with(moderator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Notre ville finance un guichet unique")))
			.andExpect(content().string(not(containsString("wrote:"))));
		this.mvc.perform(get("/dialogues/" + this.slug))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Notre ville finance un guichet unique"))));
	}

	@Test
	void answersAreSplitByTheQuestionMarkersOfTheMail() throws Exception {
		User member = this.support.users.member("Marc Membre");
		String subject = "Réponses " + UUID.randomUUID();

		send(message(member.email(), address(), subject, """
				Q1: Un guichet unique.
				Q2: Des interprètes.
				"""));
		this.poller.poll();

		Contribution contribution = contributionsOf(member).get(0);
		assertThat(contribution.answer(1).orElseThrow().text()).contains("Un guichet unique.")
			.doesNotContain("interprètes");
		assertThat(contribution.answer(2).orElseThrow().text()).contains("Des interprètes.");
	}

	@Test
	void aMailAnsweringAQuestionTheRoundDoesNotAskIsRefusedWithTheReason() throws Exception {
		User member = this.support.users.member("Rita Refusée");
		String subject = "Trop loin " + UUID.randomUUID();

		send(message(member.email(), address(), subject, "Question 5: Un budget.\n"));
		this.poller.poll();

		InboundMailSummary refused = stored(subject);
		assertThat(refused.status()).isEqualTo(InboundMailStatus.REJECTED);
		assertThat(refused.reason())
			.isEqualTo("refused: Votre contribution n’a pas été enregistrée. Le tour ouvert n’a pas de question 5.");
		assertThat(contributionsOf(member)).isEmpty();
		assertThat(text(onlyMailTo(member.email()))).contains("Le tour ouvert n’a pas de question 5.");
	}

	@Test
	void mailToAnUnknownDialogueIsRefused() throws Exception {
		User member = this.support.users.member("Nina Nulle-part");
		String subject = "Perdu " + UUID.randomUUID();

		send(message(member.email(), "participate+dialogue-no-such-dialogue@example.org", subject, "Bonjour.\n"));
		this.poller.poll();

		assertThat(stored(subject).reason())
			.isEqualTo("refused: Il n’y a pas de dialogue « no-such-dialogue », ou vous n’y avez pas accès.");
	}

	@Test
	void anUnknownSenderIsHeldThenRefusedOnceConfirmedBecauseTheyHaveNoAccount() throws Exception {
		String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String subject = "Sans compte " + UUID.randomUUID();

		send(message(stranger, address(), subject, "Nous proposons un guichet unique.\n"));
		this.poller.poll();

		assertThat(stored(subject).status()).isEqualTo(InboundMailStatus.HELD);
		String confirmation = text(onlyMailTo(stranger));
		Matcher link = Pattern.compile("/mail/confirm/([A-Za-z0-9._-]+)").matcher(confirmation);
		assertThat(link.find()).as("a confirmation link in %s", confirmation).isTrue();

		this.mvc.perform(post("/mail/confirm/{token}", link.group(1)).with(csrf())).andExpect(status().isOk());

		InboundMailSummary refused = stored(subject);
		assertThat(refused.status()).isEqualTo(InboundMailStatus.REJECTED);
		assertThat(refused.reason()).isEqualTo(
				"refused: Pour contribuer à un dialogue par courriel, il faut un compte" + " Passerelle à l’adresse "
						+ stranger + " : créez un compte avec cette adresse, puis renvoyez votre message.");
		assertThat(this.contributionRepository.findAll())
			.noneMatch(c -> c.getDialogueId() == this.store.dialogue(this.slug).orElseThrow().getId());
	}

	private String address() {
		return "participate+dialogue-" + this.slug + "@example.org";
	}

	private List<Contribution> contributionsOf(User member) {
		long dialogueId = this.store.dialogue(this.slug).orElseThrow().getId();
		return this.contributionRepository.findByDialogueIdAndAuthorIdOrderBySubmittedAtDescIdDesc(dialogueId,
				member.id());
	}

	private InboundMailSummary stored(String subject) {
		return this.mailbox.list(null, PageRequest.of(0, 200))
			.filter(m -> subject.equals(m.subject()))
			.stream()
			.findFirst()
			.orElseThrow(() -> new AssertionError("no stored message \"" + subject + "\""));
	}

	private static String message(String from, String to, String subject, String body) {
		return "From: " + from + "\r\n" + "To: " + to + "\r\n" + "Subject: " + subject + "\r\n"
				+ "Date: Mon, 3 Mar 2025 10:00:00 +0000\r\n" + "Message-ID: <" + UUID.randomUUID()
				+ "@sender.example>\r\n" + "Content-Language: fr\r\n" + "MIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n" + "Content-Transfer-Encoding: 8bit\r\n" + "\r\n"
				+ body.replace("\r\n", "\n").replace("\n", "\r\n");
	}

	/** Sends the bytes as they are to the mailbox, which keeps the plus-address in To. */
	private static void send(String raw) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.host", "127.0.0.1");
		properties.setProperty("mail.smtp.port", Integer.toString(mailServer.getSmtp().getPort()));
		Session session = Session.getInstance(properties);
		MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
		try (Transport transport = session.getTransport("smtp")) {
			transport.connect();
			transport.sendMessage(message, new Address[] { new InternetAddress(MAILBOX) });
		}
	}

	private static MimeMessage onlyMailTo(String address) {
		List<MimeMessage> mails = Arrays.stream(mailServer.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
					.anyMatch(r -> ((InternetAddress) r).getAddress().equalsIgnoreCase(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
		assertThat(mails).as("mail to %s", address).hasSize(1);
		return mails.get(0);
	}

	/** The decoded text of a mail (its first text part). */
	private static String text(Part part) throws Exception {
		Object content = part.getContent();
		if (content instanceof String text) {
			return text;
		}
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String text = text(body);
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return "";
	}

}
