package org.passerelle.kernel.documents.internal;

/**
 * Text made safe for XML: both output formats are XML inside, and a single control
 * character in user text would make the whole file unreadable.
 */
public final class Texts {

	private Texts() {
	}

	/**
	 * The text without the characters XML 1.0 forbids (control characters other than tab,
	 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF).
	 * @param text any text, or {@code null}
	 * @return the text, {@code ""} for {@code null}
	 */
	public static String xmlSafe(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder safe = null;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			boolean allowed;
			int width = 1;
			if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
				allowed = true;
				width = 2;
			}
			else {
				allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
						|| (c >= 0xE000 && c <= 0xFFFD);
			}
			if (!allowed && safe == null) {
				safe = new StringBuilder(length).append(text, 0, i);
			}
			if (allowed && safe != null) {
				safe.append(text, i, i + width);
			}
			i += width - 1;
		}
		return (safe != null) ? safe.toString() : text;
	}

	/**
	 * Escapes text for XML element content and attribute values.
	 * @param text any text, or {@code null}
	 * @param out where the escaped text goes
	 */
	public static void escape(String text, StringBuilder out) {
		String safe = xmlSafe(text);
		for (int i = 0; i < safe.length(); i++) {
			char c = safe.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
	}

	/**
	 * Escapes text for XML.
	 * @param text any text, or {@code null}
	 * @return the escaped text
	 */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder();
		escape(text, out);
		return out.toString();
	}

	/**
	 * Whether the text is {@code null} or only white space.
	 * @param text any text
	 * @return {@code true} when there is nothing to show
	 */
	public static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
