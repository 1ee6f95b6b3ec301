package org.passerelle.kernel.documents.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

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
 * Renders a {@link Document} as a Word document with Apache POI: styles named as Word
 * names them (so the navigation pane and a table of contents find the headings), list
 * numbering definitions, tables with a repeated header row, native bar charts with their
 * data in an embedded workbook, and "page X of Y" fields in the footer.
 */
public final class DocxWriter {

	/** Word's own style ids, which other tools and templates also recognise. */
	public static final String TITLE = "Title";

	public static final String SUBTITLE = "Subtitle";

	public static final String CAPTION = "Caption";

	public static final String LIST_PARAGRAPH = "ListParagraph";

	private static final String FONT = "Calibri";

	private static final int LIST_LEVELS = 3;

	private static final int INDENT_TWIPS = 360;

	private static final int CHART_WIDTH_EMU = 16 * Units.EMU_PER_CENTIMETER;

	private static final int CHART_ROW_EMU = (int) (0.9 * Units.EMU_PER_CENTIMETER);

	private static final byte[] BAR_COLOUR = { 0x2b, 0x65, (byte) 0x96 };

	private static final int CHART_MIN_HEIGHT_EMU = 4 * Units.EMU_PER_CENTIMETER;

	private static final int CHART_MAX_HEIGHT_EMU = 20 * Units.EMU_PER_CENTIMETER;

	private final XWPFDocument docx;

	private final String emptyChartText;

	private BigInteger bulletList;

	private BigInteger numberedAbstract;

	private BigInteger bulletAbstract;

	private DocxWriter(XWPFDocument docx, String emptyChartText) {
		this.docx = docx;
		this.emptyChartText = emptyChartText;
	}

	/**
	 * Writes the DOCX.
	 * @param document the document
	 * @param numbering the footer's words
	 * @param emptyChartText what a chart without bars shows
	 * @param out where the DOCX goes; left open
	 * @throws IOException when writing fails
	 */
	public static void write(Document document, PageNumbering numbering, String emptyChartText, OutputStream out)
			throws IOException {
		try (XWPFDocument docx = new XWPFDocument()) {
			new DocxWriter(docx, emptyChartText).fill(document, numbering);
			docx.write(out);
		}
		catch (InvalidFormatException ex) {
			throw new IOException("The Word document could not be built", ex);
		}
	}

	private void fill(Document document, PageNumbering numbering) throws IOException, InvalidFormatException {
		properties(document);
		styles(document);
		footer(numbering);
		paragraph(TITLE, document.title());
		if (!Texts.isBlank(document.subtitle())) {
			paragraph(SUBTITLE, document.subtitle());
		}
		for (String line : document.metadata()) {
			XWPFParagraph metadata = paragraph(null, line);
			metadata.setSpacingAfter(0);
			metadata.getRuns().forEach((run) -> run.setColor("555555"));
		}
		for (Block block : document.blocks()) {
			if (block instanceof Heading heading) {
				paragraph("Heading" + heading.level(), heading.text());
			}
			else if (block instanceof Paragraph paragraph) {
				paragraph(null, paragraph.text());
			}
			else if (block instanceof FormattedText formatted) {
				formatted(formatted);
			}
			else if (block instanceof BulletList list) {
				for (String item : list.items()) {
					XWPFParagraph paragraph = paragraph(LIST_PARAGRAPH, item);
					paragraph.setNumID(bullets());
					paragraph.setNumILvl(BigInteger.ZERO);
				}
			}
			else if (block instanceof Table table) {
				table(table);
			}
			else if (block instanceof BarChart chart) {
				chart(chart);
			}
			else if (block instanceof PageBreak) {
				this.docx.createParagraph().createRun().addBreak(BreakType.PAGE);
			}
		}
	}

	private void properties(Document document) {
		POIXMLProperties.CoreProperties core = this.docx.getProperties().getCoreProperties();
		core.setTitle(Texts.xmlSafe(document.title()));
		if (!Texts.isBlank(document.subtitle())) {
			core.setSubjectProperty(Texts.xmlSafe(document.subtitle()));
		}
		core.setCreator("Passerelle");
		core.getUnderlyingProperties().setLanguageProperty(document.language().toLanguageTag());
		this.docx.getProperties().getExtendedProperties().setApplication("Passerelle");
	}

	private void styles(Document document) {
		XWPFStyles styles = this.docx.createStyles();
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		styles.setDefaultFonts(fonts);
		styles.setSpellingLanguage(document.language().toLanguageTag());
		styles.addStyle(style("Normal", "Normal", null, -1, 22, false, null, 0, 120));
		styles.addStyle(style(TITLE, "Title", "Normal", -1, 48, true, "123B5C", 0, 120));
		styles.addStyle(style(SUBTITLE, "Subtitle", "Normal", -1, 28, false, "333333", 0, 120));
		styles.addStyle(style("Heading1", "heading 1", "Normal", 0, 32, true, "123B5C", 360, 120));
		styles.addStyle(style("Heading2", "heading 2", "Normal", 1, 26, true, "1D4F78", 240, 80));
		styles.addStyle(style("Heading3", "heading 3", "Normal", 2, 23, true, "1D4F78", 200, 60));
		styles.addStyle(style(CAPTION, "caption", "Normal", -1, 19, true, "333333", 160, 60));
		styles.addStyle(style(LIST_PARAGRAPH, "List Paragraph", "Normal", -1, 22, false, null, 0, 60));
	}

	/**
	 * A paragraph style.
	 * @param outline the outline level (0 for Heading 1), or -1 for body text
	 * @param halfPoints the font size in half points
	 */
	private static XWPFStyle style(String id, String name, String basedOn, int outline, int halfPoints, boolean bold,
			String colour, int spaceBefore, int spaceAfter) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		if (basedOn == null) {
			style.setDefault(true);
		}
		else {
			style.addNewBasedOn().setVal(basedOn);
			style.addNewNext().setVal("Normal");
		}
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		paragraph.addNewSpacing().setBefore(BigInteger.valueOf(spaceBefore));
		paragraph.getSpacing().setAfter(BigInteger.valueOf(spaceAfter));
		if (outline >= 0) {
			style.addNewUiPriority().setVal(BigInteger.valueOf(9));
			paragraph.addNewKeepNext();
			paragraph.addNewKeepLines();
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
		}
		CTRPr run = style.addNewRPr();
		if (bold) {
			run.addNewB();
		}
		if (colour != null) {
			run.addNewColor().setVal(colour);
		}
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		return new XWPFStyle(style);
	}

	private void footer(PageNumbering numbering) {
		XWPFFooter footer = this.docx.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		text(paragraph, numbering.before());
		field(paragraph, "PAGE");
		text(paragraph, numbering.between());
		field(paragraph, "NUMPAGES");
		text(paragraph, numbering.after());
	}

	private static void text(XWPFParagraph paragraph, String text) {
		if (!text.isEmpty()) {
			XWPFRun run = paragraph.createRun();
			run.setText(Texts.xmlSafe(text));
			run.setFontSize(9);
		}
	}

	/**
	 * A field Word computes when it lays out the page, written as begin/code/end runs.
	 */
	private static void field(XWPFParagraph paragraph, String code) {
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		CTText instruction = paragraph.createRun().getCTR().addNewInstrText();
		instruction.setStringValue(" " + code + " ");
		instruction.setSpace(SpaceAttribute.Space.PRESERVE);
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		XWPFRun placeholder = paragraph.createRun();
		placeholder.setText("1");
		placeholder.setFontSize(9);
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	/** A paragraph of plain text, its line breaks kept. */
	private XWPFParagraph paragraph(String style, String text) {
		XWPFParagraph paragraph = this.docx.createParagraph();
		if (style != null) {
			paragraph.setStyle(style);
		}
		lines(paragraph, text, false, false);
		return paragraph;
	}

	private static void lines(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
		String[] lines = Texts.xmlSafe(text).split("\r\n|\r|\n", -1);
		XWPFRun run = paragraph.createRun();
		// set only when wanted: an explicit "not bold" would override the paragraph style
		if (bold) {
			run.setBold(true);
		}
		if (italic) {
			run.setItalic(true);
		}
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}

	private void formatted(FormattedText formatted) {
		Map<Integer, BigInteger> numberedLists = new HashMap<>();
		for (TextBlock block : FormattedTextReader.read(formatted.html())) {
			XWPFParagraph paragraph = this.docx.createParagraph();
			int level = Math.min(block.depth(), LIST_LEVELS - 1);
			if (block.isListItem()) {
				paragraph.setStyle(LIST_PARAGRAPH);
				BigInteger numId = block.ordered()
						? numberedLists.computeIfAbsent(block.list(), (list) -> numberedList()) : bullets();
				paragraph.setNumID(numId);
				paragraph.setNumILvl(BigInteger.valueOf(level));
			}
			else if (block.depth() > 0) {
				paragraph.setIndentationLeft(INDENT_TWIPS * 2 * block.depth());
			}
			for (Run run : block.runs()) {
				if (run.isBreak()) {
					paragraph.createRun().addBreak();
				}
				else {
					XWPFRun text = paragraph.createRun();
					text.setText(Texts.xmlSafe(run.text()));
					if (run.bold()) {
						text.setBold(true);
					}
					if (run.italic()) {
						text.setItalic(true);
					}
				}
			}
		}
	}

	private void table(Table table) {
		if (!Texts.isBlank(table.caption())) {
			XWPFParagraph caption = paragraph(CAPTION, table.caption());
			caption.getCTP().getPPr().addNewKeepNext();
		}
		int columns = table.headers().size();
		XWPFTable grid = this.docx.createTable(1 + table.rows().size(), columns);
		grid.setWidth("100%");
		XWPFTableRow header = grid.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int column = 0; column < columns; column++) {
			XWPFTableCell cell = header.getCell(column);
			cell.setColor("E3EBF2");
			cellText(cell, table.headers().get(column), true);
		}
		for (int r = 0; r < table.rows().size(); r++) {
			List<String> row = table.rows().get(r);
			XWPFTableRow line = grid.getRow(r + 1);
			line.setCantSplitRow(true);
			for (int column = 0; column < columns; column++) {
				cellText(line.getCell(column), column < row.size() ? row.get(column) : "", false);
			}
		}
		// an empty paragraph keeps two tables in a row from merging into one
		this.docx.createParagraph();
	}

	private static void cellText(XWPFTableCell cell, String text, boolean bold) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setSpacingAfter(0);
		lines(paragraph, text, bold, false);
	}

	private void chart(BarChart chart) throws IOException, InvalidFormatException {
		if (chart.bars().isEmpty()) {
			paragraph(CAPTION, chart.title());
			paragraph(null, this.emptyChartText);
			return;
		}
		int count = chart.bars().size();
		int height = Math.max(CHART_MIN_HEIGHT_EMU,
				Math.min(CHART_MAX_HEIGHT_EMU, CHART_ROW_EMU * count + 3 * Units.EMU_PER_CENTIMETER));
		XWPFChart docxChart = this.docx.createChart(CHART_WIDTH_EMU, height);
		docxChart.setTitleText(Texts.xmlSafe(chart.title()));
		docxChart.setTitleOverlay(false);

		XDDFCategoryAxis categories = docxChart.createCategoryAxis(AxisPosition.LEFT);
		// the first bar at the top, as in the PDF
		categories.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis values = docxChart.createValueAxis(AxisPosition.BOTTOM);
		// with the categories reversed, the value axis would otherwise move to the top
		categories.setCrosses(AxisCrosses.AUTO_ZERO);
		values.setCrosses(AxisCrosses.MAX);
		values.setCrossBetween(AxisCrossBetween.BETWEEN);
		if (!Texts.isBlank(chart.unit())) {
			values.setTitle(Texts.xmlSafe(chart.unit()));
		}

		String[] labels = new String[count];
		Double[] numbers = new Double[count];
		for (int i = 0; i < count; i++) {
			labels[i] = Texts.xmlSafe(chart.bars().get(i).label());
			numbers[i] = chart.bars().get(i).value();
		}
		XDDFDataSource<String> labelData = XDDFDataSourcesFactory.fromArray(labels,
				docxChart.formatRange(new CellRangeAddress(1, count, 0, 0)), 0);
		XDDFNumericalDataSource<Double> valueData = XDDFDataSourcesFactory.fromArray(numbers,
				docxChart.formatRange(new CellRangeAddress(1, count, 1, 1)), 1);
		XDDFBarChartData data = (XDDFBarChartData) docxChart.createData(ChartTypes.BAR, categories, values);
		data.setBarDirection(BarDirection.BAR);
		data.setVaryColors(false);
		XDDFChartData.Series series = data.addSeries(labelData, valueData);
		String seriesName = Texts.isBlank(chart.unit()) ? chart.title() : chart.unit();
		series.setTitle(Texts.xmlSafe(seriesName), docxChart.setSheetTitle(Texts.xmlSafe(seriesName), 1));
		// without an explicit fill some readers (LibreOffice) draw no bars at all
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
		data.setGapWidth(60);
		docxChart.plot(data);
		showValues(docxChart);
	}

	/** Data labels with the value at the end of each bar, as in the PDF. */
	private static void showValues(XWPFChart chart) {
		CTBarSer series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
		CTDLbls labels = series.isSetDLbls() ? series.getDLbls() : series.addNewDLbls();
		labels.addNewShowLegendKey().setVal(false);
		labels.addNewShowVal().setVal(true);
		labels.addNewShowCatName().setVal(false);
		labels.addNewShowSerName().setVal(false);
		labels.addNewShowPercent().setVal(false);
		labels.addNewShowBubbleSize().setVal(false);
	}

	private BigInteger bullets() {
		if (this.bulletList == null) {
			this.bulletList = numbering().addNum(bulletAbstract());
		}
		return this.bulletList;
	}

	/** A numbered list that starts again at 1. */
	private BigInteger numberedList() {
		XWPFNumbering numbering = numbering();
		if (this.numberedAbstract == null) {
			this.numberedAbstract = abstractList(numbering, true);
		}
		BigInteger numId = numbering.addNum(this.numberedAbstract);
		for (int level = 0; level < LIST_LEVELS; level++) {
			CTNumLvl restart = numbering.getNum(numId).getCTNum().addNewLvlOverride();
			restart.setIlvl(BigInteger.valueOf(level));
			restart.addNewStartOverride().setVal(BigInteger.ONE);
		}
		return numId;
	}

	private BigInteger bulletAbstract() {
		if (this.bulletAbstract == null) {
			this.bulletAbstract = abstractList(numbering(), false);
		}
		return this.bulletAbstract;
	}

	private XWPFNumbering numbering() {
		XWPFNumbering numbering = this.docx.getNumbering();
		return (numbering != null) ? numbering : this.docx.createNumbering();
	}

	private static BigInteger abstractList(XWPFNumbering numbering, boolean ordered) {
		CTAbstractNum list = CTAbstractNum.Factory.newInstance();
		BigInteger id = BigInteger.valueOf(numbering.getAbstractNums().size());
		list.setAbstractNumId(id);
		String[] bullets = { "\u2022", "\u25E6", "\u25AA" };
		for (int level = 0; level < LIST_LEVELS; level++) {
			CTLvl lvl = list.addNewLvl();
			lvl.setIlvl(BigInteger.valueOf(level));
			lvl.addNewStart().setVal(BigInteger.ONE);
			if (ordered) {
				lvl.addNewNumFmt().setVal(level == 1 ? STNumberFormat.LOWER_LETTER : STNumberFormat.DECIMAL);
				lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
			}
			else {
				lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
				lvl.addNewLvlText().setVal(bullets[level]);
			}
			lvl.addNewLvlJc().setVal(STJc.LEFT);
			lvl.addNewPPr().addNewInd().setLeft(BigInteger.valueOf((long) INDENT_TWIPS * 2 * (level + 1)));
			lvl.getPPr().getInd().setHanging(BigInteger.valueOf(INDENT_TWIPS));
		}
		return numbering.addAbstractNum(new XWPFAbstractNum(list));
	}

}
