package org.passerelle.kernel.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for in-memory comparisons (pickers, filters): lower case, accents and other
 * combining marks removed (so Arabic short vowels go too), typographic apostrophes made
 * plain, hyphens and dashes read as blanks, blanks collapsed. {@code "Île-de-France"} and
 * {@code "ile de france"} fold to the same string.
 */
public final class TextFolding {

	private static final Pattern MARKS = Pattern.compile("[\\p{M}\\u0640]+");

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	private TextFolding() {
	}

	/** The folded text; {@code ""} for {@code null}. */
	public static String fold(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String folded = MARKS.matcher(decomposed)
			.replaceAll("")
			.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replace('\u02bc', '\'')
			.replace('-', ' ')
			.replace('\u2010', ' ')
			.replace('\u2011', ' ')
			.replace('\u2013', ' ')
			.replace("\u0153", "oe")
			.replace("\u00e6", "ae")
			.replace("\u00df", "ss");
		return BLANKS.matcher(folded).replaceAll(" ").strip();
	}

}
