package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.passerelle.accounts.internal.NotificationFrequency;
import org.passerelle.accounts.internal.NotificationSettings;
import org.passerelle.test.PasserelleIntegrationTest;
import org.passerelle.test.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A notice travels over SMTP to a real mail server, with the headers that let mail
 * clients offer a one-click unsubscribe, and the link in it works.
 */
@PasserelleIntegrationTest
class NotificationMailDeliveryIntegrationTests {

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
	Accounts accounts;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationSettings settings;

	@Autowired
	MockMvc mvc;

	@Test
	void noticeArrivesOverSmtpWithAWorkingOneClickUnsubscribe() throws Exception {
		String address = RegistrationIntegrationTests.uniqueAddress("smtp-notified");
		long id = this.accounts.createConfirmedUser(address, "Sam Smtp", NotificationsIntegrationTests.PASSWORD,
				Locale.FRENCH, Set.of(Role.MEMBER));

		this.notifications.notify(id, NotificationsIntegrationTests.published("Accueillir ensemble"));

		assertThat(mailServer.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage mail = Arrays.stream(mailServer.getReceivedMessages())
			.filter(m -> recipient(m).equals(address))
			.findFirst()
			.orElseThrow();
		assertThat(mail.getSubject()).contains("Accueillir ensemble");
		assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		String body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
		Matcher link = NotificationsIntegrationTests.UNSUBSCRIBE.matcher(body);
		assertThat(link.find()).as("an unsubscribe link in %s", body).isTrue();
		assertThat(mail.getHeader("List-Unsubscribe", null)).contains(link.group(1));

		// what a mail client does for the one-click unsubscribe (RFC 8058): a POST, no
		// session
		this.mvc.perform(post(link.group(1)).param("List-Unsubscribe", "One-Click"))
			.andExpect(status().is2xxSuccessful());
		assertThat(this.settings.frequency(id)).isEqualTo(NotificationFrequency.NONE);
	}

	private static String recipient(Message message) {
		try {
			return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
		}
		catch (Exception ex) {
			return "";
		}
	}

}
