package org.passerelle.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNameTests {

	@Test
	void equalsANameThatDiffersOnlyByCaseAccentsHyphensAndApostrophes() {
		assertThat(new OrganisationName("Commune d’Oujda-Séfrou", "MA"))
			.isEqualTo(new OrganisationName("  COMMUNE D'OUJDA SEFROU ", "ma"))
			.hasSameHashCodeAs(new OrganisationName("commune dʼoujda  sefrou", "MA"));
	}

	@Test
	void differsByCountryOrByWords() {
		assertThat(new OrganisationName("Ville de Rennes", "FR"))
			.isNotEqualTo(new OrganisationName("Ville de Rennes", null))
			.isNotEqualTo(new OrganisationName("Ville de Renne", "FR"));
	}

}
