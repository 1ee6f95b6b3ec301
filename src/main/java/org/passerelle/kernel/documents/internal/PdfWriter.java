package org.passerelle.kernel.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

import org.passerelle.kernel.documents.Document;

/**
 * Renders a {@link Document} to PDF with OpenHTMLtoPDF: the XHTML of {@link XhtmlWriter},
 * charts drawn by Batik from their SVG, and DejaVu Sans embedded (subset) so that every
 * Latin letter shows and the text can be searched and copied.
 */
public final class PdfWriter {

	/** The family name under which the embedded fonts are registered. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONT_FOLDER = "/documents/fonts/";

	/** Read once: every PDF embeds a subset of the same four files. */
	private static final class Fonts {

		static final byte[] REGULAR = load("DejaVuSans.ttf");

		static final byte[] BOLD = load("DejaVuSans-Bold.ttf");

		static final byte[] ITALIC = load("DejaVuSans-Oblique.ttf");

		static final byte[] BOLD_ITALIC = load("DejaVuSans-BoldOblique.ttf");

		private static byte[] load(String name) {
			try (InputStream in = PdfWriter.class.getResourceAsStream(FONT_FOLDER + name)) {
				if (in == null) {
					throw new IllegalStateException("Font missing from the class path: " + FONT_FOLDER + name);
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private PdfWriter() {
	}

	/**
	 * Writes the PDF.
	 * @param document the document
	 * @param numbering the footer's words
	 * @param emptyChartText what a chart without bars shows
	 * @param out where the PDF goes; left open
	 * @throws IOException when writing fails
	 */
	public static void write(Document document, PageNumbering numbering, String emptyChartText, OutputStream out)
			throws IOException {
		OpenHtmlLogging.install();
		String xhtml = XhtmlWriter.write(document, numbering, emptyChartText);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withProducer("Passerelle");
		builder.withHtmlContent(xhtml, null);
		// nothing outside the document is ever loaded: no images, style sheets or fonts
		// by URL
		builder.useUriResolver((baseUri, uri) -> null);
		builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
		builder.useFont(() -> new ByteArrayInputStream(Fonts.REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(Fonts.BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(Fonts.ITALIC), FONT_FAMILY, 400, FontStyle.ITALIC, true);
		builder.useFont(() -> new ByteArrayInputStream(Fonts.BOLD_ITALIC), FONT_FAMILY, 700, FontStyle.ITALIC, true);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException("The PDF could not be rendered", ex);
		}
	}

}
