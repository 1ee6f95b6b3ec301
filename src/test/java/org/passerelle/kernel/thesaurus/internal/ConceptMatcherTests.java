package org.passerelle.kernel.thesaurus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.search.LanguageAnalyzers;
import org.passerelle.kernel.thesaurus.ConceptLink;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.passerelle.kernel.thesaurus.Expansion;

class ConceptMatcherTests {

	private static final Map<String, Analyzer> ANALYZERS = new LinkedHashMap<>();

	static {
		Analyzers.LANGUAGES.forEach(l -> ANALYZERS.put(l, LanguageAnalyzers.create(l)));
	}

	private final ConceptMatcher matcher = new ConceptMatcher(List.of(
			concept("pas-emergency-shelter",
					labels("Hébergement d'urgence", "Emergency shelter", "Alojamiento de emergencia",
							"Alojamento de emergência", "الإيواء الطارئ"),
					Map.of("en", List.of("emergency accommodation"), "fr", List.of("mise à l'abri")),
					List.of(new ConceptLink("theme", "emergency-shelter"))),
			concept("pas-refugees", labels("Réfugiés", "Refugees", "Refugiados", "Refugiados", "اللاجئون"), Map.of(),
					List.of(new ConceptLink("target-group", "refugees"))),
			concept("pas-unaccompanied-minors", labels("Mineurs non accompagnés", "Unaccompanied minors",
					"Menores no acompañados", "Menores não acompanhados", "القاصرون غير المصحوبين"),
					Map.of("fr", List.of("MNA")),
					List.of(new ConceptLink("theme", "unaccompanied-minors"),
							new ConceptLink("target-group", "unaccompanied-minors"))),
			concept("pas-integration", labels("Intégration", "Integration", "Integración", "Integração", "الإدماج"),
					Map.of(), List.of(new ConceptLink("theme", "integration"))),
			concept("eurovoc-1462", Map.of("en", "integration of migrants", "fr", "intégration des migrants"),
					Map.of("fr", List.of("intégration des immigrés")), List.of())),
			ANALYZERS);

	@Test
	void findsFrenchMultiWordLabelDespiteElisionAndAccents() {
		Expansion expansion = this.matcher.expand("hébergement d'urgence", "fr");

		assertThat(expansion.language()).isEqualTo("fr");
		assertThat(expansion.matches()).extracting(Expansion.Match::conceptId).containsExactly("pas-emergency-shelter");
		assertThat(expansion.labels().get("en")).contains("Emergency shelter", "emergency accommodation");
		assertThat(expansion.labels().get("es")).contains("Alojamiento de emergencia");
		assertThat(expansion.labels().get("pt")).contains("Alojamento de emergência");
		assertThat(expansion.labels().get("ar")).contains("الإيواء الطارئ");
		assertThat(expansion.codes().get("theme")).containsExactly("emergency-shelter");
	}

	@Test
	void ignoresCaseMissingAccentsAndTypographicApostrophes() {
		assertThat(this.matcher.expand("HEBERGEMENT D’URGENCE", "fr").matches()).extracting(Expansion.Match::conceptId)
			.containsExactly("pas-emergency-shelter");
	}

	@Test
	void matchesPluralForms() {
		assertThat(this.matcher.expand("emergency shelters", "en").matches()).extracting(Expansion.Match::conceptId)
			.containsExactly("pas-emergency-shelter");
		assertThat(this.matcher.expand("hébergements d'urgence", "fr").matches()).extracting(Expansion.Match::conceptId)
			.containsExactly("pas-emergency-shelter");
		assertThat(this.matcher.expand("refugee", "en").matches()).extracting(Expansion.Match::conceptId)
			.containsExactly("pas-refugees");
	}

	@Test
	void prefersTheLongestLabel() {
		Expansion expansion = this.matcher.expand("l'intégration des migrants dans les villes", "fr");

		assertThat(expansion.matches()).extracting(Expansion.Match::conceptId).containsExactly("eurovoc-1462");
		assertThat(expansion.matches().get(0).matchedText()).isEqualTo("l'intégration des migrants");
	}

	@Test
	void findsSeveralConceptsInOneQueryInQueryOrder() {
		Expansion expansion = this.matcher.expand("hébergement d'urgence pour mineurs non accompagnés", "fr");

		assertThat(expansion.matches()).extracting(Expansion.Match::conceptId)
			.containsExactly("pas-emergency-shelter", "pas-unaccompanied-minors");
		assertThat(expansion.matches()).extracting(Expansion.Match::matchedText)
			.containsExactly("hébergement d'urgence", "mineurs non accompagnés");
		assertThat(expansion.codes().get("theme")).containsExactly("emergency-shelter", "unaccompanied-minors");
		assertThat(expansion.codes().get("target-group")).containsExactly("unaccompanied-minors");
		assertThat(expansion.labels().get("en")).containsExactly("Emergency shelter", "emergency accommodation",
				"Unaccompanied minors");
	}

	@Test
	void matchesAlternativeLabels() {
		assertThat(this.matcher.expand("accueil des MNA", "fr").matches()).extracting(Expansion.Match::conceptId)
			.containsExactly("pas-unaccompanied-minors");
	}

	@Test
	void triesEveryLanguageWhenNothingMatchesInTheGivenOne() {
		Expansion expansion = this.matcher.expand("emergency shelter", "fr");

		assertThat(expansion.language()).isEqualTo("en");
		assertThat(expansion.codes().get("theme")).containsExactly("emergency-shelter");
	}

	@Test
	void triesEveryLanguageWithoutALanguage() {
		Expansion expansion = this.matcher.expand("menores no acompañados", null);

		assertThat(expansion.language()).isEqualTo("es");
		assertThat(expansion.labels().get("fr")).containsExactly("Mineurs non accompagnés", "MNA");
	}

	@Test
	void normalisesArabicSpellingAndDefiniteArticle() {
		assertThat(this.matcher.expand("ايواء طارئ", "ar").matches()).extracting(Expansion.Match::conceptId)
			.containsExactly("pas-emergency-shelter");
	}

	@Test
	void returnsAnEmptyExpansionForUnknownOrBlankText() {
		assertThat(this.matcher.expand("budget participatif", "fr").isEmpty()).isTrue();
		assertThat(this.matcher.expand("   ", "fr").isEmpty()).isTrue();
		assertThat(this.matcher.expand(null, null).labels()).isEmpty();
	}

	@Test
	void doesNotMatchPartOfAMultiWordLabel() {
		assertThat(this.matcher.expand("urgence sanitaire", "fr").isEmpty()).isTrue();
	}

	@Test
	void findsEveryConceptOfATextIncludingLabelsInsideLongerOnes() {
		assertThat(this.matcher.conceptsIn(
				"Les MNA et les réfugiés : l'intégration des migrants passe par l'hébergement d'urgence.", "fr"))
			.containsExactly("pas-unaccompanied-minors", "pas-refugees", "pas-integration", "eurovoc-1462",
					"pas-emergency-shelter");
	}

	@Test
	void findsALabelInATextWithOneWordInsertedButNotTwo() {
		assertThat(this.matcher.conceptsIn("Shelters for emergency accommodation needs", "en"))
			.containsExactly("pas-emergency-shelter");
		assertThat(this.matcher.conceptsIn("an emergency night shelter", "en"))
			.containsExactly("pas-emergency-shelter");
		assertThat(this.matcher.conceptsIn("an emergency cold night shelter", "en")).isEmpty();
		assertThat(this.matcher.conceptsIn("a shelter for emergencies", "en")).isEmpty();
	}

	@Test
	void looksForConceptsInTheGivenLanguageOnly() {
		assertThat(this.matcher.conceptsIn("Emergency shelter for everyone", "fr")).isEmpty();
		assertThat(this.matcher.conceptsIn("Emergency shelter for refugees", "en-GB"))
			.containsExactly("pas-emergency-shelter", "pas-refugees");
		assertThat(this.matcher.conceptsIn("Emergency shelter", "de")).isEmpty();
		assertThat(this.matcher.conceptsIn("Emergency shelter", null)).isEmpty();
		assertThat(this.matcher.conceptsIn(null, "en")).isEmpty();
		assertThat(this.matcher.conceptsIn("ايواء طارئ للاجئين", "ar")).contains("pas-emergency-shelter");
	}

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource({ "hébergement d'urgence, fr", "emergency shelters, en", "alojamientos de emergencia, es",
			"alojamento de emergência, pt", "الإيواء الطارئ, ar" })
	void expandsTheSameConceptFromEachLanguage(String query, String language) {
		Expansion expansion = this.matcher.expand(query, language);

		assertThat(expansion.language()).isEqualTo(language);
		assertThat(expansion.codes().get("theme")).containsExactly("emergency-shelter");
		assertThat(expansion.labels().keySet()).containsExactly("fr", "en", "es", "pt", "ar");
		assertThat(expansion.labels().values()).allSatisfy(labels -> assertThat(labels).isNotEmpty());
	}

	private static Map<String, String> labels(String fr, String en, String es, String pt, String ar) {
		return Map.of("fr", fr, "en", en, "es", es, "pt", pt, "ar", ar);
	}

	private static ConceptView concept(String id, Map<String, String> pref, Map<String, List<String>> alt,
			List<ConceptLink> links) {
		return new ConceptView(id, id.startsWith("eurovoc") ? "eurovoc" : "passerelle", pref, alt, List.of(), List.of(),
				List.of(), links, Instant.EPOCH, 0);
	}

}
