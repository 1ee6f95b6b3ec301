package org.passerelle.kernel.documents;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentRendererTests {

	private final DocumentRenderer renderer = new DocumentRenderer(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/kernel");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void smoke() throws Exception {
		Document document = Document.builder("Synthèse de la consultation", Locale.FRENCH)
			.subtitle("Approche territoriale")
			.metadata("Publié le 3 mars 2026")
			.heading(1, "Première semaine")
			.paragraph("Les collectivités ont répondu: été, façade, niño, São Paulo, 20 €, «guillemets», l’apostrophe.")
			.barChart("Contributions par pays",
					List.of(new Bar("France", 12), new Bar("Sénégal", 7), new Bar("Côte d’Ivoire", 3)), "contributions")
			.table("Tableau 1", List.of("Pays", "Nombre"), List.of(List.of("Maroc", "4"), List.of("Tunisie", "2")))
			.build();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.renderer.pdf(document, out);
		Files.write(Path.of("/tmp/smoke.pdf"), out.toByteArray());
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			System.out.println(new PDFTextStripper().getText(pdf));
		}
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		this.renderer.docx(document, docx);
		Files.write(Path.of("/tmp/smoke.docx"), docx.toByteArray());
		assertThat(out.size()).isPositive();
	}

}
