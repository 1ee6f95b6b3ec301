package org.passerelle.kernel.mail.inbound.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.passerelle.kernel.text.RichText;

/**
 * Reads a raw message: its addresses, its text (plain text preferred, HTML turned into
 * text), and the signs of automatic or unauthenticated mail. Parsing is strict: a
 * multipart without its boundaries is malformed, not quietly read as empty.
 */
final class MailReader {

	private static final Session SESSION = Session.getInstance(strict());

	private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list");

	private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster");

	private static final Pattern AUTH_FAILURE = Pattern.compile("^\\s*(spf|dkim|dmarc)\\s*=\\s*(fail|softfail)\\b(.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/** Where an authentication result names a domain or an address. */
	private static final Pattern RESULT_DOMAIN = Pattern.compile(
			"(?:header\\.from|header\\.d|header\\.i|smtp\\.mailfrom|smtp\\.helo)\\s*=\\s*([^\\s;()]+)",
			Pattern.CASE_INSENSITIVE);

	/** HTML block ends, after which a line of the text ends too. */
	private static final Pattern HTML_BLOCK_END = Pattern.compile("(?i)</(div|p|li|tr|h[1-6]|table|blockquote)\\s*>");

	/** The block tags of sanitised HTML that split it into lines. */
	private static final Pattern SAFE_BLOCK_TAG = Pattern
		.compile("(?i)<(/?)(p|br|li|ul|ol|h3|h4|tr|table|thead|tbody|blockquote)\\b[^>]*>");

	private MailReader() {
	}

	private static Properties strict() {
		Properties properties = new Properties();
		properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "false");
		properties.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "false");
		properties.setProperty("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
		return properties;
	}

	/** Parses the raw bytes and reads the body as text. */
	static ReadMail read(byte[] raw) throws MessagingException, IOException {
		MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
		Bodies bodies = new Bodies();
		bodies.collect(message, 0);
		String text = bodies.text != null ? bodies.text : bodies.html != null ? htmlToText(bodies.html) : "";
		return new ReadMail(message, text.replace("\r\n", "\n"));
	}

	/** The header block of a message, as received. */
	static String headerBlock(Enumeration<String> lines) {
		StringBuilder block = new StringBuilder();
		while (lines.hasMoreElements()) {
			block.append(lines.nextElement()).append("\r\n");
		}
		return block.toString();
	}

	/** The header block of raw bytes (up to the first blank line). */
	static String headerBlock(byte[] raw) {
		String text = new String(raw, 0, Math.min(raw.length, InboundMessage.HEADERS_MAX), StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			end = text.indexOf("\n\n");
		}
		return end < 0 ? text : text.substring(0, end + 2);
	}

	/** The first address of a header, lowercased, or {@code null}. */
	static String firstAddress(Address[] addresses) {
		if (addresses == null) {
			return null;
		}
		for (Address address : addresses) {
			if (address instanceof InternetAddress internet && internet.getAddress() != null) {
				return internet.getAddress().strip().toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

	/** Every recipient address the message names, lowercased. */
	static List<String> recipients(MimeMessage message) throws MessagingException {
		List<String> found = new ArrayList<>();
		addAll(found, message.getAllRecipients());
		for (String header : List.of("Delivered-To", "X-Original-To", "Envelope-To")) {
			String[] values = message.getHeader(header);
			if (values != null) {
				for (String value : values) {
					try {
						addAll(found, InternetAddress.parseHeader(value, false));
					}
					catch (MessagingException ex) {
						// an unreadable routing header does not make the message
						// unreadable
					}
				}
			}
		}
		return found;
	}

	private static void addAll(List<String> found, Address[] addresses) {
		if (addresses == null) {
			return;
		}
		for (Address address : addresses) {
			if (address instanceof InternetAddress internet && internet.getAddress() != null) {
				String value = internet.getAddress().strip().toLowerCase(Locale.ROOT);
				if (!found.contains(value)) {
					found.add(value);
				}
			}
		}
	}

	/**
	 * Why the message is automatic (a vacation reply, a bounce, a list, our own mail
	 * coming back), or {@code null} when a person sent it.
	 * @param from the sender's address, lowercased
	 * @param ourLocalPart our mailbox's local part, lowercased
	 * @param ourDomain our mailbox's domain, lowercased
	 */
	static String automaticReason(MimeMessage message, String from, String ourLocalPart, String ourDomain)
			throws MessagingException {
		String autoSubmitted = first(message, "Auto-Submitted");
		if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
			return "automatic mail (Auto-Submitted: " + autoSubmitted.strip() + ")";
		}
		String precedence = first(message, "Precedence");
		if (precedence != null && BULK_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
			return "automatic mail (Precedence: " + precedence.strip() + ")";
		}
		String listId = first(message, "List-Id");
		if (listId != null) {
			return "mailing list mail (List-Id: " + listId.strip() + ")";
		}
		String[] loops = message.getHeader("X-Loop");
		if (loops != null) {
			for (String loop : loops) {
				String value = loop.toLowerCase(Locale.ROOT);
				if (value.contains(ourLocalPart + "@" + ourDomain) || value.contains(ourLocalPart + "+")) {
					return "mail loop (X-Loop: " + loop.strip() + ")";
				}
			}
		}
		if (from != null && isOurs(from, ourLocalPart, ourDomain)) {
			return "mail loop (sent from our own address " + from + ")";
		}
		if (from != null) {
			String local = from.substring(0, Math.max(from.indexOf('@'), 0));
			if (DAEMONS.contains(local)) {
				return "automatic mail (sent by " + from + ")";
			}
		}
		String returnPath = first(message, "Return-Path");
		if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
			return "delivery report (empty Return-Path)";
		}
		if (message.isMimeType("multipart/report")) {
			return "delivery report (multipart/report)";
		}
		return null;
	}

	/** Whether the address is our mailbox, with or without a plus tag. */
	static boolean isOurs(String address, String ourLocalPart, String ourDomain) {
		int at = address.lastIndexOf('@');
		if (at < 0 || !address.substring(at + 1).equals(ourDomain)) {
			return false;
		}
		String local = address.substring(0, at);
		return local.equals(ourLocalPart) || local.startsWith(ourLocalPart + "+");
	}

	/**
	 * The failed check (e.g. {@code dmarc=fail}) that the receiving server reported in an
	 * {@code Authentication-Results} header for the sender's domain, or {@code null}.
	 */
	static String authenticationFailure(MimeMessage message, String fromDomain) throws MessagingException {
		String[] results = message.getHeader("Authentication-Results");
		if (results == null || fromDomain == null) {
			return null;
		}
		for (String result : results) {
			String[] parts = result.replaceAll("\\s+", " ").split(";");
			// the first part names the server that checked, the others are results
			for (int i = 1; i < parts.length; i++) {
				Matcher failure = AUTH_FAILURE.matcher(parts[i]);
				if (failure.matches() && concerns(failure.group(3), fromDomain)) {
					return failure.group(1).toLowerCase(Locale.ROOT) + "=" + failure.group(2).toLowerCase(Locale.ROOT);
				}
			}
		}
		return null;
	}

	/** Whether a result's properties name the domain, or name none at all. */
	private static boolean concerns(String properties, String domain) {
		Matcher named = RESULT_DOMAIN.matcher(properties);
		boolean any = false;
		while (named.find()) {
			any = true;
			String value = named.group(1).toLowerCase(Locale.ROOT);
			String valueDomain = value.substring(value.lastIndexOf('@') + 1);
			if (valueDomain.equals(domain) || valueDomain.endsWith("." + domain)
					|| domain.endsWith("." + valueDomain)) {
				return true;
			}
		}
		return !any;
	}

	/**
	 * The language the sender wrote in, from {@code Content-Language}, or {@code null}.
	 */
	static String language(MimeMessage message) throws MessagingException {
		String value = first(message, "Content-Language");
		if (value == null || value.isBlank()) {
			return null;
		}
		String tag = value.split(",")[0].strip();
		return Locale.forLanguageTag(tag).getLanguage();
	}

	private static String first(MimeMessage message, String name) throws MessagingException {
		return message.getHeader(name, null);
	}

	/**
	 * The text of an HTML body, one line per block: sanitised first, so that the content
	 * of scripts and styles never shows; quoted blocks ({@code blockquote}) come out as
	 * {@code >} lines, which {@link org.passerelle.kernel.mail.inbound.ReplyText}
	 * removes.
	 */
	static String htmlToText(String html) {
		String marked = HTML_BLOCK_END.matcher(html).replaceAll("$0<br>");
		String safe = RichText.sanitise(marked);
		if (safe == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		Matcher tag = SAFE_BLOCK_TAG.matcher(safe);
		int quoteDepth = 0;
		int from = 0;
		while (tag.find()) {
			appendLine(text, safe.substring(from, tag.start()), quoteDepth);
			if (tag.group(2).equalsIgnoreCase("blockquote")) {
				quoteDepth = Math.max(0, quoteDepth + (tag.group(1).isEmpty() ? 1 : -1));
			}
			from = tag.end();
		}
		appendLine(text, safe.substring(from), quoteDepth);
		return text.toString().replaceAll("\n{3,}", "\n\n").strip();
	}

	private static void appendLine(StringBuilder text, String fragment, int quoteDepth) {
		String line = RichText.toPlainText(fragment);
		if (line.isEmpty()) {
			if (!text.isEmpty() && text.charAt(text.length() - 1) == '\n'
					&& (text.length() < 2 || text.charAt(text.length() - 2) != '\n')) {
				text.append('\n');
			}
			return;
		}
		text.append(quoteDepth > 0 ? "> " : "").append(line).append('\n');
	}

	/** A parsed message and its body as text. */
	record ReadMail(MimeMessage message, String text) {
	}

	/**
	 * The first plain-text and HTML parts that are not attachments, however nested. Every
	 * multipart is opened, so that a broken structure shows as an error here.
	 */
	private static final class Bodies {

		private static final int MAX_DEPTH = 20;

		String text;

		String html;

		void collect(Part part, int depth) throws MessagingException, IOException {
			if (depth > MAX_DEPTH) {
				throw new MessagingException("parts nested more than " + MAX_DEPTH + " deep");
			}
			boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
			if (part.isMimeType("multipart/*")) {
				Object content = part.getContent();
				if (!(content instanceof Multipart multipart)) {
					throw new MessagingException("a multipart without parts");
				}
				for (int i = 0; i < multipart.getCount(); i++) {
					collect(multipart.getBodyPart(i), depth + 1);
				}
			}
			else if (part.isMimeType("text/plain") && !attachment && this.text == null) {
				this.text = textOf(part);
			}
			else if (part.isMimeType("text/html") && !attachment && this.html == null) {
				this.html = textOf(part);
			}
		}

		private static String textOf(Part part) throws MessagingException, IOException {
			Object content = part.getContent();
			if (content instanceof String string) {
				return string;
			}
			try (InputStream in = part.getInputStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}

	}

}
