package org.passerelle.dialogues.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarWriterTests {

	@Test
	void escapesTextValues() {
		assertThat(ICalendarWriter.text("a;b,c\\d\r\ne\nf")).isEqualTo("a\\;b\\,c\\\\d\\ne\\nf");
	}

	@Test
	void foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
		String summary = "é".repeat(100) + " 🌍 fin";
		String calendar = ICalendarWriter.write("Agenda", Instant.parse("2026-01-01T00:00:00Z"),
				List.of(new ICalendarWriter.Event("uid-1@example.org", Instant.parse("2026-03-02T08:30:00Z"),
						Instant.parse("2026-03-09T08:30:00Z"), summary, null, null)));

		String[] lines = calendar.split("\r\n");
		assertThat(lines)
			.allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(lines).filteredOn(l -> l.startsWith(" ")).hasSizeGreaterThan(1);
		assertThat(calendar.replace("\r\n ", "")).contains("SUMMARY:" + summary + "\r\n")
			.contains("DTSTART:20260302T083000Z\r\n")
			.contains("DTEND:20260309T083000Z\r\n")
			.contains("DTSTAMP:20260101T000000Z\r\n")
			.doesNotContain("DESCRIPTION")
			.doesNotContain("\uFFFD");
		assertThat(calendar).doesNotContain("\n\n").endsWith("END:VCALENDAR\r\n");
	}

}
