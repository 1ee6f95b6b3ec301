package org.passerelle.practices.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.thesaurus.Expansion;
import org.passerelle.kernel.thesaurus.QueryExpansion;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.BenchmarkableSearch;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeFields;
import org.springframework.stereotype.Component;

/**
 * A stand-in for the search of practices until it implements {@link BenchmarkableSearch}
 * (then delete this class): published practices whose texts in the query's language match
 * the words, or whose texts in another language match the thesaurus labels the query
 * names; facet filters; the facet counts and the first page of ids.
 */
@Component
class StandInBenchmarkableSearch implements BenchmarkableSearch {

	private static final int MAX_FACET_VALUES = 300;

	/** The API's filter parameters and the index fields they filter on. */
	static final Map<String, String> FILTER_FIELDS = Map.of("theme", PracticeFields.THEME, "country",
			PracticeFields.COUNTRY, "level", PracticeFields.LEVEL, "organisationType", PracticeFields.ORGANISATION_TYPE,
			"targetGroup", PracticeFields.TARGET_GROUP, "sdg", PracticeFields.SDG, "gcm", PracticeFields.GCM,
			"language", PracticeFields.LANGUAGES);

	private static final List<String> FACETS = List.of(PracticeFields.THEME, PracticeFields.GCM, PracticeFields.COUNTRY,
			PracticeFields.LEVEL, PracticeFields.ORGANISATION_TYPE, PracticeFields.TARGET_GROUP,
			PracticeFields.LANGUAGES);

	private final EntityManager entityManager;

	private final QueryExpansion expansion;

	StandInBenchmarkableSearch(EntityManager entityManager, QueryExpansion expansion) {
		this.entityManager = entityManager;
		this.expansion = expansion;
	}

	@Override
	public Duration took(String query, String language, Map<String, List<String>> filters) {
		String text = query == null || query.isBlank() ? null : query.strip();
		Expansion expanded = text == null ? null : this.expansion.expand(text, language);
		var step = Search.session(this.entityManager)
			.search(Practice.class)
			.select(f -> f.id(Long.class))
			.where(f -> predicate(f, text, Analyzers.forLanguage(language), expanded, filters));
		for (String facet : FACETS) {
			if (facet.equals(PracticeFields.GCM)) {
				AggregationKey<Map<Integer, Long>> key = AggregationKey.of(facet);
				step = step.aggregation(key, f -> f.terms().field(facet, Integer.class).maxTermCount(MAX_FACET_VALUES));
			}
			else {
				AggregationKey<Map<String, Long>> key = AggregationKey.of(facet);
				step = step.aggregation(key, f -> f.terms().field(facet, String.class).maxTermCount(MAX_FACET_VALUES));
			}
		}
		SearchResult<Long> result = step.fetch(PAGE_SIZE);
		return result.took();
	}

	private static PredicateFinalStep predicate(SearchPredicateFactory f, String text, String analyzer,
			Expansion expanded, Map<String, List<String>> filters) {
		return f.bool().with(b -> {
			b.must(f.matchAll());
			b.filter(f.match().field(PracticeFields.STATUS).matching(PracticeStatus.PUBLISHED));
			if (text != null) {
				b.must(f.bool().with(any -> {
					any.should(f.simpleQueryString()
						.field(PracticeFields.title(analyzer))
						.boost(3f)
						.field(PracticeFields.summary(analyzer))
						.boost(2f)
						.field(PracticeFields.body(analyzer))
						.matching(text)
						.defaultOperator(BooleanOperator.AND));
					for (String language : Analyzers.LANGUAGES) {
						if (language.equals(analyzer)) {
							continue;
						}
						String labels = expanded.matches()
							.stream()
							.map(match -> match.prefLabels().get(language))
							.filter(label -> label != null && !label.isBlank())
							.map(label -> "\"" + label.replace("\"", " ") + "\"")
							.distinct()
							.collect(Collectors.joining(" | "));
						if (!labels.isEmpty()) {
							any.should(f.simpleQueryString()
								.fields(PracticeFields.title(language), PracticeFields.summary(language),
										PracticeFields.body(language))
								.matching(labels)
								.defaultOperator(BooleanOperator.OR));
						}
					}
				}));
			}
			filters.forEach((name, values) -> {
				String field = FILTER_FIELDS.get(name);
				if (field == null) {
					throw new IllegalArgumentException("Unknown filter: " + name);
				}
				List<?> terms = field.equals(PracticeFields.GCM) ? values.stream().map(Integer::valueOf).toList()
						: values;
				b.filter(f.terms().field(field).matchingAny(terms));
			});
		});
	}

}
