package org.passerelle.kernel.mail;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.passerelle.kernel.PasserelleProperties;
import org.springframework.context.support.StaticMessageSource;

/** What the mail tests share: settings and a message bundle in two languages. */
final class MailTestSupport {

	private MailTestSupport() {
	}

	static PasserelleProperties platform(Path dataDir) {
		return new PasserelleProperties(dataDir, "https://passerelle.example.org/",
				new PasserelleProperties.Search(List.of(), "opensearch:2.19.1", null, null), false);
	}

	static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("test.mail.greeting", Locale.FRENCH, "Bonjour {0} !");
		messages.addMessage("test.mail.greeting", Locale.ENGLISH, "Hello {0}!");
		messages.addMessage("test.mail.subject", Locale.FRENCH, "Un message pour {0}");
		messages.addMessage("test.mail.subject", Locale.ENGLISH, "A message for {0}");
		return messages;
	}

}
