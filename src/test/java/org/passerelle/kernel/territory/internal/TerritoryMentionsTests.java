package org.passerelle.kernel.territory.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.territory.TerritoryView;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryMentionsTests {

	static final TerritoryView GUINEA = country("GN", Map.of("fr", "Guinée", "en", "Guinea"));

	static final TerritoryView GUINEA_BISSAU = country("GW", Map.of("fr", "Guinée-Bissau", "en", "Guinea-Bissau"));

	static final TerritoryView SENEGAL = country("SN", Map.of("fr", "Sénégal", "en", "Senegal"));

	static final TerritoryView CHAD = country("TD", Map.of("fr", "Tchad", "en", "Chad"));

	static final TerritoryView BRETAGNE = new TerritoryView("nuts:FRH0", "nuts", "FRH0", 2, "nuts:FRH", "FR",
			Map.of("fr", "Bretagne"));

	static final TerritoryView AIN = new TerritoryView("nuts:FRK21", "nuts", "FRK21", 3, "nuts:FRK2", "FR",
			Map.of("fr", "Ain"));

	final TerritoryMentions mentions = new TerritoryMentions(
			List.of(GUINEA, GUINEA_BISSAU, SENEGAL, CHAD, BRETAGNE, AIN));

	static TerritoryView country(String code, Map<String, String> names) {
		return new TerritoryView("iso:" + code, "iso", code, 0, null, code, names);
	}

	@Test
	void findsNamesIgnoringCaseAccentsAndHyphensInTheOrderFound() {
		assertThat(this.mentions.in("Nos partenaires au SENEGAL et en guinee bissau, puis en Bretagne.", "fr"))
			.containsExactly(SENEGAL, GUINEA_BISSAU, BRETAGNE);
	}

	@Test
	void prefersTheLongestNameAndCountsEachTerritoryOnce() {
		assertThat(this.mentions.in("Guinea-Bissau, Guinea-Bissau and Guinea", "en")).containsExactly(GUINEA_BISSAU,
				GUINEA);
	}

	@Test
	void looksOnlyForNamesInTheTextsLanguageAndNativeNamesOfOthers() {
		assertThat(this.mentions.in("Returning from Tchad to Bretagne", "en")).containsExactly(BRETAGNE);
		assertThat(this.mentions.in("De retour du Tchad", "fr")).containsExactly(CHAD);
	}

	@Test
	void ignoresShortOneWordNamesAndPartsOfWords() {
		assertThat(this.mentions.in("Il y a du pain; les Sénégalais sont là", "fr")).isEmpty();
		assertThat(this.mentions.in(null, "fr")).isEmpty();
	}

}
