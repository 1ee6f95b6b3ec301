package org.passerelle.practices.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

/**
 * The passages of a practice where the words of a search were found. The search engine
 * marks the words with two private-use characters and escapes nothing; this class then
 * escapes every character of the text and turns the two characters into {@code <mark>}
 * tags, so that a fragment is safe to insert as HTML whatever the practice's text holds
 * and whichever engine produced it.
 */
final class PracticeHighlights {

	/** The most fragments kept for one practice. */
	static final int MAX_FRAGMENTS = 3;

	private static final char START = '\uE000';

	private static final char END = '\uE001';

	private static final int FRAGMENT_SIZE = 160;

	private PracticeHighlights() {
	}

	/** The highlighter of every highlighted field. */
	static HighlighterFinalStep highlighter(SearchHighlighterFactory f) {
		return f.fastVector()
			.tag(String.valueOf(START), String.valueOf(END))
			.encoder(HighlighterEncoder.DEFAULT)
			.fragmentSize(FRAGMENT_SIZE)
			.numberOfFragments(2)
			.noMatchSize(0);
	}

	/**
	 * The fragments of the title, summary and body fields of the given analyzers: titles
	 * first, then summaries, then bodies.
	 */
	static SearchProjection<List<?>> projection(SearchProjectionFactory<?, ?> f, List<String> analyzers) {
		List<String> fields = new ArrayList<>();
		analyzers.forEach(a -> fields.add(PracticeFields.title(a)));
		analyzers.forEach(a -> fields.add(PracticeFields.summary(a)));
		analyzers.forEach(a -> fields.add(PracticeFields.body(a)));
		return fieldProjection(f, fields);
	}

	private static SearchProjection<List<?>> fieldProjection(SearchProjectionFactory<?, ?> f, List<String> fields) {
		SearchProjection<?>[] projections = fields.stream()
			.map(field -> f.highlight(field).toProjection())
			.toArray(SearchProjection<?>[]::new);
		return f.composite().from(projections).asList().toProjection();
	}

	/**
	 * The first distinct fragments, as safe HTML.
	 * @param perField one list of raw fragments per highlighted field
	 */
	static List<String> html(List<?> perField) {
		Set<String> fragments = new LinkedHashSet<>();
		for (Object field : perField) {
			if (field instanceof List<?> list) {
				for (Object fragment : list) {
					if (fragment instanceof String text && !text.isBlank() && fragments.size() < MAX_FRAGMENTS) {
						fragments.add(toHtml(text.strip()));
					}
				}
			}
		}
		return List.copyOf(fragments);
	}

	/** The raw fragment escaped, with the marked words in {@code <mark>}. */
	static String toHtml(String fragment) {
		StringBuilder html = new StringBuilder(fragment.length() + 32);
		boolean open = false;
		for (int i = 0; i < fragment.length(); i++) {
			char c = fragment.charAt(i);
			switch (c) {
				case START -> {
					if (!open) {
						html.append("<mark>");
						open = true;
					}
				}
				case END -> {
					if (open) {
						html.append("</mark>");
						open = false;
					}
				}
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
		if (open) {
			html.append("</mark>");
		}
		return html.toString();
	}

}
