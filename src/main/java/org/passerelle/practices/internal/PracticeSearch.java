package org.passerelle.practices.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
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
public class PracticeSearch {

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
		return run(query, true);
	}

	/** A page of practices, without facet counts. */
	@Transactional(readOnly = true)
	public PracticeResults find(PracticeQuery query) {
		return run(query, false);
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
			.select(f -> hit(f, text))
			.where(f -> criteria(f, query, text, null))
			.sort(f -> sort(f, query));
		if (text != null) {
			step = step.highlighter(PracticeHighlights::highlighter);
		}
		int read = 0;
		try (SearchScroll<PracticeHit> scroll = step.scroll(CHUNK)) {
			for (SearchScrollResult<PracticeHit> chunk = scroll.next(); chunk.hasHits()
					&& read < limit; chunk = scroll.next()) {
				List<PracticeHit> hits = chunk.hits();
				if (hits.size() > limit - read) {
					hits = hits.subList(0, limit - read);
				}
				consumer.accept(hits);
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
			.select(f -> hit(f, null))
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

	private PracticeResults run(PracticeQuery query, boolean withFacets) {
		PracticeTextQuery text = textQuery(query);
		SearchSession session = Search.session(this.entityManager);
		Map<String, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
		var step = session.search(Practice.class)
			.select(f -> hit(f, text))
			.where(f -> criteria(f, query, text, null))
			.sort(f -> sort(f, query));
		if (text != null) {
			step = step.highlighter(PracticeHighlights::highlighter);
		}
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
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		if (withFacets) {
			for (String dimension : PracticeFacets.DIMENSIONS) {
				AggregationKey<Map<Object, Long>> key = keys.get(dimension);
				Map<Object, Long> counts = key != null ? result.aggregation(key)
						: facet(session, query, text, dimension);
				facets.put(dimension, PracticeFacets.asCodes(counts));
			}
		}
		return new PracticeResults(result.total().hitCount(), query.page(), query.size(),
				new ArrayList<>(result.hits()), facets);
	}

	/** One dimension's counts with the filters of the other dimensions only. */
	private Map<Object, Long> facet(SearchSession session, PracticeQuery query, PracticeTextQuery text,
			String dimension) {
		AggregationKey<Map<Object, Long>> key = PracticeFacets.key(dimension);
		return session.search(Practice.class)
			.where(f -> criteria(f, query, text, dimension))
			.aggregation(key, f -> PracticeFacets.aggregation(f, dimension))
			.fetch(0)
			.aggregation(key);
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

	/** The practice, its score and, when there are words, its highlighted passages. */
	private static ProjectionFinalStep<PracticeHit> hit(SearchProjectionFactory<?, Practice> f,
			PracticeTextQuery text) {
		SearchProjection<List<?>> highlights = text != null ? PracticeHighlights.projection(f)
				: f.<List<?>>constant(List.of()).toProjection();
		return f.composite()
			.from(f.entity().toProjection(), f.score().toProjection(), highlights)
			.as((practice, score, fragments) -> PracticeHit.of(practice, score, PracticeHighlights.html(fragments)));
	}

}
