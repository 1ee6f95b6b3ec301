package org.passerelle.practices.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;

/**
 * The dimensions a search of practices can be narrowed by, each an index field of
 * {@link PracticeFields} and a request parameter: which values a query filters on, and
 * the terms aggregation that counts the practices per value.
 */
public final class PracticeFacets {

	public static final String THEME = PracticeFields.THEME;

	public static final String GCM = PracticeFields.GCM;

	public static final String COUNTRY = PracticeFields.COUNTRY;

	public static final String LEVEL = PracticeFields.LEVEL;

	public static final String ORGANISATION_TYPE = PracticeFields.ORGANISATION_TYPE;

	public static final String TARGET_GROUP = PracticeFields.TARGET_GROUP;

	public static final String START_YEAR = PracticeFields.START_YEAR;

	/** Every dimension, in the order the list page shows them. */
	public static final List<String> DIMENSIONS = List.of(THEME, GCM, COUNTRY, LEVEL, ORGANISATION_TYPE, TARGET_GROUP,
			START_YEAR);

	/** Enough for every code of a taxonomy and every country. */
	private static final int MAX_VALUES = 300;

	private PracticeFacets() {
	}

	/** The values the query filters the dimension on (empty for none). */
	public static List<?> filterOf(PracticeQuery query, String dimension) {
		return switch (dimension) {
			case THEME -> query.themes();
			case GCM -> query.gcmObjectives();
			case COUNTRY -> query.countries();
			case LEVEL -> query.levels();
			case ORGANISATION_TYPE -> query.organisationTypes();
			case TARGET_GROUP -> query.targetGroups();
			case START_YEAR -> query.startYears();
			default -> throw new IllegalArgumentException("Unknown dimension " + dimension);
		};
	}

	static boolean isNumeric(String dimension) {
		return GCM.equals(dimension) || START_YEAR.equals(dimension);
	}

	static AggregationKey<Map<Object, Long>> key(String dimension) {
		return AggregationKey.of(dimension);
	}

	/** Counts of the practices per value of the dimension, most frequent first. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static AggregationFinalStep<Map<Object, Long>> aggregation(SearchAggregationFactory f, String dimension) {
		Class<?> type = isNumeric(dimension) ? Integer.class : String.class;
		return (AggregationFinalStep) f.terms().field(dimension, type).maxTermCount(MAX_VALUES);
	}

	/** The counts with their values as text (codes, numbers), in the same order. */
	static Map<String, Long> asCodes(Map<?, Long> counts) {
		Map<String, Long> codes = new LinkedHashMap<>();
		counts.forEach((value, count) -> codes.put(String.valueOf(value), count));
		return codes;
	}

}
