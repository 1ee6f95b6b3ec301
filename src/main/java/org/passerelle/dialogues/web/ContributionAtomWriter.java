package org.passerelle.dialogues.web;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) of a dialogue's published contributions with the
 * JDK's streaming XML writer, as the practices' feed does: one entry per contribution,
 * its address on the dialogue page as id and link, its answers as HTML content, in the
 * language it was written in.
 */
final class ContributionAtomWriter {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String XML = "http://www.w3.org/XML/1998/namespace";

	private static final Pattern NOT_XML = Pattern
		.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

	private ContributionAtomWriter() {
	}

	static void write(OutputStream out, Feed feed, List<Entry> entries) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(ATOM);
		xml.writeStartElement(ATOM, "feed");
		xml.writeDefaultNamespace(ATOM);
		xml.writeAttribute("xml", XML, "lang", feed.language());
		text(xml, "id", feed.url());
		text(xml, "title", feed.title());
		text(xml, "subtitle", feed.subtitle());
		Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(feed.updated());
		text(xml, "updated", timestamp(updated));
		link(xml, "self", feed.url(), "application/atom+xml");
		link(xml, "alternate", feed.pageUrl(), "text/html");
		xml.writeStartElement(ATOM, "author");
		text(xml, "name", "Passerelle");
		xml.writeEndElement();
		text(xml, "generator", "Passerelle");
		for (Entry entry : entries) {
			xml.writeStartElement(ATOM, "entry");
			xml.writeAttribute("xml", XML, "lang", entry.language());
			text(xml, "id", entry.url());
			text(xml, "title", entry.title());
			text(xml, "updated", timestamp(entry.updated()));
			text(xml, "published", timestamp(entry.published()));
			xml.writeStartElement(ATOM, "author");
			text(xml, "name", entry.author());
			xml.writeEndElement();
			link(xml, "alternate", entry.url(), "text/html");
			xml.writeStartElement(ATOM, "content");
			xml.writeAttribute("type", "html");
			xml.writeCharacters(xmlText(entry.html()));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(ATOM, element);
		xml.writeCharacters(xmlText(text));
		xml.writeEndElement();
	}

	/** The text without the characters XML 1.0 cannot hold (control characters). */
	static String xmlText(String text) {
		return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement(ATOM, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	/**
	 * What the feed is.
	 *
	 * @param url the feed's own address, also its id
	 * @param pageUrl the dialogue's page
	 * @param title the feed's title
	 * @param subtitle a sentence about it
	 * @param language the language of its title and subtitle
	 * @param updated when the dialogue last changed, for a feed without entries
	 */
	record Feed(String url, String pageUrl, String title, String subtitle, String language, Instant updated) {
	}

	/**
	 * A contribution in the feed.
	 *
	 * @param url its place on the dialogue page, also its id
	 * @param title e.g. the organisation and the round
	 * @param author who wrote it (the organisation when it speaks for one)
	 * @param language the language it was written in
	 * @param published when it was submitted
	 * @param updated when it was last changed (its publication)
	 * @param html its answers, sanitised
	 */
	record Entry(String url, String title, String author, String language, Instant published, Instant updated,
			String html) {
	}

}
