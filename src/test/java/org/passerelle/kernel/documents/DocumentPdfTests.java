package org.passerelle.kernel.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** PDFs read back with PDFBox, as a reader's viewer would show them. */
class DocumentPdfTests {

	private final DocumentRenderer renderer = SampleDocuments.renderer();

	@Test
	void showsTitleHeadingsAccentedTextListsTablesAndChartLabels() throws IOException {
		try (PDDocument pdf = render(SampleDocuments.synthesis())) {
			String text = text(pdf);

			assertThat(text).contains("Synthèse de la consultation", "Approche territoriale des migrations",
					"Publiée le 3 mars 2026", "Première semaine", "Question 1 : coordination entre niveaux",
					"Résumé des modérateurs");
			assertThat(text).contains(SampleDocuments.ACCENTED);
			assertThat(text).contains("Guichet unique régional", "Formation des agents municipaux");
			assertThat(text).contains("Contributions par canal", "Canal", "Formulaire web", "31", "Courriel");
			assertThat(text).contains("Contributions par pays", "Sénégal", "España", "Côte d’Ivoire", "12");
			assertThat(text).contains("Un consensus fort et prudent.", "1. Mutualiser", "2. Évaluer");
		}
	}

	@Test
	void recordsTheTitleAndBookmarksTheHeadings() throws IOException {
		try (PDDocument pdf = render(SampleDocuments.synthesis())) {
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Synthèse de la consultation");

			PDOutlineItem chapter = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
			assertThat(chapter.getTitle()).isEqualTo("Première semaine");
			assertThat(chapter.getFirstChild().getTitle()).isEqualTo("Question 1 : coordination entre niveaux");
			assertThat(chapter.getFirstChild().getFirstChild().getTitle()).isEqualTo("Résumé des modérateurs");
		}
	}

	@Test
	void embedsEveryFontItUses() throws IOException {
		try (PDDocument pdf = render(SampleDocuments.synthesis())) {
			List<String> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
			assertThat(fonts).isNotEmpty().allMatch((font) -> font.contains("DejaVuSans"));
		}
	}

	@Test
	void numbersThePagesOfALongDocumentInItsLanguage() throws IOException {
		try (PDDocument pdf = render(SampleDocuments.longDocument(300, 3))) {
			int pages = pdf.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			assertThat(text(pdf, 1)).contains("Page 1 sur " + pages);
			assertThat(text(pdf, pages)).contains("Page " + pages + " sur " + pages, "Paragraphe 300 :");
		}
		Document english = Document.builder("Synthesis", Locale.ENGLISH).paragraph("One page").build();
		try (PDDocument pdf = render(english)) {
			assertThat(text(pdf)).contains("Page 1 of 1");
		}
	}

	@Test
	void startsANewPageAtAPageBreak() throws IOException {
		Document document = Document.builder("Annexes", Locale.FRENCH)
			.paragraph("Avant la coupure")
			.pageBreak()
			.heading(1, "Annexe A")
			.build();
		try (PDDocument pdf = render(document)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
			assertThat(text(pdf, 1)).contains("Avant la coupure").doesNotContain("Annexe A");
			assertThat(text(pdf, 2)).contains("Annexe A");
		}
	}

	@Test
	void printsMarkupInPlainTextAsText() throws IOException {
		Document document = Document.builder("<title>Titre</title> & \"guillemets\"", Locale.FRENCH)
			.paragraph("<script>alert('x')</script> puis </body></html> et <b>pas gras</b>")
			.bullets(List.of("<li>élément</li>"))
			.table("</table>", List.of("<th>"), List.of(List.of("<td>&amp;</td>")))
			.barChart("<svg>", List.of(new Bar("</svg><script>", 2)), "<unit>")
			.paragraph("Après les balises")
			.build();
		try (PDDocument pdf = render(document)) {
			String text = text(pdf);
			assertThat(text).contains("<title>Titre</title> & \"guillemets\"",
					"<script>alert('x')</script> puis </body></html> et <b>pas gras</b>", "<li>élément</li>",
					"</table>", "<th>", "<td>&amp;</td>", "<svg>", "</svg><script>", "<unit>", "Après les balises");
		}
	}

	@Test
	void keepsOnlyTheSafeFormattingOfRichText() throws IOException {
		Document document = Document.builder("Résumé", Locale.FRENCH)
			.formatted("<p>Texte <strong>important</strong></p><script>alert('piège')</script>"
					+ "<ul><li>premier</li><li>second<ul><li>détail</li></ul></li></ul>"
					+ "<img src=\"https://example.org/x.png\" onerror=\"alert(1)\">")
			.paragraph("Fin")
			.build();
		try (PDDocument pdf = render(document)) {
			String text = text(pdf);
			assertThat(text).contains("Texte important", "• premier", "• second", "• détail", "Fin");
			assertThat(text).doesNotContain("alert", "piège", "example.org");
		}
	}

	@Test
	void survivesControlCharactersInUserText() throws IOException {
		Document document = Document.builder("Titre\u0000", Locale.FRENCH)
			.paragraph("avant\u0001\u0008\u001Faprès\uFFFE")
			.barChart("Graphique\u000B", List.of(new Bar("Pays\u0002", 1)), null)
			.build();
		try (PDDocument pdf = render(document)) {
			assertThat(text(pdf)).contains("avantaprès", "Pays");
		}
	}

	@Test
	void saysSoWhenAChartHasNoData() throws IOException {
		Document document = Document.builder("Vide", Locale.FRENCH)
			.barChart("Contributions par langue", List.of(), null)
			.build();
		try (PDDocument pdf = render(document)) {
			assertThat(text(pdf)).contains("Contributions par langue", "Aucune donnée");
		}
	}

	@Test
	void rendersTwoThousandParagraphsAndTwentyCharts() throws IOException {
		try (PDDocument pdf = render(SampleDocuments.longDocument(2000, 20))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(50);
			String last = text(pdf, pdf.getNumberOfPages());
			assertThat(last).contains("Paragraphe 2000 :");
			assertThat(text(pdf)).contains("Graphique 20", "Région 20-7");
		}
	}

	private PDDocument render(Document document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.renderer.pdf(document, out);
		assertThat(new String(out.toByteArray(), 0, 5)).isEqualTo("%PDF-");
		return Loader.loadPDF(out.toByteArray());
	}

	private static String text(PDDocument pdf) throws IOException {
		return normalise(stripper().getText(pdf));
	}

	private static String text(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = stripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return normalise(stripper.getText(pdf));
	}

	/** Text in the order a reader sees it on the page. */
	private static PDFTextStripper stripper() {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		return stripper;
	}

	/** Lines joined as a reader sees a paragraph, whatever the line breaks. */
	private static String normalise(String text) {
		return text.replaceAll("\\s+", " ");
	}

}
