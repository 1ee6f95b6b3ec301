package org.passerelle.kernel.territory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.passerelle.kernel.search.TextFolding;
import org.passerelle.kernel.territory.TerritoryView;

/**
 * Finds territories named in a text: every name is folded ({@link TextFolding}) and cut
 * into words, and a text is scanned word by word, taking the longest name that starts at
 * each word. Names are looked for in the text's language, plus every name of a territory
 * that has none in that language (NUTS regions often have only their native name).
 * Immutable and thread-safe.
 */
public final class TerritoryMentions {

	/** A one-word name shorter than this is too often an ordinary word. */
	static final int MIN_SINGLE_WORD = 4;

	private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** Per language: first word → names starting with it, longest first. */
	private final Map<String, Map<String, List<Name>>> byLanguage = new HashMap<>();

	/** Names of territories without a name in the language, whatever the language. */
	private final Map<String, Map<String, List<Name>>> fallback = new HashMap<>();

	private final Set<String> languages = new LinkedHashSet<>();

	public TerritoryMentions(Collection<TerritoryView> territories) {
		for (TerritoryView t : territories) {
			this.languages.addAll(t.names().keySet());
		}
		for (TerritoryView t : territories) {
			for (Map.Entry<String, String> name : t.names().entrySet()) {
				add(this.byLanguage.computeIfAbsent(name.getKey(), l -> new HashMap<>()), name.getValue(), t);
			}
		}
		for (String language : this.languages) {
			Map<String, List<Name>> index = new HashMap<>();
			for (TerritoryView t : territories) {
				if (!t.names().containsKey(language)) {
					t.names().values().forEach(n -> add(index, n, t));
				}
			}
			index.values().forEach(list -> list.sort(Comparator.comparingInt((Name n) -> -n.words.length)));
			this.fallback.put(language, index);
		}
		this.byLanguage.values()
			.forEach(index -> index.values()
				.forEach(list -> list.sort(Comparator.comparingInt((Name n) -> -n.words.length))));
	}

	private static void add(Map<String, List<Name>> index, String name, TerritoryView territory) {
		String[] words = words(name);
		if (words.length == 0 || (words.length == 1 && words[0].length() < MIN_SINGLE_WORD)) {
			return;
		}
		index.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Name(words, territory));
	}

	private static String[] words(String text) {
		String folded = TextFolding.fold(text);
		return folded.isEmpty() ? new String[0]
				: WORDS.splitAsStream(folded).filter(w -> !w.isEmpty()).toArray(String[]::new);
	}

	/**
	 * The territories named in the text, in the order first found, each once.
	 * @param text plain text; may be {@code null}
	 * @param language the text's language (BCP 47 primary tag)
	 */
	public List<TerritoryView> in(String text, String language) {
		String[] words = words(text);
		if (words.length == 0) {
			return List.of();
		}
		String primary = language == null ? "en" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
		Map<String, List<Name>> own = this.byLanguage.getOrDefault(primary, Map.of());
		Map<String, List<Name>> others = this.fallback.getOrDefault(primary, Map.of());
		Map<String, TerritoryView> found = new LinkedHashMap<>();
		int i = 0;
		while (i < words.length) {
			Name best = longest(own.get(words[i]), words, i);
			Name other = longest(others.get(words[i]), words, i);
			if (other != null && (best == null || other.words.length > best.words.length)) {
				best = other;
			}
			if (best == null) {
				i++;
			}
			else {
				found.putIfAbsent(best.territory.id(), best.territory);
				i += best.words.length;
			}
		}
		return List.copyOf(found.values());
	}

	private static Name longest(List<Name> candidates, String[] words, int from) {
		if (candidates == null) {
			return null;
		}
		for (Name candidate : candidates) {
			if (candidate.matches(words, from)) {
				return candidate;
			}
		}
		return null;
	}

	private record Name(String[] words, TerritoryView territory) {

		boolean matches(String[] text, int from) {
			if (from + this.words.length > text.length) {
				return false;
			}
			for (int k = 1; k < this.words.length; k++) {
				if (!this.words[k].equals(text[from + k])) {
					return false;
				}
			}
			return true;
		}

	}

}
