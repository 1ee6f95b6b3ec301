package org.passerelle.kernel.documents.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.documents.internal.FormattedTextReader.Run;
import org.passerelle.kernel.documents.internal.FormattedTextReader.TextBlock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FormattedTextReaderTests {

	@Test
	void keepsParagraphsWithTheirBoldAndItalicRuns() {
		List<TextBlock> blocks = FormattedTextReader
			.read("<p>Un  accord\n<strong>ferme</strong> et <em>prudent</em></p><p>Suite</p>");

		assertThat(blocks).hasSize(2);
		assertThat(blocks.get(0).runs()).containsExactly(new Run("Un accord ", false, false),
				new Run("ferme", true, false), new Run(" et ", false, false), new Run("prudent", false, true));
		assertThat(blocks.get(1).isListItem()).isFalse();
	}

	@Test
	void numbersItemsOfEachOrderedListFromOneAndNestsLists() {
		List<TextBlock> blocks = FormattedTextReader
			.read("<ol><li>un</li><li>deux<ul><li>détail</li></ul></li></ol><ol><li>encore</li></ol>");

		assertThat(blocks)
			.extracting(FormattedTextReaderTests::text, TextBlock::ordered, TextBlock::number, TextBlock::depth)
			.containsExactly(tuple("un", true, 1, 0), tuple("deux", true, 2, 0), tuple("détail", false, 1, 1),
					tuple("encore", true, 1, 0));
		assertThat(blocks.get(0).list()).isEqualTo(blocks.get(1).list()).isNotEqualTo(blocks.get(3).list());
	}

	@Test
	void dropsScriptsImagesAndEmptyParagraphs() {
		List<TextBlock> blocks = FormattedTextReader
			.read("<p> </p><script>alert('x')</script><p>Texte<img src=x onerror=alert(1)></p><p><br></p>");

		assertThat(blocks).extracting(FormattedTextReaderTests::text).containsExactly("Texte");
	}

	@Test
	void turnsHeadingsIntoBoldParagraphsAndKeepsLineBreaks() {
		List<TextBlock> blocks = FormattedTextReader.read("<h2>Titre</h2><p>ligne un<br>ligne deux</p>");

		assertThat(blocks.get(0).runs()).containsExactly(new Run("Titre", true, false));
		assertThat(blocks.get(1).runs()).extracting(Run::text).containsExactly("ligne un", "\n", "ligne deux");
	}

	@Test
	void readsNothingFromBlankText() {
		assertThat(FormattedTextReader.read(null)).isEmpty();
		assertThat(FormattedTextReader.read("<p>  </p>")).isEmpty();
	}

	private static String text(TextBlock block) {
		return block.runs().stream().map(Run::text).reduce("", String::concat);
	}

}
