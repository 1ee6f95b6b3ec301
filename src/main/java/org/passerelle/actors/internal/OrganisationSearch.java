package org.passerelle.actors.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.passerelle.actors.OrganisationQuery;
import org.passerelle.actors.OrganisationResults;
import org.springframework.stereotype.Component;

/**
 * Full-text search of the directory: words of the name, acronym (whole words or their
 * beginning) and description (stemmed in the description's language), filters on type,
 * level and country, and facet counts. Callers run it inside a transaction.
 */
@Component
public class OrganisationSearch {

	/** Enough for every code of a taxonomy and every country. */
	private static final int MAX_FACET_VALUES = 300;

	private static final List<String> DIMENSIONS = List.of(OrganisationResults.TYPE, OrganisationResults.LEVEL,
			OrganisationResults.COUNTRY);

	private final EntityManager entityManager;

	OrganisationSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * A page of organisations and the facet counts. A dimension's counts ignore that
	 * dimension's own filter, so that they tell what choosing another value would give.
	 */
	public Page search(OrganisationQuery query) {
		SearchSession session = Search.session(this.entityManager);
		Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		var step = session.search(Organisation.class)
			.where(f -> criteria(f, query, null))
			.sort(f -> searchedText(query) == null ? f.field(OrganisationFields.NAME_SORT)
					: f.score().then().field(OrganisationFields.NAME_SORT));
		for (String dimension : DIMENSIONS) {
			if (filterOf(query, dimension).isEmpty()) {
				AggregationKey<Map<String, Long>> key = AggregationKey.of(dimension);
				keys.put(dimension, key);
				step = step.aggregation(key,
						f -> f.terms().field(dimension, String.class).maxTermCount(MAX_FACET_VALUES));
			}
		}
		SearchResult<Organisation> result = step.fetch(query.page() * query.size(), query.size());
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		for (String dimension : DIMENSIONS) {
			AggregationKey<Map<String, Long>> key = keys.get(dimension);
			facets.put(dimension, key != null ? result.aggregation(key) : facet(session, query, dimension));
		}
		return new Page(result.total().hitCount(), result.hits(), facets);
	}

	/** Organisations whose name or acronym starts with the words typed, best first. */
	public List<Organisation> suggest(String text, int limit) {
		String words = NameText.normalise(text);
		if (words == null || words.isBlank()) {
			return List.of();
		}
		return Search.session(this.entityManager)
			.search(Organisation.class)
			.where(f -> f.simpleQueryString()
				.field(OrganisationFields.ACRONYM)
				.boost(4f)
				.field(OrganisationFields.NAME)
				.boost(2f)
				.fields(OrganisationFields.NAME_AUTOCOMPLETE, OrganisationFields.ACRONYM_AUTOCOMPLETE)
				.matching(words)
				.defaultOperator(BooleanOperator.AND))
			.sort(f -> f.score().then().field(OrganisationFields.NAME_SORT))
			.fetchHits(limit);
	}

	private Map<String, Long> facet(SearchSession session, OrganisationQuery query, String dimension) {
		AggregationKey<Map<String, Long>> key = AggregationKey.of(dimension);
		return session.search(Organisation.class)
			.where(f -> criteria(f, query, dimension))
			.aggregation(key, f -> f.terms().field(dimension, String.class).maxTermCount(MAX_FACET_VALUES))
			.fetch(0)
			.aggregation(key);
	}

	/**
	 * The query's text and filters, leaving out the filter of one dimension if not null.
	 */
	private static PredicateFinalStep criteria(SearchPredicateFactory f, OrganisationQuery query, String except) {
		return f.bool().with(b -> {
			b.must(f.matchAll());
			String text = searchedText(query);
			if (text != null) {
				b.must(f.simpleQueryString()
					.fields(OrganisationFields.NAME, OrganisationFields.ACRONYM)
					.boost(3f)
					.fields(OrganisationFields.NAME_AUTOCOMPLETE, OrganisationFields.ACRONYM_AUTOCOMPLETE)
					.fields(OrganisationFields.descriptions())
					.matching(text)
					.defaultOperator(BooleanOperator.AND));
			}
			for (String dimension : DIMENSIONS) {
				List<String> values = filterOf(query, dimension);
				if (!values.isEmpty() && !dimension.equals(except)) {
					b.filter(f.terms().field(dimension).matchingAny(values));
				}
			}
		});
	}

	/** The words to look for, or {@code null} if the query has none. */
	private static String searchedText(OrganisationQuery query) {
		String text = NameText.normalise(query.text());
		return text == null || text.isBlank() ? null : text;
	}

	private static List<String> filterOf(OrganisationQuery query, String dimension) {
		return switch (dimension) {
			case OrganisationResults.TYPE -> query.types();
			case OrganisationResults.LEVEL -> query.levels();
			default -> query.countries();
		};
	}

	/**
	 * @param total number of matching organisations
	 * @param hits the organisations of the page asked for, loaded
	 * @param facets counts per dimension and code
	 */
	public record Page(long total, List<Organisation> hits, Map<String, Map<String, Long>> facets) {
	}

}
