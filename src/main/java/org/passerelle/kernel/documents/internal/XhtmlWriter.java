package org.passerelle.kernel.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.passerelle.kernel.documents.BarChart;
import org.passerelle.kernel.documents.Block;
import org.passerelle.kernel.documents.BulletList;
import org.passerelle.kernel.documents.Document;
import org.passerelle.kernel.documents.FormattedText;
import org.passerelle.kernel.documents.Heading;
import org.passerelle.kernel.documents.PageBreak;
import org.passerelle.kernel.documents.Paragraph;
import org.passerelle.kernel.documents.Table;
import org.passerelle.kernel.documents.internal.FormattedTextReader.Run;
import org.passerelle.kernel.documents.internal.FormattedTextReader.TextBlock;

/**
 * Writes a {@link Document} as XHTML with a print stylesheet, for OpenHTMLtoPDF. Every
 * text of the model is escaped; formatted text goes through {@link FormattedTextReader},
 * so no markup of a user's reaches the page.
 */
public final class XhtmlWriter {

	/** The width of the content box of an A4 page with the margins below, in CSS px. */
	static final int CONTENT_WIDTH_PX = 642;

	private XhtmlWriter() {
	}

	/**
	 * The XHTML page.
	 * @param document the document
	 * @param numbering the footer's words
	 * @param emptyChartText what a chart without bars shows
	 * @return a well-formed XHTML document
	 */
	public static String write(Document document, PageNumbering numbering, String emptyChartText) {
		StringBuilder html = new StringBuilder(8192 + document.blocks().size() * 256);
		String lang = document.language().toLanguageTag();
		html.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
			.append(Texts.escape(lang))
			.append("\" xml:lang=\"")
			.append(Texts.escape(lang))
			.append("\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/><title>");
		Texts.escape(document.title(), html);
		html.append("</title>");
		if (!Texts.isBlank(document.subtitle())) {
			html.append("<meta name=\"subject\" content=\"");
			Texts.escape(document.subtitle(), html);
			html.append("\"/>");
		}
		html.append("<meta name=\"generator\" content=\"Passerelle\"/><style>");
		html.append(stylesheet(document, numbering));
		html.append("</style>");
		bookmarks(document, html);
		html.append("</head><body><div class=\"document-header\"><h1>");
		Texts.escape(document.title(), html);
		html.append("</h1>");
		if (!Texts.isBlank(document.subtitle())) {
			html.append("<p class=\"subtitle\">");
			Texts.escape(document.subtitle(), html);
			html.append("</p>");
		}
		for (String line : document.metadata()) {
			html.append("<p class=\"metadata\">");
			Texts.escape(line, html);
			html.append("</p>");
		}
		html.append("</div>");
		int headingNumber = 0;
		for (Block block : document.blocks()) {
			if (block instanceof Heading heading) {
				int level = heading.level() + 1;
				html.append("<h").append(level).append(" id=\"s").append(++headingNumber).append("\">");
				Texts.escape(heading.text(), html);
				html.append("</h").append(level).append('>');
			}
			else if (block instanceof Paragraph paragraph) {
				html.append("<p>");
				lines(paragraph.text(), html);
				html.append("</p>");
			}
			else if (block instanceof FormattedText formatted) {
				formatted(formatted, html);
			}
			else if (block instanceof BulletList list) {
				html.append("<ul>");
				for (String item : list.items()) {
					html.append("<li>");
					lines(item, html);
					html.append("</li>");
				}
				html.append("</ul>");
			}
			else if (block instanceof Table table) {
				table(table, html);
			}
			else if (block instanceof BarChart chart) {
				chart(chart, document.language(), emptyChartText, html);
			}
			else if (block instanceof PageBreak) {
				html.append("<div class=\"page-break\"></div>");
			}
		}
		html.append("</body></html>");
		return html.toString();
	}

	private static String stylesheet(Document document, PageNumbering numbering) {
		String family = PdfWriter.FONT_FAMILY;
		return """
				@page {
				  size: A4;
				  margin: 22mm 20mm 24mm 20mm;
				  @top-right { content: %s; font-family: '%s'; font-size: 7.5pt; color: #666666; }
				  @bottom-center { content: %s counter(page) %s counter(pages) %s;
				    font-family: '%s'; font-size: 8pt; color: #444444; }
				}
				body { font-family: '%s'; font-size: 10pt; line-height: 1.4; color: #1a1a1a; }
				h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 4pt 0; color: #123b5c; }
				h2 { font-size: 15pt; margin: 16pt 0 6pt 0; color: #123b5c; page-break-after: avoid; }
				h3 { font-size: 12.5pt; margin: 12pt 0 4pt 0; color: #1d4f78; page-break-after: avoid; }
				h4 { font-size: 11pt; margin: 10pt 0 3pt 0; page-break-after: avoid; }
				p { margin: 0 0 6pt 0; }
				.document-header { border-bottom: 1pt solid #123b5c; padding-bottom: 6pt; margin-bottom: 12pt; }
				.subtitle { font-size: 12pt; color: #333333; margin-bottom: 6pt; }
				.metadata { font-size: 9pt; color: #555555; margin: 0 0 2pt 0; }
				ul { margin: 0 0 6pt 0; padding-left: 16pt; }
				li { margin-bottom: 2pt; }
				.item { margin-bottom: 3pt; }
				.marker { display: inline-block; width: 14pt; margin-left: -14pt; }
				table { width: 100%%; border-collapse: collapse; margin: 0 0 10pt 0; -fs-table-paginate: paginate; }
				th, td { border: 0.6pt solid #8c8c8c; padding: 2pt 4pt; text-align: left; vertical-align: top;
				  font-size: 9pt; word-wrap: break-word; }
				th { background-color: #e3ebf2; font-weight: bold; }
				tr { page-break-inside: avoid; }
				.caption { font-weight: bold; font-size: 9.5pt; margin: 8pt 0 3pt 0; page-break-after: avoid; }
				.chart { margin: 6pt 0 12pt 0; page-break-inside: avoid; }
				.chart-title { font-weight: bold; font-size: 10pt; margin-bottom: 4pt; }
				.chart-canvas div { font-size: 11px; line-height: 14px; white-space: nowrap; overflow: hidden; }
				.chart-canvas .chart-tick, .chart-canvas .chart-unit, .chart-canvas .chart-empty { color: #555555; }
				.page-break { page-break-after: always; }
				""".formatted(cssString(document.title()), family, cssString(numbering.before()),
				cssString(numbering.between()), cssString(numbering.after()), family, family);
	}

	/** PDF bookmarks (the reader's outline) from the headings, nested by level. */
	private static void bookmarks(Document document, StringBuilder html) {
		List<Heading> headings = new ArrayList<>();
		for (Block block : document.blocks()) {
			if (block instanceof Heading heading) {
				headings.add(heading);
			}
		}
		if (headings.isEmpty()) {
			return;
		}
		html.append("<bookmarks>");
		int depth = 0;
		for (int i = 0; i < headings.size(); i++) {
			int level = Math.min(headings.get(i).level(), depth + 1);
			while (depth >= level) {
				html.append("</bookmark>");
				depth--;
			}
			html.append("<bookmark name=\"");
			Texts.escape(headings.get(i).text(), html);
			html.append("\" href=\"#s").append(i + 1).append("\">");
			depth++;
		}
		while (depth > 0) {
			html.append("</bookmark>");
			depth--;
		}
		html.append("</bookmarks>");
	}

	private static void formatted(FormattedText formatted, StringBuilder html) {
		for (TextBlock block : FormattedTextReader.read(formatted.html())) {
			double indent = block.depth() * 16 + (block.isListItem() ? 14 : 0);
			html.append("<p class=\"item\" style=\"margin-left: ").append(indent).append("pt\">");
			if (block.isListItem()) {
				html.append("<span class=\"marker\">")
					.append(block.ordered() ? block.number() + "." : "\u2022")
					.append("</span>");
			}
			for (Run run : block.runs()) {
				if (run.isBreak()) {
					html.append("<br/>");
					continue;
				}
				if (run.bold()) {
					html.append("<strong>");
				}
				if (run.italic()) {
					html.append("<em>");
				}
				Texts.escape(run.text(), html);
				if (run.italic()) {
					html.append("</em>");
				}
				if (run.bold()) {
					html.append("</strong>");
				}
			}
			html.append("</p>");
		}
	}

	private static void table(Table table, StringBuilder html) {
		if (!Texts.isBlank(table.caption())) {
			html.append("<p class=\"caption\">");
			Texts.escape(table.caption(), html);
			html.append("</p>");
		}
		html.append("<table><thead><tr>");
		for (String header : table.headers()) {
			html.append("<th>");
			Texts.escape(header, html);
			html.append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (List<String> row : table.rows()) {
			html.append("<tr>");
			for (int column = 0; column < table.headers().size(); column++) {
				html.append("<td>");
				if (column < row.size()) {
					lines(row.get(column), html);
				}
				html.append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</tbody></table>");
	}

	private static void chart(BarChart chart, Locale locale, String emptyText, StringBuilder html) {
		html.append("<div class=\"chart\"><p class=\"chart-title\">");
		Texts.escape(chart.title(), html);
		html.append("</p>");
		html.append(SvgBarChart.html(chart, locale, CONTENT_WIDTH_PX, emptyText));
		html.append("</div>");
	}

	private static void lines(String text, StringBuilder html) {
		String[] lines = text.split("\r\n|\r|\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				html.append("<br/>");
			}
			Texts.escape(lines[i], html);
		}
	}

	/** A CSS string literal: quotes, backslashes and line ends escaped. */
	static String cssString(String text) {
		String safe = Texts.xmlSafe(text);
		StringBuilder css = new StringBuilder(safe.length() + 2).append('"');
		for (int i = 0; i < safe.length(); i++) {
			char c = safe.charAt(i);
			switch (c) {
				case '"' -> css.append("\\\"");
				case '\\' -> css.append("\\\\");
				case '\n', '\r', '\f' -> css.append("\\A ");
				// the stylesheet sits in a <style> element: no tag may start inside it
				case '<' -> css.append("\\3C ");
				case '&' -> css.append("\\26 ");
				default -> css.append(c);
			}
		}
		return css.append('"').toString();
	}

}
