package org.passerelle.kernel.web;

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
 * Writes an Atom 1.0 feed (RFC 4287) with the JDK's streaming XML writer, for every
 * module's feeds (new practices, a dialogue's contributions): the feed's address as its
 * id, a link to the page it follows, Passerelle as author and generator, and one entry
 * per record with its own address as id, its language, dates, link, categories and a
 * plain-text summary or HTML content. Characters XML 1.0 cannot hold are left out.
 */
public final class AtomFeed {

	/** The Atom namespace. */
	public static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	private static final String XML = "http://www.w3.org/XML/1998/namespace";

	private static final Pattern NOT_XML = Pattern
		.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

	private AtomFeed() {
	}

	/**
	 * Writes the feed; its {@code updated} is the latest entry's, or
	 * {@link Feed#updatedWhenEmpty()} without entries.
	 */
	public static void write(OutputStream out, Feed feed, List<Entry> entries) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(NAMESPACE);
		xml.writeStartElement(NAMESPACE, "feed");
		xml.writeDefaultNamespace(NAMESPACE);
		xml.writeAttribute("xml", XML, "lang", feed.language());
		text(xml, "id", feed.url());
		text(xml, "title", feed.title());
		text(xml, "subtitle", feed.subtitle());
		Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(feed.updatedWhenEmpty());
		text(xml, "updated", timestamp(updated));
		link(xml, "self", feed.url(), "application/atom+xml");
		link(xml, "alternate", feed.pageUrl(), "text/html");
		author(xml, "Passerelle");
		text(xml, "generator", "Passerelle");
		for (Entry entry : entries) {
			xml.writeStartElement(NAMESPACE, "entry");
			xml.writeAttribute("xml", XML, "lang", entry.language());
			text(xml, "id", entry.url());
			text(xml, "title", entry.title());
			text(xml, "updated", timestamp(entry.updated()));
			if (entry.published() != null) {
				text(xml, "published", timestamp(entry.published()));
			}
			if (entry.author() != null) {
				author(xml, entry.author());
			}
			link(xml, "alternate", entry.url(), "text/html");
			for (Category category : entry.categories()) {
				xml.writeEmptyElement(NAMESPACE, "category");
				xml.writeAttribute("term", category.term());
				xml.writeAttribute("label", xmlText(category.label()));
			}
			if (entry.html() != null) {
				xml.writeStartElement(NAMESPACE, "content");
				xml.writeAttribute("type", "html");
				xml.writeCharacters(xmlText(entry.html()));
			}
			else {
				xml.writeStartElement(NAMESPACE, "summary");
				xml.writeAttribute("type", "text");
				xml.writeCharacters(xmlText(entry.summary()));
			}
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

	private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "author");
		text(xml, "name", name);
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, element);
		xml.writeCharacters(xmlText(text));
		xml.writeEndElement();
	}

	/** The text without the characters XML 1.0 cannot hold (control characters). */
	static String xmlText(String text) {
		return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement(NAMESPACE, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	/**
	 * What a feed is.
	 *
	 * @param url the feed's own address, also its id
	 * @param pageUrl the page the feed follows
	 * @param title the feed's title
	 * @param subtitle a sentence about it
	 * @param language the language of its title and subtitle
	 * @param updatedWhenEmpty the feed's {@code updated} when it has no entry
	 */
	public record Feed(String url, String pageUrl, String title, String subtitle, String language,
			Instant updatedWhenEmpty) {
	}

	/**
	 * A record in the feed.
	 *
	 * @param url its page, also its id
	 * @param title its title
	 * @param language the language it is written in
	 * @param published when it was first published, or {@code null}
	 * @param updated when it last changed
	 * @param author who wrote it, or {@code null} (the feed's author then)
	 * @param categories its categories
	 * @param summary a plain-text summary, used when there is no {@code html}
	 * @param html its content as (sanitised) HTML, or {@code null}
	 */
	public record Entry(String url, String title, String language, Instant published, Instant updated, String author,
			List<Category> categories, String summary, String html) {

		public Entry {
			categories = categories == null ? List.of() : List.copyOf(categories);
		}

	}

	/**
	 * A category of an entry.
	 *
	 * @param term its code
	 * @param label its label in the feed's language
	 */
	public record Category(String term, String label) {
	}

}
