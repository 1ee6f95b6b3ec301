package org.passerelle.practices.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.thesaurus.QueryExpansion;
import org.passerelle.practices.PracticeStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds published practices, whatever language they are written in: words typed in one
 * language find practices written in the others through the thesaurus
 * ({@link PracticeTextQuery}); results of every language are ranked together, with facet
 * counts per dimension ({@link PracticeFacets}) and the passages where the words were
 * found ({@link PracticeHighlights}). Drafts, submitted, returned and archived practices
 * are never found.
 */
@Component
public class PracticeSearch implements BenchmarkableSearch {

	/** Practices loaded at a time when a whole result list is read. */
	private static final int CHUNK = 200;

	private final EntityManager entityManager;

	private final QueryExpansion expansion;

	private final PracticeRepository practices;

	PracticeSearch(EntityManager entityManager, QueryExpansion expansion, PracticeRepository practices) {
		this.entityManager = entityManager;
		this.expansion = expansion;
		this.practices = practices;
	}

	/**
	 * A page of practices and the facet counts. A dimension's counts ignore that
	 * dimension's own filter, so that they tell what choosing another value would give.
	 */
	@Transactional(readOnly = true)
	public PracticeResults search(PracticeQuery query) {
		return run(query, true).results();
	}

	/** A page of practices, without facet counts. */
	@Transactional(readOnly = true)
	public PracticeResults find(PracticeQuery query) {
		return run(query, false).results();
	}

	/**
	 * Runs the search the API runs for these parameters and adds up the time the search
	 * backend reports for each of its queries (the page with its facets, and one query
	 * per filtered dimension).
	 * @throws IllegalArgumentException for a filter the API does not know
	 */
	@Override
	@Transactional(readOnly = true)
	public Duration took(String text, String language, Map<String, List<String>> filters) {
		Map<String, List<String>> given = new HashMap<>(filters);
		PracticeQuery query = new PracticeQuery(text, language, strings(given.remove("theme")),
				numbers(given.remove("gcm")), strings(given.remove("country")), strings(given.remove("level")),
				strings(given.remove("orgType")), strings(given.remove("targetGroup")), numbers(given.remove("year")),
				null, 0, PAGE_SIZE);
		if (!given.isEmpty()) {
			throw new IllegalArgumentException("Unknown filters: " + given.keySet());
		}
		return run(query, true).took();
	}

	/**
	 * Reads the whole result list in order, a chunk at a time, without holding it in
	 * memory.
	 * @param limit the most practices read
	 * @param consumer receives each chunk, in order
	 * @return how many practices were read
	 */
	@Transactional(readOnly = true)
	public int forEach(PracticeQuery query, int limit, Consumer<List<PracticeHit>> consumer) {
		PracticeTextQuery text = textQuery(query);
		SearchSession session = Search.session(this.entityManager);
		var step = session.search(Practice.class)
			.select(PracticeSearch::hit)
			.where(f -> criteria(f, query, text, null))
			.sort(f -> sort(f, query));
		int read = 0;
		try (SearchScroll<PracticeHit> scroll = step.scroll(CHUNK)) {
			for (SearchScrollResult<PracticeHit> chunk = scroll.next(); chunk.hasHits()
					&& read < limit; chunk = scroll.next()) {
				List<PracticeHit> hits = chunk.hits();
				if (hits.size() > limit - read) {
					hits = hits.subList(0, limit - read);
				}
				consumer.accept(withHighlights(session, text, hits));
				read += hits.size();
				// the hits are records: the loaded entities are no longer needed
				this.entityManager.clear();
			}
		}
		return read;
	}

	/**
	 * Published practices like the given one: they share one of its themes (or, for a
	 * practice without themes, a target group, GCM objective or country), rank higher for
	 * each other code they share and for the words and concepts of its title, and never
	 * include the practice itself.
	 * @return at most {@code limit} practices, most similar first; none if the practice
	 * is not published
	 */
	@Transactional(readOnly = true)
	public List<PracticeHit> similar(long practiceId, int limit) {
		Practice practice = this.practices.findById(practiceId)
			.filter(p -> p.getStatus() == PracticeStatus.PUBLISHED)
			.orElse(null);
		if (practice == null || limit < 1 || (practice.getThemes().isEmpty() && practice.getTargetGroups().isEmpty()
				&& practice.getGcmObjectives().isEmpty() && practice.getCountries().isEmpty())) {
			return List.of();
		}
		PracticeTextQuery title = PracticeTextQuery.of(practice.getTitle(), practice.getLanguage(), this.expansion);
		return Search.session(this.entityManager)
			.search(Practice.class)
			.select(PracticeSearch::hit)
			.where(f -> f.bool(b -> {
				b.filter(published(f));
				b.mustNot(f.id().matching(practiceId));
				if (!practice.getThemes().isEmpty()) {
					b.must(f.terms().field(PracticeFields.THEME).matchingAny(practice.getThemes()).boost(3f));
				}
				else {
					b.must(f.bool(any -> {
						shared(f, any, PracticeFields.TARGET_GROUP, practice.getTargetGroups(), 1f);
						shared(f, any, PracticeFields.GCM, practice.getGcmObjectives(), 1f);
						shared(f, any, PracticeFields.COUNTRY, practice.getCountries(), 1f);
					}));
				}
				shared(f, b, PracticeFields.TARGET_GROUP, practice.getTargetGroups(), 2f);
				shared(f, b, PracticeFields.GCM, practice.getGcmObjectives(), 1f);
				shared(f, b, PracticeFields.COUNTRY, practice.getCountries(), 1f);
				b.should(title.ranking(f));
			}))
			.sort(f -> f.score().then().field(PracticeFields.PUBLISHED_AT).desc())
			.fetchHits(limit);
	}

	private static List<String> strings(List<String> values) {
		return values == null ? List.of() : values;
	}

	private static List<Integer> numbers(List<String> values) {
		return values == null ? List.of() : values.stream().map(Integer::valueOf).toList();
	}

	private Run run(PracticeQuery query, boolean withFacets) {
		PracticeTextQuery text = textQuery(query);
		SearchSession session = Search.session(this.entityManager);
		Map<String, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
		var step = session.search(Practice.class)
			.select(PracticeSearch::hit)
			.where(f -> criteria(f, query, text, null))
			.sort(f -> sort(f, query));
		if (withFacets) {
			for (String dimension : PracticeFacets.DIMENSIONS) {
				if (PracticeFacets.filterOf(query, dimension).isEmpty()) {
					AggregationKey<Map<Object, Long>> key = PracticeFacets.key(dimension);
					keys.put(dimension, key);
					step = step.aggregation(key, f -> PracticeFacets.aggregation(f, dimension));
				}
			}
		}
		SearchResult<PracticeHit> result = step.fetch(query.offset(), query.size());
		Duration took = result.took();
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		if (withFacets) {
			for (String dimension : PracticeFacets.DIMENSIONS) {
				AggregationKey<Map<Object, Long>> key = keys.get(dimension);
				Map<Object, Long> counts;
				if (key != null) {
					counts = result.aggregation(key);
				}
				else {
					SearchResult<?> own = facet(session, query, text, dimension);
					took = took.plus(own.took());
					counts = own.aggregation(PracticeFacets.key(dimension));
				}
				facets.put(dimension, PracticeFacets.asCodes(counts));
			}
		}
		List<PracticeHit> hits = result.hits();
		if (text != null && !hits.isEmpty()) {
			Highlights highlighted = highlights(session, text, hits);
			took = took.plus(highlighted.took());
			hits = highlighted.applyTo(hits);
		}
		return new Run(new PracticeResults(result.total().hitCount(), query.page(), query.size(), new ArrayList<>(hits),
				facets), took);
	}

	/** One dimension's counts with the filters of the other dimensions only. */
	private SearchResult<?> facet(SearchSession session, PracticeQuery query, PracticeTextQuery text,
			String dimension) {
		return session.search(Practice.class)
			.where(f -> criteria(f, query, text, dimension))
			.aggregation(PracticeFacets.key(dimension), f -> PracticeFacets.aggregation(f, dimension))
			.fetch(0);
	}

	private PracticeTextQuery textQuery(PracticeQuery query) {
		if (!query.hasText()) {
			return null;
		}
		return PracticeTextQuery.of(query.text(), query.language(), this.expansion);
	}

	/**
	 * Published practices matching the words and the filters, leaving out the filter of
	 * one dimension if not {@code null}.
	 */
	private static PredicateFinalStep criteria(SearchPredicateFactory f, PracticeQuery query, PracticeTextQuery text,
			String except) {
		return f.bool(b -> {
			b.filter(published(f));
			if (text != null) {
				b.must(text.matching(f));
				b.should(text.ranking(f));
			}
			else {
				b.must(f.matchAll());
			}
			for (String dimension : PracticeFacets.DIMENSIONS) {
				List<?> values = PracticeFacets.filterOf(query, dimension);
				if (!values.isEmpty() && !dimension.equals(except)) {
					b.filter(f.terms().field(dimension).matchingAny(values));
				}
			}
		});
	}

	private static PredicateFinalStep published(SearchPredicateFactory f) {
		return f.match().field(PracticeFields.STATUS).matching(PracticeStatus.PUBLISHED);
	}

	private static void shared(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, String field,
			List<?> values, float boost) {
		if (!values.isEmpty()) {
			b.should(f.terms().field(field).matchingAny(values).boost(boost));
		}
	}

	private static SortFinalStep sort(SearchSortFactory f, PracticeQuery query) {
		return query.sort() == PracticeQuery.Sort.RELEVANCE ? f.score().then().field(PracticeFields.PUBLISHED_AT).desc()
				: f.field(PracticeFields.PUBLISHED_AT).desc();
	}

	/** A search's results and the time the search backend took for them. */
	private record Run(PracticeResults results, Duration took) {
	}

	/** The practice and its score; highlights are added by a second, lighter query. */
	private static ProjectionFinalStep<PracticeHit> hit(SearchProjectionFactory<?, Practice> f) {
		return f.composite()
			.from(f.entity().toProjection(), f.score().toProjection())
			.as((practice, score) -> PracticeHit.of(practice, score, List.of()));
	}

	/**
	 * The passages where the words were found, for the practices of a page. Highlighting
	 * runs as queries of their own, one per original language among the practices,
	 * restricted to those practices and to the fields of two languages (the practice's
	 * and the words'), and holding only what a reader should see marked: the highlighters
	 * re-read the whole query for every field of every practice, and the ranking clauses
	 * of the search, over every language, multiply that work many times over. The words
	 * and labels are an optional clause of a query sorted in index order, which needs no
	 * score: Lucene then leaves the clause out when it runs the query (looking up every
	 * term of every label in every segment cost as much as the search itself), and only
	 * the highlighter reads it.
	 */
	private static Highlights highlights(SearchSession session, PracticeTextQuery text, List<PracticeHit> hits) {
		Map<String, List<Long>> byLanguage = new LinkedHashMap<>();
		hits.forEach(hit -> byLanguage.computeIfAbsent(Analyzers.forLanguage(hit.language()), l -> new ArrayList<>())
			.add(hit.id()));
		Map<Long, List<String>> fragments = new HashMap<>();
		Duration took = Duration.ZERO;
		for (Map.Entry<String, List<Long>> group : byLanguage.entrySet()) {
			List<String> languages = List.copyOf(new LinkedHashSet<>(List.of(text.analyzer(), group.getKey())));
			List<Long> ids = group.getValue();
			SearchResult<Map.Entry<Long, List<String>>> result = session.search(Practice.class)
				.select(f -> f.composite()
					.from(f.id(Long.class).toProjection(), PracticeHighlights.projection(f, languages))
					.as((id, found) -> Map.entry(id, PracticeHighlights.html(found))))
				.where(f -> f.bool(b -> {
					b.filter(f.id().matchingAny(ids));
					// optional and unscored (index order): the search engine then runs
					// the ids alone, and the highlighter still reads the words and
					// labels to mark from the query
					b.should(text.highlighting(f, languages));
				}))
				.sort(f -> f.indexOrder())
				.highlighter(PracticeHighlights::highlighter)
				.fetch(ids.size());
			took = took.plus(result.took());
			result.hits().forEach(hit -> fragments.put(hit.getKey(), hit.getValue()));
		}
		return new Highlights(fragments, took);
	}

	private static List<PracticeHit> withHighlights(SearchSession session, PracticeTextQuery text,
			List<PracticeHit> hits) {
		if (text == null || hits.isEmpty()) {
			return hits;
		}
		return highlights(session, text, hits).applyTo(hits);
	}

	/** The highlighted passages of the practices of a page, and the time they took. */
	private record Highlights(Map<Long, List<String>> fragments, Duration took) {

		List<PracticeHit> applyTo(List<PracticeHit> hits) {
			return hits.stream()
				.map(hit -> hit.withHighlights(this.fragments.getOrDefault(hit.id(), List.of())))
				.toList();
		}

	}

}
