package org.passerelle.kernel.thesaurus.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.thesaurus.ConceptLink;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.passerelle.kernel.thesaurus.Expansion;

/**
 * Finds thesaurus concepts named in a query. Every preferred and alternative label is run
 * through the search analyzer of its language (so case, accents, elision and plurals are
 * handled as the index handles them) and its token sequence is stored in a per-language
 * trie; a query is analysed the same way and scanned left to right, taking the longest
 * label that starts at each token. Immutable and thread-safe: the cache builds a new one
 * when the thesaurus changes.
 */
public final class ConceptMatcher {

	/** Words that may stand between the words of a label found in a text. */
	public static final int LABEL_SLOP = 1;

	private final Map<String, Analyzer> analyzers;

	private final Map<String, Node> roots = new HashMap<>();

	private final Map<String, ConceptView> concepts = new LinkedHashMap<>();

	/**
	 * @param concepts the whole thesaurus
	 * @param analyzers one analyzer per language of {@link Analyzers#LANGUAGES}
	 */
	public ConceptMatcher(Collection<ConceptView> concepts, Map<String, Analyzer> analyzers) {
		this.analyzers = Map.copyOf(analyzers);
		for (ConceptView concept : concepts) {
			this.concepts.put(concept.id(), concept);
			for (String language : this.analyzers.keySet()) {
				Node root = this.roots.computeIfAbsent(language, l -> new Node());
				String pref = concept.prefLabels().get(language);
				if (pref != null) {
					add(root, language, pref, concept.id());
				}
				for (String alt : concept.altLabels(language)) {
					add(root, language, alt, concept.id());
				}
			}
		}
	}

	private void add(Node root, String language, String label, String conceptId) {
		List<Token> tokens = tokens(language, label);
		if (tokens.isEmpty()) {
			return;
		}
		Node node = root;
		for (Token token : tokens) {
			node = node.next.computeIfAbsent(token.term, t -> new Node());
		}
		if (node.concepts == null) {
			node.concepts = new ArrayList<>(1);
		}
		if (!node.concepts.contains(conceptId)) {
			node.concepts.add(conceptId);
		}
	}

	/**
	 * The concepts named in the query. The query is read in the given language first;
	 * when the language is unknown or nothing matches in it, every language is tried and
	 * the one whose labels cover most of the query wins (the interface order breaks
	 * ties).
	 */
	public Expansion expand(String query, String language) {
		String text = query == null ? "" : query;
		String primary = language == null ? null : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
		if (text.isBlank()) {
			return expansion(text, primary, List.of());
		}
		if (primary != null && this.analyzers.containsKey(primary)) {
			List<Expansion.Match> matches = match(text, primary).matches;
			if (!matches.isEmpty()) {
				return expansion(text, primary, matches);
			}
		}
		Found best = null;
		for (String candidate : Analyzers.LANGUAGES) {
			if (candidate.equals(primary) || !this.analyzers.containsKey(candidate)) {
				continue;
			}
			Found found = match(text, candidate);
			if (!found.matches.isEmpty() && (best == null || found.covered > best.covered)) {
				best = found;
			}
		}
		return best == null ? expansion(text, primary, List.of()) : expansion(text, best.language, best.matches);
	}

	/**
	 * Every concept whose label, in the given language, appears in the text with at most
	 * {@link #LABEL_SLOP} other words inserted; labels inside longer labels count too.
	 * @see org.passerelle.kernel.thesaurus.QueryExpansion#conceptsIn(String, String)
	 */
	public Set<String> conceptsIn(String text, String language) {
		String primary = language == null ? null : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
		Node root = primary == null ? null : this.roots.get(primary);
		if (root == null || text == null || text.isBlank()) {
			return Set.of();
		}
		List<String> terms = tokens(primary, text).stream().map(Token::term).toList();
		Set<String> found = new LinkedHashSet<>();
		for (int i = 0; i < terms.size(); i++) {
			collect(root.next.get(terms.get(i)), terms, i + 1, LABEL_SLOP, found);
		}
		return found.isEmpty() ? Set.of() : Collections.unmodifiableSet(found);
	}

	/**
	 * Collects the concepts of a trie node reached after the term before {@code next},
	 * then follows the terms from {@code next} on, possibly skipping some.
	 */
	private static void collect(Node node, List<String> terms, int next, int skips, Set<String> found) {
		if (node == null) {
			return;
		}
		if (node.concepts != null) {
			found.addAll(node.concepts);
		}
		if (next < terms.size() && !node.next.isEmpty()) {
			collect(node.next.get(terms.get(next)), terms, next + 1, skips, found);
			if (skips > 0) {
				// the term at next is a word inserted inside a label
				collect(skipped(node, terms, next + 1), terms, next + 2, skips - 1, found);
			}
		}
	}

	private static Node skipped(Node node, List<String> terms, int after) {
		return after < terms.size() ? node.next.get(terms.get(after)) : null;
	}

	private Found match(String text, String language) {
		Node root = this.roots.get(language);
		List<Token> tokens = tokens(language, text);
		List<Expansion.Match> matches = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		int covered = 0;
		int i = 0;
		while (root != null && i < tokens.size()) {
			Node node = root;
			int last = -1;
			List<String> found = null;
			for (int j = i; j < tokens.size(); j++) {
				node = node.next.get(tokens.get(j).term);
				if (node == null) {
					break;
				}
				if (node.concepts != null) {
					last = j;
					found = node.concepts;
				}
			}
			if (found == null) {
				i++;
				continue;
			}
			int start = tokens.get(i).start;
			int end = tokens.get(last).end;
			for (String id : found) {
				if (seen.add(id)) {
					matches.add(new Expansion.Match(id, text.substring(start, end), start, end,
							this.concepts.get(id).prefLabels()));
				}
			}
			covered += last - i + 1;
			i = last + 1;
		}
		return new Found(language, matches, covered);
	}

	private Expansion expansion(String query, String language, List<Expansion.Match> matches) {
		Map<String, List<String>> labels = new LinkedHashMap<>();
		Map<String, Set<String>> codes = new LinkedHashMap<>();
		if (!matches.isEmpty()) {
			for (String l : Analyzers.LANGUAGES) {
				Set<String> inLanguage = new LinkedHashSet<>();
				for (Expansion.Match match : matches) {
					ConceptView concept = this.concepts.get(match.conceptId());
					String pref = concept.prefLabels().get(l);
					if (pref != null && !pref.isBlank()) {
						inLanguage.add(pref);
					}
					inLanguage.addAll(concept.altLabels(l));
				}
				labels.put(l, List.copyOf(inLanguage));
			}
			Map<String, Set<String>> building = new LinkedHashMap<>();
			for (Expansion.Match match : matches) {
				for (ConceptLink link : this.concepts.get(match.conceptId()).links()) {
					building.computeIfAbsent(link.taxonomy(), t -> new LinkedHashSet<>()).add(link.code());
				}
			}
			building.forEach((t, set) -> codes.put(t, Collections.unmodifiableSet(set)));
		}
		return new Expansion(query, language, List.copyOf(matches), Collections.unmodifiableMap(labels),
				Collections.unmodifiableMap(codes));
	}

	private List<Token> tokens(String language, String text) {
		Analyzer analyzer = this.analyzers.get(language);
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("label", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/** How many concepts the matcher knows. */
	public int size() {
		return this.concepts.size();
	}

	private record Token(String term, int start, int end) {
	}

	private record Found(String language, List<Expansion.Match> matches, int covered) {
	}

	/** A trie node: the next token, and the concepts whose label ends here. */
	private static final class Node {

		final Map<String, Node> next = new HashMap<>(4);

		List<String> concepts;

	}

}
