package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PracticeHighlightsTests {

	@Test
	void escapesTheTextAndMarksTheWords() {
		assertThat(PracticeHighlights.toHtml("Les <b>jardins</b> & l'\uE000accueil\uE001 \"ici\""))
			.isEqualTo("Les &lt;b&gt;jardins&lt;/b&gt; &amp; l&#39;<mark>accueil</mark> &quot;ici&quot;");
	}

	@Test
	void closesAMarkLeftOpenAndIgnoresStrayMarkers() {
		assertThat(PracticeHighlights.toHtml("\uE001a \uE000b \uE000c")).isEqualTo("a <mark>b c</mark>");
	}

	@Test
	void keepsTheFirstDistinctFragmentsTitlesFirst() {
		List<?> perField = List.of(List.of("\uE000Shelter\uE001"), List.of(), List.of("\uE000Shelter\uE001", "two"),
				List.of("three", "four"));
		assertThat(PracticeHighlights.html(perField)).containsExactly("<mark>Shelter</mark>", "two", "three");
	}

}
