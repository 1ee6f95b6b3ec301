package org.passerelle.dialogues.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes an iCalendar object (RFC 5545) of events, with what calendar programs need and
 * nothing more: TEXT values escaped (backslash, semicolon, comma, line breaks), times in
 * UTC, lines ended by CRLF and folded so that none exceeds 75 octets (a continuation line
 * starts with a space, and a character's UTF-8 bytes are never split).
 */
final class ICalendarWriter {

	/** Longest line, in octets, without its CRLF. */
	static final int LINE_OCTETS = 75;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	private ICalendarWriter() {
	}

	/**
	 * The calendar as text.
	 * @param name the calendar's name (shown by some programs)
	 * @param stamp when the information was last changed (DTSTAMP of each event)
	 */
	static String write(String name, Instant stamp, List<Event> events) {
		ICalendarWriter writer = new ICalendarWriter();
		writer.line("BEGIN", "VCALENDAR");
		writer.line("VERSION", "2.0");
		writer.line("PRODID", "-//Passerelle//Dialogues//EN");
		writer.line("CALSCALE", "GREGORIAN");
		writer.line("METHOD", "PUBLISH");
		writer.line("X-WR-CALNAME", text(name));
		for (Event event : events) {
			writer.line("BEGIN", "VEVENT");
			writer.line("UID", event.uid());
			writer.line("DTSTAMP", time(stamp));
			writer.line("DTSTART", time(event.start()));
			writer.line("DTEND", time(event.end()));
			writer.line("SUMMARY", text(event.summary()));
			if (event.description() != null && !event.description().isBlank()) {
				writer.line("DESCRIPTION", text(event.description()));
			}
			if (event.url() != null) {
				writer.line("URL", event.url());
			}
			writer.line("END", "VEVENT");
		}
		writer.line("END", "VCALENDAR");
		return writer.out.toString();
	}

	/** A TEXT value escaped (RFC 5545 §3.3.11); other control characters are dropped. */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(value.length());
		String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				default -> {
					if (c >= 0x20 && c != 0x7F || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	static String time(Instant instant) {
		return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/** Appends a content line, folded. */
	private void line(String property, String value) {
		String line = property + ":" + value;
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > LINE_OCTETS) {
				this.out.append("\r\n ");
				// the space starting a continuation line counts
				octets = 1;
			}
			this.out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		this.out.append("\r\n");
	}

	/**
	 * An event.
	 *
	 * @param uid its lasting, globally unique identifier
	 * @param start when it starts
	 * @param end when it ends
	 * @param summary its title
	 * @param description its text, or {@code null}
	 * @param url its page, or {@code null}
	 */
	record Event(String uid, Instant start, Instant end, String summary, String description, String url) {
	}

}
