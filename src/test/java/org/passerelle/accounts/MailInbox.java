package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.passerelle.kernel.mail.MailFile;
import org.passerelle.kernel.mail.MailFileContent;
import org.passerelle.kernel.mail.MailFolder;
import org.springframework.data.domain.PageRequest;

/**
 * Reads what the platform "sent" to an address, from the mail folder of the embedded
 * set-up.
 */
public final class MailInbox {

	private final MailFolder folder;

	public MailInbox(MailFolder folder) {
		this.folder = folder;
	}

	/** Every message to the address, newest first. */
	public List<MailFileContent> messagesTo(String address) {
		return this.folder.list(PageRequest.of(0, 1000))
			.stream()
			.filter(m -> m.to().equalsIgnoreCase(address))
			.map(MailFile::id)
			.map(this.folder::find)
			.flatMap(Optional::stream)
			.toList();
	}

	/** The newest message to the address. */
	public MailFileContent latestTo(String address) {
		List<MailFileContent> messages = messagesTo(address);
		assertThat(messages).as("mail to " + address).isNotEmpty();
		return messages.get(0);
	}

	/**
	 * The path and query of the first link to the platform's page in the newest message
	 * to the address.
	 */
	public String linkTo(String address, String path) {
		Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_.-]+)")
			.matcher(latestTo(address).text());
		assertThat(link.find()).as("a link to " + path + " in the mail to " + address).isTrue();
		return link.group(1);
	}

}
