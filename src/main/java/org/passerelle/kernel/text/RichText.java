package org.passerelle.kernel.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamEventReceiverWrapper;
import org.owasp.html.PolicyFactory;

/**
 * Sanitising and reading of user-written rich text.
 * <p>
 * The allow-list: paragraphs and line breaks ({@code p}, {@code br}), emphasis
 * ({@code strong}, {@code b}, {@code em}, {@code i}, {@code u}), lists ({@code ul},
 * {@code ol}, {@code li}), {@code blockquote}, two heading levels ({@code h3},
 * {@code h4}; {@code h1}–{@code h2} become {@code h3}, {@code h5}–{@code h6} become
 * {@code h4}), plain tables ({@code table}, {@code thead}, {@code tbody}, {@code tr},
 * {@code th}, {@code td}) and links ({@code a} with an absolute {@code http:},
 * {@code https:} or {@code mailto:} {@code href}, always given
 * {@code rel="nofollow noopener noreferrer"}). No other element or attribute survives: no
 * style, class or id, no images, frames, forms or scripts, no event handlers. The text of
 * a dropped element is kept, except for elements whose content is never shown (scripts,
 * styles, titles…).
 * <p>
 * Store what {@link #sanitise(String)} returns, then render it unescaped
 * ({@code th:utext}); use {@link #toPlainText(String)} wherever markup has no place.
 */
public final class RichText {

	private static final String ELLIPSIS = "\u2026";

	private static final String LINK_REL = "nofollow noopener noreferrer";

	/**
	 * Sanitising passes after the first one, looking for a result that no longer changes.
	 */
	private static final int MAX_EXTRA_PASSES = 3;

	/** Elements that do not break a line: no blank is added around their text. */
	private static final Set<String> INLINE = Set.of("a", "b", "strong", "em", "i", "u");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "blockquote", "h3", "h4", "a",
				"table", "thead", "tbody", "tr", "th", "td")
		// pasted documents keep their structure as the two heading levels offered
		.allowElements((name, attributes) -> "h3", "h1", "h2")
		.allowElements((name, attributes) -> "h4", "h5", "h6")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.matching((element, attribute, value) -> isAbsoluteLink(value) ? value : null)
		.onElements("a")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.withPostprocessor(RichText::canonicalRel)
		.toFactory();

	private RichText() {
	}

	/**
	 * Safe HTML for storing and rendering: only the allow-listed elements and attributes
	 * remain, text is escaped, tags are balanced. Sanitising the result again changes
	 * nothing.
	 * @param html HTML written by a user, possibly hostile
	 * @return the sanitised HTML, or {@code null} when {@code html} is {@code null} or
	 * nothing visible remains (blank input, empty paragraphs, only scripts…)
	 */
	public static String sanitise(String html) {
		if (html == null || html.isBlank()) {
			return null;
		}
		String safe = POLICY.sanitize(html);
		// The tag balancer may still rearrange its own output (a heading left open
		// inside another one is closed on the next pass): sanitise until nothing
		// changes, so that sanitising stored text again never shows as a change.
		for (int pass = 0; pass < MAX_EXTRA_PASSES; pass++) {
			String again = POLICY.sanitize(safe);
			if (again.equals(safe)) {
				break;
			}
			safe = again;
		}
		safe = safe.strip();
		return hasVisibleText(textOf(safe)) ? safe : null;
	}

	/**
	 * The text a reader sees, for search indexing, snippets, CSV exports and plain-text
	 * mail: the rich text is sanitised first (so the content of scripts and styles never
	 * shows), tags are removed, entities decoded, blocks and line breaks separated by a
	 * blank and runs of white space collapsed to one blank.
	 * @param html rich text, sanitised or not
	 * @return the plain text, trimmed; {@code ""} for {@code null}
	 */
	public static String toPlainText(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		return textOf(POLICY.sanitize(html));
	}

	/**
	 * A short plain-text extract: the whole {@linkplain #toPlainText(String) plain text}
	 * when it has at most {@code maxChars} characters, otherwise its beginning cut after
	 * the last whole word that fits and followed by "…", the ellipsis included in
	 * {@code maxChars}. A first word longer than the room is cut within the word.
	 * Characters are counted as Unicode code points.
	 * @param html rich text, sanitised or not
	 * @param maxChars the longest excerpt wanted, at least 1
	 * @return the excerpt; {@code ""} for {@code null} or blank rich text
	 */
	public static String excerpt(String html, int maxChars) {
		if (maxChars < 1) {
			throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
		}
		String text = toPlainText(html);
		if (text.codePointCount(0, text.length()) <= maxChars) {
			return text;
		}
		int end = text.offsetByCodePoints(0, maxChars - 1);
		int cut = end;
		if (text.charAt(end) != ' ') {
			int blank = text.lastIndexOf(' ', end - 1);
			if (blank > 0) {
				cut = blank;
			}
		}
		return stripTrailingPunctuation(text.substring(0, cut)) + ELLIPSIS;
	}

	/**
	 * Whether the rich text shows nothing: {@code null}, blank, or only markup, white
	 * space and invisible characters (zero-width spaces, soft hyphens…), or only content
	 * that sanitising removes.
	 * @param html rich text, sanitised or not
	 * @return {@code true} when a reader would see no text
	 */
	public static boolean isBlank(String html) {
		return !hasVisibleText(toPlainText(html));
	}

	/**
	 * The length a reader sees, in Unicode code points: the length of
	 * {@link #toPlainText(String)}, which {@link SafeRichTextLength} limits.
	 * @param html rich text, sanitised or not
	 * @return the number of characters of its plain text; 0 for {@code null}
	 */
	public static int visibleLength(String html) {
		String text = toPlainText(html);
		return text.codePointCount(0, text.length());
	}

	static boolean isAbsoluteLink(String url) {
		String lower = url.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
	}

	/**
	 * Writes the {@code rel} of links in one fixed order: the sanitizer keeps the
	 * required values in a set whose order changes from one run of the JVM to the next.
	 */
	private static HtmlStreamEventReceiver canonicalRel(HtmlStreamEventReceiver sink) {
		return new HtmlStreamEventReceiverWrapper(sink) {

			@Override
			public void openTag(String elementName, List<String> attributes) {
				List<String> canonical = new ArrayList<>(attributes);
				for (int i = 0; i + 1 < canonical.size(); i += 2) {
					if (canonical.get(i).equals("rel")) {
						canonical.set(i + 1, LINK_REL);
					}
				}
				super.openTag(elementName, canonical);
			}

		};
	}

	/**
	 * The text of already sanitised HTML: the sanitizer's lexer hands over text chunks
	 * with their entities decoded, so no unescaping of our own is needed.
	 */
	private static String textOf(String safeHtml) {
		StringBuilder text = new StringBuilder(safeHtml.length());
		HtmlSanitizer.sanitize(safeHtml, new HtmlSanitizer.Policy() {

			@Override
			public void openDocument() {
			}

			@Override
			public void closeDocument() {
			}

			@Override
			public void openTag(String elementName, List<String> attributes) {
				separate(elementName);
			}

			@Override
			public void closeTag(String elementName) {
				separate(elementName);
			}

			@Override
			public void text(String chunk) {
				text.append(chunk);
			}

			private void separate(String elementName) {
				if (!INLINE.contains(elementName)) {
					text.append(' ');
				}
			}

		});
		return collapseBlanks(text);
	}

	private static String collapseBlanks(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean blank = false;
		for (int i = 0; i < text.length();) {
			int codePoint = Character.codePointAt(text, i);
			i += Character.charCount(codePoint);
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
					|| Character.isISOControl(codePoint)) {
				blank = true;
				continue;
			}
			if (blank && !out.isEmpty()) {
				out.append(' ');
			}
			blank = false;
			out.appendCodePoint(codePoint);
		}
		return out.toString();
	}

	private static boolean hasVisibleText(String plainText) {
		return plainText.codePoints()
			.anyMatch((codePoint) -> Character.getType(codePoint) != Character.FORMAT
					&& !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint));
	}

	private static String stripTrailingPunctuation(String text) {
		int end = text.length();
		while (end > 0 && " ,;:.-\u2013\u2014".indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(0, end);
	}

}
