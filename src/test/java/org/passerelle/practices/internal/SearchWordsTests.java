package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchWordsTests {

	@Test
	void leavesOutTheStopWordsOfTheLanguageTypedIn() {
		assertThat(SearchWords.significant("accueil des réfugiés à Rennes", "fr")).isEqualTo("accueil réfugiés Rennes");
		assertThat(SearchWords.significant("language courses for the migrant women", "en"))
			.isEqualTo("language courses migrant women");
		assertThat(SearchWords.significant("albergue de emergencia para los migrantes", "es"))
			.isEqualTo("albergue emergencia migrantes");
		assertThat(SearchWords.significant("reintegração de retornados", "pt")).isEqualTo("reintegração retornados");
	}

	@Test
	void keepsWordsWithElisionsAndHyphensWhole() {
		assertThat(SearchWords.significant("hébergement d'urgence des sans-abri", "fr"))
			.isEqualTo("hébergement d'urgence sans-abri");
	}

	@Test
	void keepsTheTextAsTypedWhenItUsesQuotesOrHasOnlyStopWords() {
		assertThat(SearchWords.significant("\"accueil des réfugiés\" Rennes", "fr"))
			.isEqualTo("\"accueil des réfugiés\" Rennes");
		assertThat(SearchWords.significant("to be or not", "en")).isEqualTo("to be or not");
		assertThat(SearchWords.significant("of the", "xx")).isEqualTo("of the");
		assertThat(SearchWords.significant("  ", "fr")).isEmpty();
	}

	@Test
	void removesTheSpansOfTheConceptsFound() {
		assertThat(SearchWords.without("hébergement d'urgence à Irún", List.of(new int[] { 0, 21 })))
			.isEqualTo("à Irún");
		assertThat(
				SearchWords.without("shelter in Oujda for minors", List.of(new int[] { 0, 7 }, new int[] { 21, 27 })))
			.isEqualTo("in Oujda for");
		assertThat(SearchWords.count("  two   words ")).isEqualTo(2);
	}

}
