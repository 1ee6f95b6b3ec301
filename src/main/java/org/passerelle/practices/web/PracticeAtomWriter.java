package org.passerelle.practices.web;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.passerelle.practices.internal.PracticeHit;

/**
 * Writes an Atom 1.0 feed (RFC 4287) of practices with the JDK's streaming XML writer:
 * one entry per practice with its address as id, its title and summary in its original
 * language, the time it last changed, a link to its page and a category per theme.
 */
final class PracticeAtomWriter {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String XML = "http://www.w3.org/XML/1998/namespace";

	private static final Pattern NOT_XML = Pattern
		.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

	private PracticeAtomWriter() {
	}

	/**
	 * @param feed what the feed is: its address (also its id), title, subtitle and
	 * language
	 * @param hits the practices, newest first
	 * @param themeLabel the label of a theme code
	 * @param baseUrl the platform's address, for the links to the practices
	 */
	static void write(OutputStream out, Feed feed, List<PracticeHit> hits, Function<String, String> themeLabel,
			String baseUrl) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(ATOM);
		xml.writeStartElement(ATOM, "feed");
		xml.writeDefaultNamespace(ATOM);
		xml.writeAttribute("xml", XML, "lang", feed.language());
		text(xml, "id", feed.url());
		text(xml, "title", feed.title());
		text(xml, "subtitle", feed.subtitle());
		Instant updated = hits.stream().map(PracticeAtomWriter::updated).max(Instant::compareTo).orElse(Instant.now());
		text(xml, "updated", timestamp(updated));
		link(xml, "self", feed.url(), "application/atom+xml");
		link(xml, "alternate", feed.pageUrl(), "text/html");
		xml.writeStartElement(ATOM, "author");
		text(xml, "name", "Passerelle");
		xml.writeEndElement();
		text(xml, "generator", "Passerelle");
		for (PracticeHit hit : hits) {
			String url = baseUrl + "/practices/" + hit.id();
			xml.writeStartElement(ATOM, "entry");
			xml.writeAttribute("xml", XML, "lang", hit.language());
			text(xml, "id", url);
			text(xml, "title", hit.title());
			text(xml, "updated", timestamp(updated(hit)));
			if (hit.publishedAt() != null) {
				text(xml, "published", timestamp(hit.publishedAt()));
			}
			link(xml, "alternate", url, "text/html");
			for (String theme : hit.themes()) {
				xml.writeEmptyElement(ATOM, "category");
				xml.writeAttribute("term", theme);
				xml.writeAttribute("label", xmlText(themeLabel.apply(theme)));
			}
			xml.writeStartElement(ATOM, "summary");
			xml.writeAttribute("type", "text");
			xml.writeCharacters(xmlText(hit.summary()));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	private static Instant updated(PracticeHit hit) {
		Instant updated = hit.updatedAt() != null ? hit.updatedAt() : hit.publishedAt();
		return updated != null ? updated : Instant.EPOCH;
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
	 * What a feed is.
	 *
	 * @param url the feed's own address, also its id
	 * @param pageUrl the list page with the same search
	 * @param title the feed's title
	 * @param subtitle a sentence about it
	 * @param language the language of its title and subtitle
	 */
	record Feed(String url, String pageUrl, String title, String subtitle, String language) {
	}

}
