package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.thesaurus.Expansion;
import org.passerelle.kernel.thesaurus.QueryExpansion;
import org.passerelle.practices.internal.PracticeQuery;
import org.passerelle.practices.internal.PracticeQuery.Sort;

class PracticeQueryParametersTests {

	/** Says the words are Spanish when they contain "albergue", else names nothing. */
	private final QueryExpansion expansion = new QueryExpansion() {

		@Override
		public Expansion expand(String text, String language) {
			return text.contains("albergue")
					? new Expansion(text, "es",
							List.of(new Expansion.Match("pas-emergency-shelter", "albergue", 0, 8, Map.of())), Map.of(),
							Map.of("theme", Set.of("emergency-shelter")))
					: new Expansion(text, language, List.of(), Map.of(), Map.of());
		}

		@Override
		public Set<String> conceptsIn(String text, String language) {
			return text.contains("albergue") ? Set.of("pas-emergency-shelter") : Set.of();
		}

	};

	private final PracticeQueryParameters parameters = new PracticeQueryParameters(this.expansion);

	@Test
	void withoutParametersListsEverythingNewestFirst() {
		PracticeQuery query = parse(Map.of());
		assertThat(query.text()).isNull();
		assertThat(query.sort()).isEqualTo(Sort.NEWEST);
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(PracticeQuery.DEFAULT_SIZE);
		assertThat(query.hasFilters()).isFalse();
	}

	@Test
	void readsWordsFiltersOrderAndPage() {
		PracticeQuery query = parse(params("q", "  hébergement d'urgence ", "lang", "fr", "theme", "emergency-shelter",
				"theme", "housing,reception", "gcm", "15", "gcm", "16", "country", "fr", "country", "MA", "level",
				"local", "orgType", "local-authority", "targetGroup", "refugees", "year", "2016", "sort", "newest",
				"page", "2", "size", "50"));
		assertThat(query.text()).isEqualTo("hébergement d'urgence");
		assertThat(query.language()).isEqualTo("fr");
		assertThat(query.themes()).containsExactly("emergency-shelter", "housing", "reception");
		assertThat(query.gcmObjectives()).containsExactly(15, 16);
		assertThat(query.countries()).containsExactly("FR", "MA");
		assertThat(query.levels()).containsExactly("local");
		assertThat(query.organisationTypes()).containsExactly("local-authority");
		assertThat(query.targetGroups()).containsExactly("refugees");
		assertThat(query.startYears()).containsExactly(2016);
		assertThat(query.sort()).isEqualTo(Sort.NEWEST);
		assertThat(query.page()).isEqualTo(2);
		assertThat(query.size()).isEqualTo(50);
	}

	@Test
	void wordsAreSortedByRelevanceUnlessAskedOtherwise() {
		assertThat(parse(Map.of("q", new String[] { "shelter" })).sort()).isEqualTo(Sort.RELEVANCE);
		assertThat(parse(Map.of("sort", new String[] { "relevance" })).sort()).isEqualTo(Sort.NEWEST);
	}

	@Test
	void rejectsBadValuesNamingEachParameter() {
		Map<String, String[]> bad = new LinkedHashMap<>();
		bad.put("size", new String[] { "1000" });
		bad.put("page", new String[] { "-1" });
		bad.put("gcm", new String[] { "fifteen" });
		bad.put("year", new String[] { "20x6" });
		bad.put("sort", new String[] { "oldest" });
		bad.put("lang", new String[] { "<script>" });
		assertThatThrownBy(() -> this.parameters.parse(bad, Locale.FRENCH))
			.isInstanceOfSatisfying(InvalidPracticeQueryException.class,
					ex -> assertThat(String.join(" ", ex.problems())).contains("'size'", "'page'", "'gcm'", "'year'",
							"'sort'", "'lang'"))
			.hasMessageContaining("400");
		assertThatThrownBy(() -> parse(Map.of("gcm", new String[] { "24" })))
			.isInstanceOf(InvalidPracticeQueryException.class);
		assertThatThrownBy(() -> parse(Map.of("page", new String[] { "500" }, "size", new String[] { "100" })))
			.isInstanceOf(InvalidPracticeQueryException.class);
	}

	@Test
	void thePageFallsBackToDefaultsForBadValues() {
		PracticeQuery query = this.parameters.parseLeniently(
				Map.of("q", new String[] { "shelter" }, "size", new String[] { "1000" }, "page", new String[] { "-3" },
						"gcm", new String[] { "abc", "15" }, "sort", new String[] { "oldest" }),
				Locale.ENGLISH);
		assertThat(query.size()).isEqualTo(PracticeQuery.DEFAULT_SIZE);
		assertThat(query.page()).isZero();
		assertThat(query.gcmObjectives()).containsExactly(15);
		assertThat(query.sort()).isEqualTo(Sort.RELEVANCE);
		assertThat(query.text()).isEqualTo("shelter");
	}

	@Test
	void theLanguageOfTheWordsIsTheOneGivenElseTheOneTheThesaurusRecognisesElseTheInterfaces() {
		assertThat(this.parameters
			.parse(Map.of("q", new String[] { "albergue" }, "lang", new String[] { "pt-BR" }), Locale.ENGLISH)
			.language()).isEqualTo("pt");
		assertThat(this.parameters.parse(Map.of("q", new String[] { "albergue de emergencia" }), Locale.ENGLISH)
			.language()).isEqualTo("es");
		assertThat(this.parameters.parse(Map.of("q", new String[] { "Oujda" }), Locale.ENGLISH).language())
			.isEqualTo("en");
		assertThat(this.parameters.parse(Map.of("q", new String[] { "Oujda" }), Locale.forLanguageTag("de")).language())
			.isEqualTo("fr");
		// the page's form sends qlang, which wins over the interface's lang
		assertThat(this.parameters
			.parse(Map.of("q", new String[] { "Oujda" }, "lang", new String[] { "en" }, "qlang", new String[] { "ar" }),
					Locale.ENGLISH)
			.language()).isEqualTo("ar");
	}

	@Test
	void writesTheSearchBackAsParameters() {
		PracticeQuery query = parse(Map.of("q", new String[] { "shelter" }, "lang", new String[] { "en" }, "theme",
				new String[] { "housing" }, "gcm", new String[] { "15" }, "year", new String[] { "2016" }, "sort",
				new String[] { "newest" }, "page", new String[] { "3" }));
		var written = PracticeQueryParameters.of(query, PracticeQueryParameters.QUERY_LANGUAGE);
		assertThat(written.toSingleValueMap()).containsExactlyInAnyOrderEntriesOf(Map.of("q", "shelter", "qlang", "en",
				"theme", "housing", "gcm", "15", "year", "2016", "sort", "newest"));
		Map<String, String[]> again = new LinkedHashMap<>();
		written.forEach((name, values) -> again.put(name, values.toArray(String[]::new)));
		assertThat(parse(again)).isEqualTo(query.withPage(0, query.size()));
	}

	/** Parameters from names and values, a name repeated for several values. */
	private static Map<String, String[]> params(String... namesAndValues) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.computeIfAbsent(namesAndValues[i], n -> new java.util.ArrayList<>()).add(namesAndValues[i + 1]);
		}
		Map<String, String[]> parameters = new LinkedHashMap<>();
		values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
		return parameters;
	}

	private PracticeQuery parse(Map<String, String[]> parameters) {
		return this.parameters.parse(parameters, Locale.FRENCH);
	}

}
