package org.passerelle.kernel.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.passerelle.kernel.documents.internal.DocxWriter;
import org.passerelle.kernel.documents.internal.PageNumbering;
import org.passerelle.kernel.documents.internal.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Writes {@link Document}s as PDF or DOCX, straight to a stream (a download response, a
 * file): nothing is left on disk. The words the renderer adds itself (page numbers, the
 * text of an empty chart) come from the {@code kernel.documents.*} messages in the
 * document's language.
 * <p>
 * Thread-safe; each call renders one document independently.
 */
@Service
public class DocumentRenderer {

	private final MessageSource messages;

	public DocumentRenderer(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Writes the document as an A4 PDF with numbered pages, embedded fonts, bookmarks
	 * from the headings and vector charts.
	 * @param document the document
	 * @param out where the PDF goes; not closed
	 * @throws IOException when writing to {@code out} or rendering fails
	 */
	public void pdf(Document document, OutputStream out) throws IOException {
		PdfWriter.write(document, numbering(document.language()), emptyChart(document.language()), out);
	}

	/**
	 * Writes the document as a Word document: heading styles that Word's navigation pane
	 * lists, real bulleted and numbered lists, tables with a repeated header row and
	 * native bar charts that stay editable.
	 * @param document the document
	 * @param out where the DOCX goes; not closed
	 * @throws IOException when writing to {@code out} fails
	 */
	public void docx(Document document, OutputStream out) throws IOException {
		DocxWriter.write(document, numbering(document.language()), emptyChart(document.language()), out);
	}

	/**
	 * Writes the document in the given format.
	 * @param document the document
	 * @param format PDF or DOCX
	 * @param out where the file goes; not closed
	 * @throws IOException when writing to {@code out} or rendering fails
	 */
	public void render(Document document, DocumentFormat format, OutputStream out) throws IOException {
		switch (format) {
			case PDF -> pdf(document, out);
			case DOCX -> docx(document, out);
		}
	}

	private PageNumbering numbering(Locale language) {
		return PageNumbering.parse(this.messages.getMessage("kernel.documents.page",
				new Object[] { PageNumbering.pageMarker(), PageNumbering.pagesMarker() }, "Page {0} / {1}", language));
	}

	private String emptyChart(Locale language) {
		return this.messages.getMessage("kernel.documents.chart.empty", null, "-", language);
	}

}
