package org.passerelle.practices;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.passerelle.kernel.search.TextFolding;

/**
 * Finds the titles of published practices in texts, e.g. the practices contributions to a
 * dialogue talk about. A title counts when all its words appear in the text in order and
 * next to each other, ignoring case, accents, hyphens and punctuation; titles of one word
 * are not looked for, being too often ordinary words. Built once by
 * {@link PracticeCatalog#mentions()} for many texts: each text is read once, whatever the
 * number of practices. Immutable and thread-safe.
 */
public final class PracticeMentions {

	private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** First two words → titles starting with them, longest first. */
	private final Map<String, List<Title>> byStart = new HashMap<>();

	PracticeMentions(Collection<PracticeMention> practices) {
		for (PracticeMention practice : practices) {
			String[] words = words(practice.title());
			if (words.length >= 2) {
				this.byStart.computeIfAbsent(words[0] + ' ' + words[1], k -> new ArrayList<>())
					.add(new Title(words, practice));
			}
		}
		this.byStart.values().forEach(list -> list.sort(Comparator.comparingInt((Title t) -> -t.words.length)));
	}

	private static String[] words(String text) {
		String folded = TextFolding.fold(text);
		return folded.isEmpty() ? new String[0]
				: WORDS.splitAsStream(folded).filter(w -> !w.isEmpty()).toArray(String[]::new);
	}

	/**
	 * The practices whose title appears in the text.
	 * @param text plain text; may be {@code null}
	 * @return the practices named, in the order first found, each once
	 */
	public List<PracticeMention> in(String text) {
		String[] words = words(text);
		Map<Long, PracticeMention> found = new LinkedHashMap<>();
		int i = 0;
		while (i + 1 < words.length) {
			List<Title> candidates = this.byStart.get(words[i] + ' ' + words[i + 1]);
			Title match = null;
			if (candidates != null) {
				for (Title candidate : candidates) {
					if (candidate.matches(words, i)) {
						match = candidate;
						break;
					}
				}
			}
			if (match == null) {
				i++;
			}
			else {
				found.putIfAbsent(match.practice.id(), match.practice);
				i += match.words.length;
			}
		}
		return List.copyOf(found.values());
	}

	/** Whether there is no title to look for. */
	public boolean isEmpty() {
		return this.byStart.isEmpty();
	}

	private record Title(String[] words, PracticeMention practice) {

		boolean matches(String[] text, int from) {
			if (from + this.words.length > text.length) {
				return false;
			}
			for (int k = 2; k < this.words.length; k++) {
				if (!this.words[k].equals(text[from + k])) {
					return false;
				}
			}
			return true;
		}

	}

}
