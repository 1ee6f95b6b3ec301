package org.passerelle.kernel.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.passerelle.kernel.PasserelleProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The folder {@code <passerelle.data-dir>/mail/} where messages are written as RFC 822
 * {@code .eml} files when no SMTP server is configured. File names start with the UTC
 * time of writing, so that they sort by time.
 */
@Component
public class MailFolder {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	/** Only names this folder creates may be read back: no path tricks. */
	private static final Pattern NAME = Pattern.compile("\\d{8}T\\d{6}\\.\\d{6}Z-[0-9a-f]{8}\\.eml");

	private final Path location;

	private final Session session = Session.getInstance(new Properties());

	public MailFolder(PasserelleProperties properties) {
		this.location = properties.dataDir().resolve("mail");
	}

	/** Where the files are written. */
	public Path location() {
		return this.location;
	}

	/** A session to build messages with (no transport: they are only written). */
	Session session() {
		return this.session;
	}

	/** Writes the message as a new file and returns the file's name. */
	String write(MimeMessage message) {
		try {
			Files.createDirectories(this.location);
			String name = STAMP.format(Instant.now()) + "-"
					+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".eml";
			try (OutputStream out = Files.newOutputStream(this.location.resolve(name), StandardOpenOption.CREATE_NEW)) {
				message.writeTo(out);
			}
			return name;
		}
		catch (IOException | MessagingException ex) {
			throw new MailDeliveryException("Could not write the message to " + this.location, ex);
		}
	}

	/** One page of the messages, newest first. */
	public Page<MailFile> list(Pageable pageable) {
		List<String> names = names();
		int from = (int) Math.min(pageable.getOffset(), names.size());
		int to = Math.min(from + pageable.getPageSize(), names.size());
		List<MailFile> page = names.subList(from, to).stream().map(n -> read(n).file()).toList();
		return new PageImpl<>(page, pageable, names.size());
	}

	/** A message with its bodies, if the name is one of this folder's files. */
	public Optional<MailFileContent> find(String id) {
		if (id == null || !NAME.matcher(id).matches() || !Files.isRegularFile(this.location.resolve(id))) {
			return Optional.empty();
		}
		return Optional.of(read(id));
	}

	private List<String> names() {
		if (!Files.isDirectory(this.location)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.location)) {
			return files.map(p -> p.getFileName().toString())
				.filter(n -> NAME.matcher(n).matches())
				.sorted(Comparator.reverseOrder())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private MailFileContent read(String name) {
		Path file = this.location.resolve(name);
		try (InputStream in = Files.newInputStream(file)) {
			MimeMessage message = new MimeMessage(this.session, in);
			Bodies bodies = new Bodies();
			bodies.collect(message);
			Instant date = message.getSentDate() != null ? message.getSentDate().toInstant()
					: Files.getLastModifiedTime(file).toInstant();
			MailFile summary = new MailFile(name, date, addresses(message.getAllRecipients()),
					message.getSubject() == null ? "" : message.getSubject());
			return new MailFileContent(summary, addresses(message.getFrom()), bodies.text == null ? "" : bodies.text,
					bodies.html, Files.readString(file, StandardCharsets.ISO_8859_1));
		}
		catch (IOException | MessagingException ex) {
			throw new MailDeliveryException("Could not read " + file, ex);
		}
	}

	private static String addresses(Address[] addresses) {
		if (addresses == null) {
			return "";
		}
		return String.join(", ", Stream.of(addresses).map(Address::toString).toList());
	}

	/** The first plain-text and HTML parts of a message, however nested. */
	private static final class Bodies {

		String text;

		String html;

		void collect(Part part) throws MessagingException, IOException {
			if (part.isMimeType("text/plain") && this.text == null) {
				this.text = part.getContent().toString();
			}
			else if (part.isMimeType("text/html") && this.html == null) {
				this.html = part.getContent().toString();
			}
			else if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					collect(multipart.getBodyPart(i));
				}
			}
		}

	}

}
