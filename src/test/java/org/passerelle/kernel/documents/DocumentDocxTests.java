package org.passerelle.kernel.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Word documents read back with POI, as Word would open them. */
class DocumentDocxTests {

	private final DocumentRenderer renderer = SampleDocuments.renderer();

	@Test
	void givesHeadingsWordsHeadingStylesForTheNavigationPane() throws IOException {
		try (XWPFDocument docx = render(SampleDocuments.synthesis())) {
			assertThat(paragraph(docx, "Synthèse de la consultation").getStyle()).isEqualTo("Title");
			assertThat(paragraph(docx, "Première semaine").getStyle()).isEqualTo("Heading1");
			assertThat(paragraph(docx, "Question 1 : coordination entre niveaux").getStyle()).isEqualTo("Heading2");
			assertThat(paragraph(docx, "Résumé des modérateurs").getStyle()).isEqualTo("Heading3");
			for (int level = 1; level <= 3; level++) {
				XWPFStyle style = docx.getStyles().getStyle("Heading" + level);
				assertThat(style.getName()).isEqualTo("heading " + level);
				assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal()).hasToString(String.valueOf(level - 1));
			}
		}
	}

	@Test
	void keepsAccentedTextAndRecordsTitleAndLanguage() throws IOException {
		try (XWPFDocument docx = render(SampleDocuments.synthesis())) {
			assertThat(paragraph(docx, SampleDocuments.ACCENTED)).isNotNull();
			assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Synthèse de la consultation");
			assertThat(docx.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
				.hasValue("fr");
		}
	}

	@Test
	void writesTablesWithARepeatedHeaderRow() throws IOException {
		try (XWPFDocument docx = render(SampleDocuments.synthesis())) {
			assertThat(paragraph(docx, "Contributions par canal").getStyle()).isEqualTo("Caption");
			XWPFTable table = docx.getTables().get(0);
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Canal");
			assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Contributions");
			assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Formulaire web");
			assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("9");
			assertThat(table.getRows()).hasSize(3);
		}
	}

	@Test
	void drawsBarChartsAsNativeChartsWithTheirData() throws Exception {
		try (XWPFDocument docx = render(SampleDocuments.synthesis())) {
			assertThat(docx.getCharts()).hasSize(1);
			XWPFChart chart = docx.getCharts().get(0);
			assertThat(chart.getCTChart().getTitle().xmlText()).contains("Contributions par pays");
			XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
			List<String> labels = new ArrayList<>();
			List<Double> values = new ArrayList<>();
			for (int i = 0; i < series.getCategoryData().getPointCount(); i++) {
				labels.add((String) series.getCategoryData().getPointAt(i));
				values.add(((Number) series.getValuesData().getPointAt(i)).doubleValue());
			}
			assertThat(labels).containsExactly("Sénégal", "España", "Côte d’Ivoire");
			assertThat(values).containsExactly(12.0, 7.0, 3.0);
			// the data Word opens when the chart is edited
			XSSFSheet sheet = chart.getWorkbook().getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Sénégal");
			assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(3.0);
		}
	}

	@Test
	void writesListsAsWordLists() throws IOException {
		try (XWPFDocument docx = render(SampleDocuments.synthesis())) {
			XWPFParagraph bullet = paragraph(docx, "Guichet unique régional");
			assertThat(bullet.getNumFmt()).isEqualTo("bullet");
			XWPFParagraph numbered = paragraph(docx, "Mutualiser");
			assertThat(numbered.getNumFmt()).isEqualTo("decimal");
			assertThat(paragraph(docx, "Évaluer").getNumID()).isEqualTo(numbered.getNumID());
			XWPFParagraph emphasis = paragraph(docx, "Un consensus fort et prudent.");
			assertThat(emphasis.getRuns()).anySatisfy((run) -> {
				assertThat(run.text()).isEqualTo("fort");
				assertThat(run.isBold()).isTrue();
			});
			assertThat(emphasis.getRuns()).anySatisfy((run) -> {
				assertThat(run.text()).isEqualTo("prudent");
				assertThat(run.isItalic()).isTrue();
			});
		}
	}

	@Test
	void numbersPagesInTheFooterInTheDocumentsLanguage() throws IOException {
		try (XWPFDocument docx = render(SampleDocuments.synthesis())) {
			String footer = docx.getFooterList().get(0)._getHdrFtr().xmlText();
			assertThat(footer).contains("Page ", " sur ", "PAGE", "NUMPAGES");
		}
	}

	@Test
	void writesMarkupAndControlCharactersInTextAsText() throws IOException {
		Document document = Document.builder("<title>Titre</title>\u0000", Locale.FRENCH)
			.paragraph("<script>alert('x')</script> puis </body>\u0001 et <b>pas gras</b>")
			.formatted("<p>Texte</p><script>alert('piège')</script>")
			.table(null, List.of("<th>"), List.of(List.of("<td>&amp;</td>")))
			.barChart("<svg>", List.of(new Bar("</c:chart>", 2)), null)
			.build();
		try (XWPFDocument docx = render(document)) {
			String text = new XWPFWordExtractor(docx).getText();
			assertThat(text).contains("<title>Titre</title>",
					"<script>alert('x')</script> puis </body> et <b>pas gras</b>", "Texte", "<th>", "<td>&amp;</td>");
			assertThat(text).doesNotContain("piège");
			assertThat(docx.getCharts().get(0).getChartSeries().get(0).getSeries(0).getCategoryData().getPointAt(0))
				.isEqualTo("</c:chart>");
		}
	}

	@Test
	void rendersTwoThousandParagraphsAndTwentyCharts() throws IOException {
		try (XWPFDocument docx = render(SampleDocuments.longDocument(2000, 20))) {
			assertThat(docx.getCharts()).hasSize(20);
			assertThat(docx.getParagraphs())
				.anySatisfy((paragraph) -> assertThat(paragraph.getText()).startsWith("Paragraphe 2000 :"));
		}
	}

	private XWPFDocument render(Document document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.renderer.docx(document, out);
		return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
	}

	private static XWPFParagraph paragraph(XWPFDocument docx, String text) {
		return docx.getParagraphs()
			.stream()
			.filter((paragraph) -> paragraph.getText().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No paragraph reads: " + text));
	}

}
