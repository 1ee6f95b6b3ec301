package org.passerelle.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.text.TextDiff.Change;
import org.passerelle.kernel.text.TextDiff.Segment;

class TextDiffTests {

	@Test
	void marksTheWordsRemovedAndAddedBetweenUnchangedOnes() {
		assertThat(TextDiff.words("La ville ouvre des places", "La ville ouvre ses propres places")).containsExactly(
				new Segment(Change.SAME, "La ville ouvre "), new Segment(Change.REMOVED, "des "),
				new Segment(Change.ADDED, "ses propres "), new Segment(Change.SAME, "places"));
	}

	@Test
	void readsBothTextsBackFromThePieces() {
		String before = "Un dispositif municipal d’hébergement, ouvert chaque hiver.";
		String after = "Un dispositif intercommunal d’hébergement, ouvert toute l’année.";
		var segments = TextDiff.words(before, after);

		assertThat(
				String.join("", segments.stream().filter(s -> s.change() != Change.ADDED).map(Segment::text).toList()))
			.isEqualTo(before);
		assertThat(String.join("",
				segments.stream().filter(s -> s.change() != Change.REMOVED).map(Segment::text).toList()))
			.isEqualTo(after);
	}

	@Test
	void ignoresSpacesBetweenWords() {
		assertThat(TextDiff.words("Un  texte\nsur deux lignes", "Un texte sur deux lignes"))
			.containsExactly(new Segment(Change.SAME, "Un texte sur deux lignes"));
	}

	@Test
	void treatsAMissingTextAsEmpty() {
		assertThat(TextDiff.words(null, "Nouveau texte")).containsExactly(new Segment(Change.ADDED, "Nouveau texte"));
		assertThat(TextDiff.words("Ancien", null)).containsExactly(new Segment(Change.REMOVED, "Ancien"));
		assertThat(TextDiff.words("Même texte", "Même texte")).containsExactly(new Segment(Change.SAME, "Même texte"));
	}

}
