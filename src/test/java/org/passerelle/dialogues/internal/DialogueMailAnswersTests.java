package org.passerelle.dialogues.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DialogueMailAnswersTests {

	@Test
	void aTextWithoutMarkersAnswersTheFirstQuestion() {
		assertThat(DialogueMailAnswers.read("Un guichet unique.\n\nAvec la région.", "Re: Semaine 1"))
			.containsExactly(Map.entry(1, "Un guichet unique.\n\nAvec la région."));
	}

	@Test
	void markedLinesSplitTheTextIntoAnswersPerQuestion() {
		String text = """
				Q1: Un guichet unique.
				Il est ouvert le samedi.

				Q2: Des interprètes.
				""";

		assertThat(DialogueMailAnswers.read(text, "Re: Question 3")).containsExactly(
				Map.entry(1, "Un guichet unique.\nIl est ouvert le samedi."), Map.entry(2, "Des interprètes."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Q2: Des interprètes.", "q2. Des interprètes.", "Question 2) Des interprètes.",
			"QUESTION 2 - Des interprètes.", "Pregunta 2: Des interprètes.", "Questão 2 – Des interprètes.",
			"  Question\u00a02\u00a0: Des interprètes." })
	void recognisesTheMarkersOfTheInterfaceLanguages(String line) {
		assertThat(DialogueMailAnswers.read(line, "")).containsExactly(Map.entry(2, "Des interprètes."));
	}

	@Test
	void textBeforeTheFirstMarkerGoesWithTheFirstMarkedQuestion() {
		String text = """
				Bonjour,
				Question 2:
				Des interprètes.
				Question 3: Un budget.
				""";

		assertThat(DialogueMailAnswers.read(text, null)).containsExactly(Map.entry(2, "Bonjour,\n\nDes interprètes."),
				Map.entry(3, "Un budget."));
	}

	@Test
	void theSubjectChoosesTheQuestionWhenTheTextHasNoMarker() {
		assertThat(DialogueMailAnswers.read("Des interprètes.", "Re: Question 2 — Semaine 1"))
			.containsExactly(Map.entry(2, "Des interprètes."));
		assertThat(DialogueMailAnswers.read("Des interprètes.", "RE: [Passerelle] Q2"))
			.containsExactly(Map.entry(2, "Des interprètes."));
	}

	@Test
	void wordsThatMerelyStartLikeAMarkerAreText() {
		String text = "Quartier 12 : une maison des associations.\nQuestions ouvertes : aucune.";

		assertThat(DialogueMailAnswers.read(text, "Quartier 3")).containsExactly(Map.entry(1, text));
	}

	@Test
	void aQuestionMarkedTwiceKeepsBothParts() {
		assertThat(DialogueMailAnswers.read("Q1: Un guichet.\nQ2: Des interprètes.\nQ1: Et un budget.", ""))
			.containsExactly(Map.entry(1, "Un guichet.\n\nEt un budget."), Map.entry(2, "Des interprètes."));
	}

	@Test
	void aBlankTextHasNoAnswer() {
		assertThat(DialogueMailAnswers.read(" \n ", "Question 2")).isEmpty();
		assertThat(DialogueMailAnswers.read("Q1:\nQ2:   ", "")).isEmpty();
	}

}
