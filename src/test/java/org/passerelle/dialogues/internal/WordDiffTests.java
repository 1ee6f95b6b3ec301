package org.passerelle.dialogues.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.dialogues.internal.WordDiff.Kind;
import org.passerelle.dialogues.internal.WordDiff.Piece;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void marksTheWordsAddedAndRemovedBetweenTwoVersions() {
		List<Piece> pieces = WordDiff.between("Les villes demandent des moyens.",
				"Les villes et les régions demandent des moyens durables.");

		assertThat(pieces).containsExactly(new Piece(Kind.KEPT, "Les villes "),
				new Piece(Kind.ADDED, "et les régions "), new Piece(Kind.KEPT, "demandent des "),
				new Piece(Kind.REMOVED, "moyens."), new Piece(Kind.ADDED, "moyens durables."));
	}

	@Test
	void readingKeptAndRemovedPiecesGivesTheOlderText() {
		String older = "Un accueil digne pour tous les arrivants.";
		List<Piece> pieces = WordDiff.between(older, "Un accueil rapide pour les arrivants.");

		String rebuilt = String.join("", pieces.stream().filter(p -> p.kind() != Kind.ADDED).map(Piece::text).toList());
		assertThat(rebuilt.replaceAll("\\s+", " ").strip()).isEqualTo(older);
	}

	@Test
	void aFirstVersionIsAllAdded() {
		assertThat(WordDiff.between(null, "Texte neuf")).containsExactly(new Piece(Kind.ADDED, "Texte neuf"));
	}

}
