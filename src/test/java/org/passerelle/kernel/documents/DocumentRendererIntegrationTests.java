package org.passerelle.kernel.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.passerelle.test.PasserelleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The renderer as modules get it: a bean speaking the application's messages. */
@PasserelleIntegrationTest
class DocumentRendererIntegrationTests {

	@Autowired
	DocumentRenderer renderer;

	@Test
	void rendersBothFormatsWithFootersInTheDocumentsLanguage() throws Exception {
		Document document = Document.builder("Consultation synthesis", Locale.ENGLISH)
			.heading(1, "Week one")
			.barChart("Contributions by language", List.of(), null)
			.build();

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		this.renderer.render(document, DocumentFormat.PDF, pdf);
		try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
			assertThat(new PDFTextStripper().getText(read)).contains("Week one", "No data", "Page 1 of 1");
		}

		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		this.renderer.render(document, DocumentFormat.DOCX, docx);
		try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
			assertThat(read.getFooterList().get(0).getText()).contains("Page ", " of ");
			assertThat(read.getParagraphs())
				.anySatisfy((paragraph) -> assertThat(paragraph.getText()).isEqualTo("No data"));
		}
	}

}
