package org.passerelle.practices.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.thesaurus.Expansion;
import org.passerelle.kernel.thesaurus.QueryExpansion;

/**
 * How the words of a search are matched against practices written in any language, and
 * how the matches are ranked together.
 * <p>
 * <b>What matches</b> ({@link #matching}): a practice that has
 * <ol>
 * <li>every significant word in the fields of the language the words were typed in;</li>
 * <li>for three words or more, all but one of them there (recall for long queries);</li>
 * <li>every word in the fields of another language or in the language-neutral
 * {@code _name} fields (names of places, organisations and programmes are the same in
 * every language); or</li>
 * <li>a thesaurus concept named in the words, found when the practice was indexed in its
 * title, summary or body in any language (so "hébergement d'urgence" finds "emergency
 * shelter" and "albergue de emergencia"; see
 * {@link QueryExpansion#conceptsIn(String, String)}).</li>
 * </ol>
 * <p>
 * <b>How matches rank</b> ({@link #ranking}): by evidence that weighs the same in every
 * language, so that practices of all languages mix in one ranking. Each kind of field
 * weighs its own (title 3, summary 2, body 1) and adds, once per field:
 * <ul>
 * <li>when the words name thesaurus concepts: each concept named in the field, in any
 * language (indexed with the practice); each other word of the query found there, in any
 * language;</li>
 * <li>when they name none: any typed word found in the field of the language typed
 * in;</li>
 * <li>in every case, all the typed words found in one field (three times as much in the
 * language typed in, since the very words typed are the surest evidence);</li>
 * </ul>
 * and a practice tagged with a theme or target group linked to the concepts ranks higher.
 * The concepts' labels are searched as phrases only to mark them in the passages shown
 * ({@link #highlighting}): as phrases over every language's fields they cost most of the
 * processor time of a search.
 * <p>
 * Word-frequency scores (BM25) only break ties: they grow with the size of each
 * language's share of the corpus, and would otherwise let the language of the query crowd
 * out the others.
 */
final class PracticeTextQuery {

	/** Field weights, in each language. */
	static final float TITLE = 3f;

	static final float SUMMARY = 2f;

	static final float BODY = 1f;

	/**
	 * A typed word found in a field of the language typed in, when the words name no
	 * concept (when they do, the concept's labels count instead, in every language
	 * alike).
	 */
	static final float TYPED_WORDS = 1f;

	/** Every typed word found in one field of the language typed in, on top. */
	static final float ALL_TYPED_WORDS = 3f;

	/** A concept's label found in a field, per concept. */
	static final float CONCEPT = 1.5f;

	/** Every typed word found in one field of another language or the neutral fields. */
	static final float WORDS_ELSEWHERE = 1f;

	/** A word that names no concept, found in a field of any language. */
	static final float OTHER_WORDS = 1f;

	/** Tagged with a theme linked to a concept named. */
	static final float THEME_TAG = 3f;

	/** Tagged with a target group linked to a concept named. */
	static final float TARGET_GROUP_TAG = 1.5f;

	/** Weight of the word-frequency scores, which only break ties. */
	static final float TIE_BREAK = 0.005f;

	/** The syntax users may type: quotes, prefix*, -exclusion, | and +. */
	private static final SimpleQueryFlag[] FLAGS = { SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT,
			SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.PRECEDENCE,
			SimpleQueryFlag.ESCAPE };

	/**
	 * Words between the words of a concept label that still count as the label, when
	 * marking it; the same as when the concepts of a practice are indexed.
	 */
	private static final int LABEL_SLOP = 1;

	private final String language;

	private final String words;

	private final String otherWords;

	private final List<Concept> concepts;

	private final Map<String, Set<String>> codes;

	private PracticeTextQuery(String language, String words, String otherWords, List<Concept> concepts,
			Map<String, Set<String>> codes) {
		this.language = language;
		this.words = words;
		this.otherWords = otherWords;
		this.concepts = concepts;
		this.codes = codes;
	}

	/**
	 * @param text what the user typed, not blank
	 * @param language the language it is written in, {@code null} if unknown
	 * @param expansions finds the thesaurus concepts named in the text
	 */
	static PracticeTextQuery of(String text, String language, QueryExpansion expansions) {
		String analyzer = Analyzers.forLanguage(language);
		Expansion expansion = expansions.expand(text, language);
		// one concept per part of the words that names some: a label shared by two
		// concepts names either
		Map<String, Set<String>> idsByText = new LinkedHashMap<>();
		expansion.matches()
			.forEach(m -> idsByText.computeIfAbsent(m.start() + ":" + m.end(), k -> new LinkedHashSet<>())
				.add(m.conceptId()));
		List<Concept> concepts = new ArrayList<>();
		for (Expansion.Match match : expansion.matches()) {
			Set<String> ids = idsByText.get(match.start() + ":" + match.end());
			if (concepts.stream().anyMatch(c -> c.ids().equals(ids))) {
				continue;
			}
			// the labels of these concepts alone: the expansion gives those of all
			// concepts
			Map<String, List<String>> labels = new LinkedHashMap<>(
					expansions.expand(match.matchedText(), expansion.language()).labels());
			labels.values().removeIf(List::isEmpty);
			concepts.add(new Concept(Set.copyOf(ids), Map.copyOf(labels)));
		}
		List<int[]> spans = expansion.matches().stream().map(m -> new int[] { m.start(), m.end() }).toList();
		String rest = expansion.isEmpty() ? "" : SearchWords.without(text, spans);
		return new PracticeTextQuery(analyzer, SearchWords.significant(text, analyzer),
				rest.isBlank() ? null : SearchWords.significant(rest, analyzer), List.copyOf(concepts),
				expansion.codes());
	}

	/** The predicate a practice must match to be found. */
	PredicateFinalStep matching(SearchPredicateFactory f) {
		return f.bool(b -> {
			b.should(words(f, List.of(this.language), this.words, BooleanOperator.AND).boost(TIE_BREAK));
			if (SearchWords.count(this.words) > 2) {
				b.should(words(f, List.of(this.language), this.words, BooleanOperator.OR).minimumShouldMatchNumber(-1)
					.boost(TIE_BREAK / 2));
			}
			// matched in another language or the neutral fields: no word-frequency score
			// (computed over twelve fields, it cost more than the rest of the query and
			// only broke ties among practices already found by the same evidence)
			b.should(words(f, otherAnalyzers(), this.words, BooleanOperator.AND).constantScore().boost(TIE_BREAK / 2));
			Set<String> named = new LinkedHashSet<>();
			this.concepts.forEach(concept -> named.addAll(concept.ids()));
			if (!named.isEmpty()) {
				b.should(f.terms()
					.fields(PracticeFields.CONCEPT_TITLE, PracticeFields.CONCEPT_SUMMARY, PracticeFields.CONCEPT_BODY)
					.matchingAny(named)
					.constantScore()
					.boost(TIE_BREAK));
			}
			b.minimumShouldMatchNumber(1);
		});
	}

	/** The analyzer of the language the words were typed in. */
	String analyzer() {
		return this.language;
	}

	/**
	 * What a reader should see marked in a practice found, in the fields of the given
	 * analyzers: the words typed, and the labels of the concepts they name in each of
	 * those languages. Small on purpose: highlighting re-reads it for every field of
	 * every practice shown.
	 */
	PredicateFinalStep highlighting(SearchPredicateFactory f, List<String> analyzers) {
		return f.bool(b -> {
			b.should(words(f, analyzers, this.words, BooleanOperator.OR));
			for (String analyzer : analyzers) {
				Set<String> labels = new LinkedHashSet<>();
				this.concepts.forEach(concept -> labels.addAll(concept.labels().getOrDefault(analyzer, List.of())));
				if (!labels.isEmpty()) {
					b.should(labels(f, List.copyOf(labels), PracticeFields.title(analyzer),
							PracticeFields.summary(analyzer), PracticeFields.body(analyzer)));
				}
			}
		});
	}

	/**
	 * The evidence that ranks the practices found; it never makes a practice match by
	 * itself.
	 */
	PredicateFinalStep ranking(SearchPredicateFactory f) {
		List<String> others = otherAnalyzers();
		return f.bool(b -> {
			for (FieldKind kind : FieldKind.values()) {
				String typed = kind.field(this.language);
				if (this.concepts.isEmpty()) {
					b.should(wordsIn(f, List.of(typed), this.words, BooleanOperator.OR).constantScore()
						.boost(kind.weight * TYPED_WORDS));
				}
				b.should(wordsIn(f, List.of(typed), this.words, BooleanOperator.AND).constantScore()
					.boost(kind.weight * ALL_TYPED_WORDS));
				b.should(wordsIn(f, kind.fields(others), this.words, BooleanOperator.AND).constantScore()
					.boost(kind.weight * WORDS_ELSEWHERE));
				for (Concept concept : this.concepts) {
					// indexed once per kind of field whatever the language: a translated
					// practice ranks no higher than one written in a single language
					b.should(f.terms()
						.field(kind.concepts)
						.matchingAny(concept.ids())
						.constantScore()
						.boost(kind.weight * CONCEPT));
				}
				if (this.otherWords != null) {
					b.should(wordsIn(f, kind.fields(PracticeFields.ANALYZERS), this.otherWords, BooleanOperator.OR)
						.constantScore()
						.boost(kind.weight * OTHER_WORDS));
				}
			}
			Set<String> themes = this.codes.getOrDefault(Taxonomies.THEME, Set.of());
			if (!themes.isEmpty()) {
				b.should(f.terms().field(PracticeFields.THEME).matchingAny(themes).constantScore().boost(THEME_TAG));
			}
			Set<String> groups = this.codes.getOrDefault(Taxonomies.TARGET_GROUP, Set.of());
			if (!groups.isEmpty()) {
				b.should(f.terms()
					.field(PracticeFields.TARGET_GROUP)
					.matchingAny(groups)
					.constantScore()
					.boost(TARGET_GROUP_TAG));
			}
		});
	}

	private List<String> otherAnalyzers() {
		return PracticeFields.ANALYZERS.stream().filter(a -> !a.equals(this.language)).toList();
	}

	/** Any of the labels, as phrases, in the given fields (all of one language). */
	private static BooleanPredicateClausesStep<?, ?> labels(SearchPredicateFactory f, List<String> labels,
			String... fields) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		for (String label : labels) {
			any.should(f.phrase().fields(fields).matching(label).slop(LABEL_SLOP));
		}
		return any;
	}

	/** The words in the title, summary and body fields of the given analyzers. */
	private static SimpleQueryStringPredicateOptionsStep<?> words(SearchPredicateFactory f, List<String> analyzers,
			String text, BooleanOperator operator) {
		List<String> titles = new ArrayList<>();
		List<String> summaries = new ArrayList<>();
		List<String> bodies = new ArrayList<>();
		for (String analyzer : analyzers) {
			titles.add(PracticeFields.title(analyzer));
			summaries.add(PracticeFields.summary(analyzer));
			bodies.add(PracticeFields.body(analyzer));
		}
		return f.simpleQueryString()
			.fields(titles.toArray(String[]::new))
			.boost(TITLE)
			.fields(summaries.toArray(String[]::new))
			.boost(SUMMARY)
			.fields(bodies.toArray(String[]::new))
			.matching(text)
			.defaultOperator(operator)
			.flags(FLAGS);
	}

	/** The words in the given fields. */
	private static SimpleQueryStringPredicateOptionsStep<?> wordsIn(SearchPredicateFactory f, List<String> fields,
			String text, BooleanOperator operator) {
		return f.simpleQueryString()
			.fields(fields.toArray(String[]::new))
			.matching(text)
			.defaultOperator(operator)
			.flags(FLAGS);
	}

	/** The title, the summary and the body, in each language, with their weights. */
	private enum FieldKind {

		TITLE_FIELD(PracticeFields::title, PracticeFields.CONCEPT_TITLE, TITLE),
		SUMMARY_FIELD(PracticeFields::summary, PracticeFields.CONCEPT_SUMMARY, SUMMARY),
		BODY_FIELD(PracticeFields::body, PracticeFields.CONCEPT_BODY, BODY);

		private final UnaryOperator<String> name;

		private final String concepts;

		private final float weight;

		FieldKind(UnaryOperator<String> name, String concepts, float weight) {
			this.name = name;
			this.concepts = concepts;
			this.weight = weight;
		}

		String field(String analyzer) {
			return this.name.apply(analyzer);
		}

		List<String> fields(List<String> analyzers) {
			return analyzers.stream().map(this.name).toList();
		}

	}

	/**
	 * A thesaurus concept named in the words.
	 *
	 * @param ids the concept's id, or those of every concept sharing the label typed
	 * @param labels their labels per language, to mark in the passages shown
	 */
	private record Concept(Set<String> ids, Map<String, List<String>> labels) {
	}

}
