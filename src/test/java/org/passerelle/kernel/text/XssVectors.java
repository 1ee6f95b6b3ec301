package org.passerelle.kernel.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The XSS corpus in {@code src/test/resources/xss/vectors.txt}: one payload a line,
 * {@code #} lines and blank lines skipped. Any test that stores user rich text and
 * renders it (forms, pages, API, exports) can run every payload through it.
 */
public final class XssVectors {

	private static final String RESOURCE = "/xss/vectors.txt";

	private XssVectors() {
	}

	/**
	 * A URL attribute's value as a browser's URL parser would read its scheme: entities
	 * decoded (twice, in case they were escaped once more), then controls and white space
	 * removed, lower case. A payload is inert only if this does not start with
	 * {@code javascript:}, {@code vbscript:} or {@code data:}.
	 */
	public static String urlScheme(String value) {
		String decoded = org.jsoup.parser.Parser.unescapeEntities(org.jsoup.parser.Parser.unescapeEntities(value, true),
				true);
		StringBuilder kept = new StringBuilder();
		decoded.strip()
			.codePoints()
			.filter((c) -> !Character.isISOControl(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
					&& Character.getType(c) != Character.FORMAT)
			.forEach(kept::appendCodePoint);
		return kept.toString().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Every payload of the corpus, in file order, each exactly as written on its line.
	 */
	public static List<String> all() {
		try (InputStream in = XssVectors.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing test resource " + RESOURCE);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
