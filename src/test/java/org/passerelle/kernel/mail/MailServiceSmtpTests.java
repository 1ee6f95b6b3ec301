package org.passerelle.kernel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;

/**
 * With {@code spring.mail.host} set, mail goes out by SMTP: a real round trip to
 * GreenMail.
 */
class MailServiceSmtpTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@TempDir
	Path dataDir;

	ApplicationContextRunner platform() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
			.withBean(org.passerelle.kernel.PasserelleProperties.class, () -> MailTestSupport.platform(this.dataDir))
			.withBean(MailProperties.class, () -> new MailProperties("Passerelle <no-reply@passerelle.example.org>"))
			.withBean(MessageSource.class, MailTestSupport::messages)
			.withBean(MailFolder.class)
			.withBean(MailService.class)
			.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + smtp.getSmtp().getPort());
	}

	@Test
	void sendsThroughTheConfiguredSmtpServerInsteadOfWritingFiles() {
		platform().run(context -> {
			MailService mail = context.getBean(MailService.class);
			assertThat(mail.usesSmtp()).isTrue();

			mail.sendTemplate("ines@example.org", Locale.FRENCH, "test.mail.subject", "test/mail/hello",
					Map.of("name", "Inès"), "Inès");

			MimeMessage[] received = smtp.getReceivedMessages();
			assertThat(received).hasSize(1);
			assertThat(received[0].getSubject()).isEqualTo("Un message pour Inès");
			assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ines@example.org");
			assertThat(received[0].getFrom()[0].toString()).contains("no-reply@passerelle.example.org");
			assertThat(GreenMailUtil.getBody(received[0])).contains("Bonjour");
			assertThat(Files.exists(this.dataDir.resolve("mail"))).isFalse();
		});
	}

}
