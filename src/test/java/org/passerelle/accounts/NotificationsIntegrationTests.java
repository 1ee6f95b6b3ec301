package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.internal.DigestJob;
import org.passerelle.accounts.internal.NotificationFrequency;
import org.passerelle.accounts.internal.NotificationSettings;
import org.passerelle.kernel.mail.MailFileContent;
import org.passerelle.kernel.mail.MailFolder;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notification mail as its recipients see it: immediate mail with its unsubscribe link,
 * digests, the unsubscribe page, the choice on the account page, and the user's data.
 */
@PasserelleIntegrationTest
class NotificationsIntegrationTests {

	static final String PASSWORD = "notify me when it matters";

	static final Pattern UNSUBSCRIBE = Pattern.compile("https?://[^/\\s]+(/notifications/unsubscribe/[A-Za-z0-9_.-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationSettings settings;

	@Autowired
	DigestJob digests;

	@Autowired
	MailFolder mailFolder;

	@Autowired
	PlatformTransactionManager transactions;

	MailInbox inbox;

	@BeforeEach
	void setUp() {
		this.inbox = new MailInbox(this.mailFolder);
	}

	long user(String name, Locale locale) {
		return this.accounts.createConfirmedUser(RegistrationIntegrationTests.uniqueAddress("notified"), name, PASSWORD,
				locale, Set.of(Role.MEMBER));
	}

	String emailOf(long id) {
		return this.accounts.find(id).orElseThrow().email();
	}

	static Notice published(String title) {
		return Notice.of("dialogues.published", "dialogues.notice.published.subject", "dialogues.notice.published.body",
				"/dialogues/accueil#contribution-7", title);
	}

	static MimeMessage parse(MailFileContent mail) throws Exception {
		return new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(mail.source().getBytes(StandardCharsets.UTF_8)));
	}

	static String unsubscribePath(MailFileContent mail) {
		Matcher link = UNSUBSCRIBE.matcher(mail.text());
		assertThat(link.find()).as("an unsubscribe link in " + mail.text()).isTrue();
		return link.group(1);
	}

	@Test
	void immediateNoticeArrivesInTheUsersLanguageWithAnUnsubscribeLinkAndHeaders() throws Exception {
		long id = user("Imogen Immediate", Locale.ENGLISH);

		this.notifications.notify(id, published("Welcoming refugees"));

		MailFileContent mail = this.inbox.latestTo(emailOf(id));
		assertThat(mail.file().subject())
			.isEqualTo("Passerelle: Your contribution to “Welcoming refugees” is published");
		assertThat(mail.text()).contains("Hello Imogen Immediate",
				"Your contribution to the dialogue “Welcoming refugees” is published",
				"/dialogues/accueil#contribution-7");
		assertThat(mail.html()).contains("/dialogues/accueil#contribution-7", "/notifications/unsubscribe/");
		String path = unsubscribePath(mail);
		MimeMessage mime = parse(mail);
		assertThat(mime.getHeader("List-Unsubscribe", null)).matches("<https?://[^>]+" + Pattern.quote(path) + ">");
		assertThat(mime.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
	}

	@Test
	void noticeGivenInARolledBackTransactionSendsNothing() {
		long id = user("Roland Rollback", Locale.FRENCH);

		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.notifications.notify(id, published("Annulé"));
			status.setRollbackOnly();
		});

		assertThat(this.inbox.messagesTo(emailOf(id))).isEmpty();
	}

	@Test
	void dailyUserGetsNothingAtOnceAndOneDigestOfBothNoticesWhenTheJobRuns() {
		long id = user("Danièle Digest", Locale.FRENCH);
		this.settings.change(id, NotificationFrequency.DAILY);

		this.notifications.notify(id, published("Logement d’abord"));
		this.notifications.notify(id, Notice.of("dialogues.reply", "dialogues.notice.reply.subject",
				"dialogues.notice.reply.body", "/dialogues/logement#contribution-9", "Logement d’abord", "Rémi"));

		assertThat(this.inbox.messagesTo(emailOf(id))).isEmpty();
		Clock tomorrow = Clock.fixed(Instant.now().plus(Duration.ofDays(1)), ZoneOffset.UTC);
		this.digests.at(tomorrow).sendDue();

		assertThat(this.inbox.messagesTo(emailOf(id))).hasSize(1);
		MailFileContent digest = this.inbox.latestTo(emailOf(id));
		assertThat(digest.file().subject()).isEqualTo("Passerelle : 2 nouvelles pour vous");
		assertThat(digest.text()).contains("Votre contribution à « Logement d’abord » est publiée",
				"Rémi a répondu à votre contribution au dialogue « Logement d’abord ».",
				"/dialogues/logement#contribution-9", "/notifications/unsubscribe/");

		this.digests.at(tomorrow).sendDue();
		assertThat(this.inbox.messagesTo(emailOf(id))).as("a second run sends nothing again").hasSize(1);
	}

	@Test
	void followingTheUnsubscribeLinkChangesNothingAndPostingItStopsTheMail() throws Exception {
		long id = user("Ulysse Unsubscribe", Locale.ENGLISH);
		this.notifications.notify(id, published("First"));
		String path = unsubscribePath(this.inbox.latestTo(emailOf(id)));

		this.mvc.perform(get(path).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Stop notification mail")))
			.andExpect(content().string(containsString("action=\"" + path + "\"")));
		assertThat(this.settings.frequency(id)).isEqualTo(NotificationFrequency.IMMEDIATE);

		// as a mail client's one-click unsubscription (RFC 8058): no session, no CSRF
		// token
		this.mvc.perform(post(path).param("List-Unsubscribe", "One-Click").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are unsubscribed")));
		assertThat(this.settings.frequency(id)).isEqualTo(NotificationFrequency.NONE);

		this.notifications.notify(id, published("Second"));
		assertThat(this.inbox.messagesTo(emailOf(id))).hasSize(1);
	}

	@Test
	void tamperedUnsubscribeLinkIsRefused() throws Exception {
		long id = user("Tom Tampered", Locale.ENGLISH);
		long other = user("Olga Other", Locale.ENGLISH);
		this.notifications.notify(id, published("Tampered"));
		String path = unsubscribePath(this.inbox.latestTo(emailOf(id)));
		String forged = path.replace("/unsubscribe/" + id + ".", "/unsubscribe/" + other + ".");

		this.mvc.perform(post(forged)).andExpect(status().isNotFound());
		this.mvc.perform(get(forged)).andExpect(status().isNotFound());

		assertThat(this.settings.frequency(other)).isEqualTo(NotificationFrequency.IMMEDIATE);
	}

	@Test
	void accountPageShowsAndChangesTheFrequency() throws Exception {
		long id = user("Paula Page", Locale.ENGLISH);
		Visitor visitor = new Visitor(this.mvc).from("10.5.0.1");
		visitor.logIn(emailOf(id), PASSWORD).andExpect(redirectedUrl("/"));

		visitor.perform(get("/account"))
			.andExpect(content().string(containsString("A weekly digest")))
			.andExpect(content().string(containsString("value=\"IMMEDIATE\" checked")));
		visitor.perform(post("/account/notifications").param("frequency", "WEEKLY").with(csrf()))
			.andExpect(redirectedUrl("/account#notifications"));

		assertThat(this.settings.frequency(id)).isEqualTo(NotificationFrequency.WEEKLY);
		visitor.perform(get("/account"))
			.andExpect(content().string(containsString("value=\"WEEKLY\" checked")))
			.andExpect(content().string(not(containsString("value=\"IMMEDIATE\" checked"))));
	}

	@Test
	void exportContainsTheFrequencyAndTheWaitingNoticesWhichGoWithTheAccount() throws Exception {
		long id = user("Xavier Export", Locale.ENGLISH);
		this.settings.change(id, NotificationFrequency.WEEKLY);
		this.notifications.notify(id, published("Exported dialogue"));
		Visitor visitor = new Visitor(this.mvc).from("10.5.0.2");
		visitor.logIn(emailOf(id), PASSWORD).andExpect(redirectedUrl("/"));

		visitor.perform(get("/account/export"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notifications.frequency").value("WEEKLY"))
			.andExpect(jsonPath("$.notifications.pending[0].topic").value("dialogues.published"))
			.andExpect(jsonPath("$.notifications.pending[0].subject")
				.value("Your contribution to “Exported dialogue” is published"));

		visitor.perform(post("/account/delete").param("confirmation", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?deleted"));
		assertThat(this.settings.pending(id)).isEmpty();
	}

}
