package org.passerelle.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameTextTests {

	@Test
	void dropsElidedArticlesWhateverTheApostrophe() {
		assertThat(NameText.normalise("Commune d’Oujda")).isEqualTo("Commune Oujda");
		assertThat(NameText.normalise("Conseil de l'Europe")).isEqualTo("Conseil de Europe");
		assertThat(NameText.normalise("Région de l’Oriental")).isEqualTo("Région de Oriental");
		assertThat(NameText.normalise("Comitato dell'Unione")).isEqualTo("Comitato Unione");
	}

	@Test
	void dropsPossessivesAndOtherApostrophes() {
		assertThat(NameText.normalise("People's Forum")).isEqualTo("People Forum");
		assertThat(NameText.normalise("O’Brien Centre")).isEqualTo("OBrien Centre");
	}

	@Test
	void leavesOtherTextAlone() {
		assertThat(NameText.normalise("Ville de Rennes (CCRE)")).isEqualTo("Ville de Rennes (CCRE)");
		assertThat(NameText.normalise(null)).isNull();
	}

}
