package org.passerelle.dialogues.internal;

import java.util.regex.Pattern;

import org.passerelle.kernel.text.RichText;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns what a contributor wrote into sanitised rich text. A plain text (a textarea, a
 * mail's text part) keeps its paragraphs and line breaks; HTML is sanitised.
 */
public final class ContributionText {

	private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");

	private ContributionText() {
	}

	/** Sanitised rich text, or {@code null} when nothing visible remains. */
	public static String toRichText(String input) {
		if (input == null || input.isBlank()) {
			return null;
		}
		if (LOOKS_LIKE_HTML.matcher(input).find()) {
			return RichText.sanitise(input);
		}
		StringBuilder html = new StringBuilder();
		for (String paragraph : input.strip().replace("\r\n", "\n").split("\n\\s*\n")) {
			if (!paragraph.isBlank()) {
				html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
			}
		}
		return RichText.sanitise(html.toString());
	}

}
