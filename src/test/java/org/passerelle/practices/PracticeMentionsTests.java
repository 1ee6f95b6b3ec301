package org.passerelle.practices;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeMentionsTests {

	static final PracticeMention SHELTER = new PracticeMention(1, "Hébergement d’urgence municipal");

	static final PracticeMention SHELTER_SHORT = new PracticeMention(2, "Hébergement d’urgence");

	static final PracticeMention ONE_WORD = new PracticeMention(3, "Accueil");

	final PracticeMentions mentions = new PracticeMentions(List.of(SHELTER, SHELTER_SHORT, ONE_WORD));

	@Test
	void findsTitlesIgnoringCaseAccentsAndApostrophesLongestFirst() {
		assertThat(this.mentions.in("Nous avons copié l'HEBERGEMENT D'URGENCE MUNICIPAL de Rennes."))
			.containsExactly(SHELTER);
		assertThat(this.mentions.in("Un hébergement d’urgence, puis l’accueil.")).containsExactly(SHELTER_SHORT);
	}

	@Test
	void ignoresOneWordTitlesAndScatteredWords() {
		assertThat(this.mentions.in("Accueil : un hébergement, en urgence.")).isEmpty();
		assertThat(this.mentions.in(null)).isEmpty();
	}

}
