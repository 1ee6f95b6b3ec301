package org.passerelle.kernel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The embedded default: without an SMTP server, messages become .eml files under the data
 * folder.
 */
class MailServiceFileTests {

	@TempDir
	Path dataDir;

	MailFolder folder() {
		return new MailFolder(MailTestSupport.platform(this.dataDir));
	}

	MailService service(MailFolder folder) {
		return new MailService(new MailProperties("Passerelle <no-reply@passerelle.local>"),
				MailTestSupport.platform(this.dataDir), folder, MailTestSupport.messages(),
				new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class));
	}

	List<Path> files() throws Exception {
		try (Stream<Path> files = Files.list(this.dataDir.resolve("mail"))) {
			return files.sorted().toList();
		}
	}

	@Test
	void writesAnRfc822FileThatJakartaMailReadsBack() throws Exception {
		MailService mail = service(folder());
		assertThat(mail.usesSmtp()).isFalse();

		mail.send(new MailMessage("Zoé <zoe@example.org>", "Réunion à Lisbonne", "Le texte, accentué.",
				"<p>Le texte, accentué.</p>", Locale.FRENCH));

		List<Path> files = files();
		assertThat(files).hasSize(1);
		assertThat(files.get(0).getFileName().toString()).matches("\\d{8}T\\d{6}\\.\\d{6}Z-[0-9a-f]{8}\\.eml");
		try (InputStream in = Files.newInputStream(files.get(0))) {
			MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
			assertThat(read.getSubject()).isEqualTo("Réunion à Lisbonne");
			assertThat(((InternetAddress) read.getAllRecipients()[0]).getAddress()).isEqualTo("zoe@example.org");
			assertThat(((InternetAddress) read.getFrom()[0]).getAddress()).isEqualTo("no-reply@passerelle.local");
			assertThat(read.getHeader("Content-Language")).containsExactly("fr");
			assertThat(read.getSentDate()).isNotNull();
			assertThat(read.isMimeType("multipart/*")).isTrue();
			String source = new String(Files.readAllBytes(files.get(0)), java.nio.charset.StandardCharsets.ISO_8859_1);
			assertThat(source).contains("text/plain").contains("text/html");
			assertThat(((Multipart) read.getContent()).getCount()).isPositive();
		}
	}

	@Test
	void rendersTemplatesWithTheRecipientsLanguage() {
		MailFolder folder = folder();
		MailService mail = service(folder);

		mail.sendTemplate("ana@example.org", Locale.ENGLISH, "test.mail.subject", "test/mail/hello",
				Map.of("name", "Ana"), "Ana");
		mail.sendTemplate("louis@example.org", Locale.FRENCH, "test.mail.subject", "test/mail/hello",
				Map.of("name", "Louis"), "Louis");

		var messages = folder.list(PageRequest.of(0, 10)).getContent();
		MailFileContent english = folder.find(messages.get(1).id()).orElseThrow();
		MailFileContent french = folder.find(messages.get(0).id()).orElseThrow();
		assertThat(english.file().subject()).isEqualTo("A message for Ana");
		assertThat(english.text()).startsWith("Hello Ana!").contains("https://passerelle.example.org/somewhere");
		assertThat(english.html()).contains("<p>Hello Ana!</p>").contains("lang=\"en\"");
		assertThat(french.file().subject()).isEqualTo("Un message pour Louis");
		assertThat(french.text()).startsWith("Bonjour Louis !");
	}

	@Test
	void listsNewestFirstPageByPage() {
		MailFolder folder = folder();
		MailService mail = service(folder);
		for (int i = 1; i <= 5; i++) {
			mail.send(MailMessage.text("reader@example.org", "Message " + i, "Body " + i, Locale.ENGLISH));
		}

		var first = folder.list(PageRequest.of(0, 2));
		var last = folder.list(PageRequest.of(2, 2));

		assertThat(first.getTotalElements()).isEqualTo(5);
		assertThat(first.getContent()).extracting(MailFile::subject).containsExactly("Message 5", "Message 4");
		assertThat(last.getContent()).extracting(MailFile::subject).containsExactly("Message 1");
		assertThat(first.getContent().get(0).to()).isEqualTo("reader@example.org");
		assertThat(first.getContent().get(0).date()).isNotNull();
	}

	@Test
	void readsOnlyItsOwnFiles() throws Exception {
		MailFolder folder = folder();
		Files.createDirectories(this.dataDir.resolve("db"));
		Files.writeString(this.dataDir.resolve("db/secret.txt"), "secret");

		assertThat(folder.find("../db/secret.txt")).isEmpty();
		assertThat(folder.find("20250101T000000.000000Z-00000000.eml")).isEmpty();
		assertThat(folder.list(PageRequest.of(0, 10))).isEmpty();
	}

}
