package org.passerelle.dialogues.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.MailInbox;
import org.passerelle.accounts.MembershipRole;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.Contributions;
import org.passerelle.dialogues.DialogueTestSupport;
import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.ModerationPolicy;
import org.passerelle.dialogues.RoundOpened;
import org.passerelle.kernel.mail.MailFileContent;
import org.passerelle.kernel.mail.MailFolder;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What participants of a dialogue hear by mail (every test user wants immediate mail, the
 * default): their contribution published, a reply to it, a new round.
 */
@PasserelleIntegrationTest
class DialogueNotificationsIntegrationTests {

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
	ContributionRepository contributionRepository;

	@Autowired
	DialogueRepository dialogues;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MailFolder mailFolder;

	DialogueTestSupport support;

	MailInbox inbox;

	long organisation;

	User organiser;

	String title;

	@BeforeEach
	void setUp() {
		this.support = new DialogueTestSupport(this.accounts, this.organisations, this.transactions, this.editor);
		this.inbox = new MailInbox(this.mailFolder);
		this.organisation = this.support.users.organisation("Ville Notifiée " + UUID.randomUUID());
		this.organiser = this.support.users.editorOf(this.organisation, "Olivia Organisatrice");
		this.title = "Accueil " + UUID.randomUUID().toString().substring(0, 8);
	}

	String dialogue(ModerationPolicy policy) {
		return this.support.create(this.organiser,
				new DialogueCommand(this.title, "<p>Une consultation.</p>", List.of("fr", "en"),
						DialogueVisibility.PUBLIC, policy, Set.of(this.organisation), Set.of(),
						List.of(DialogueTestSupport.round("Semaine 1", Duration.ofDays(-1), Duration.ofDays(6)),
								DialogueTestSupport.round("Semaine 2", Duration.ofDays(6), Duration.ofDays(7)))));
	}

	long contribute(String slug, User author) {
		return this.contributions.submit(slug, author.id(), null, Map.of(1, "Un guichet unique avec la région."), null,
				ContributionChannel.WEB);
	}

	Optional<MailFileContent> mailTo(User user, String subject, String text) {
		return this.inbox.messagesTo(user.email())
			.stream()
			.filter(m -> m.file().subject().equals(subject) && m.text().contains(text))
			.findFirst();
	}

	Optional<MailFileContent> mailTo(User user, String subject) {
		return mailTo(user, subject, "");
	}

	MailFileContent awaitMailTo(User user, String subject, String text) {
		return await("mail \"" + subject + "\" to " + user.email()).atMost(Duration.ofSeconds(20))
			.until(() -> mailTo(user, subject, text), Optional::isPresent)
			.orElseThrow();
	}

	MailFileContent awaitMailTo(User user, String subject) {
		return awaitMailTo(user, subject, "");
	}

	@Test
	void approvingAContributionNotifiesItsAuthor() {
		String slug = dialogue(ModerationPolicy.PRE);
		User author = this.support.users.member("Amina Autrice");
		User moderator = this.support.users.moderator("Marc Modérateur");
		long id = contribute(slug, author);
		String subject = "Passerelle : Votre contribution à « " + this.title + " » est publiée";
		assertThat(mailTo(author, subject)).as("nothing while the contribution waits").isEmpty();

		long version = this.contributionRepository.findById(id).orElseThrow().getVersion();
		this.support.users.run(moderator, () -> this.moderation.approve(id, version));

		MailFileContent mail = awaitMailTo(author, subject);
		assertThat(mail.text()).contains("Bonjour Amina Autrice", "/dialogues/" + slug + "#contribution-" + id,
				"/notifications/unsubscribe/");
	}

	@Test
	void aPublishedReplyNotifiesTheAuthorOfTheContributionItAnswers() {
		String slug = dialogue(ModerationPolicy.POST);
		User author = this.support.users.member("Paul Premier");
		User replier = this.support.users.member("Rita Répondante");
		long parent = contribute(slug, author);

		long reply = this.contributions.reply(slug, parent, replier.id(), null, "Chez nous aussi, avec l’État.", null,
				ContributionChannel.WEB);

		MailFileContent mail = awaitMailTo(author,
				"Passerelle : Nouvelle réponse à votre contribution dans « " + this.title + " »");
		assertThat(mail.text()).contains("Rita Répondante a répondu à votre contribution au dialogue",
				"/dialogues/" + slug + "#contribution-" + reply);
		awaitMailTo(replier, "Passerelle : Votre contribution à « " + this.title + " » est publiée");
		assertThat(this.inbox.messagesTo(replier.email())).noneMatch(m -> m.file().subject().contains("réponse"));
	}

	@Test
	void roundOpenedNotifiesEarlierContributorsAndMembersOfTheOrganisersButNobodyElse() {
		String slug = dialogue(ModerationPolicy.PRE);
		User contributor = this.support.users.member("Claire Contributrice");
		User member = this.support.users.member("Maël Membre");
		this.accounts.setMembership(member.id(), this.organisation, MembershipRole.MEMBER);
		User bystander = this.support.users.member("Bruno Badaud");
		contribute(slug, contributor);
		long dialogueId = this.dialogues.findBySlug(slug).orElseThrow().getId();

		new TransactionTemplate(this.transactions)
			.executeWithoutResult(status -> this.events.publishEvent(new RoundOpened(dialogueId, 2)));

		// the platform's own announcer may announce round 1 meanwhile: look for round 2
		String subject = "Passerelle : Nouveau tour dans « " + this.title + " »";
		String round2 = "Le tour 2 du dialogue « " + this.title + " » vient de s’ouvrir";
		assertThat(awaitMailTo(contributor, subject, round2).text()).contains("/dialogues/" + slug);
		awaitMailTo(member, subject, round2);
		awaitMailTo(this.organiser, subject, round2);
		assertThat(this.inbox.messagesTo(bystander.email())).isEmpty();
	}

}
