package org.passerelle.kernel.documents.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.passerelle.kernel.documents.Bar;
import org.passerelle.kernel.documents.BarChart;

/**
 * Draws a {@link BarChart} for the PDF: horizontal bars, one per row, with the label on
 * the left, the value at the end of the bar and a value axis with round ticks underneath.
 * <p>
 * The graphics (bars, grid, axis) are an SVG picture; the words and numbers are XHTML
 * text placed over it at the same coordinates. Batik draws SVG text as outlines, which a
 * reader can neither search nor copy, and a screen reader cannot read: placed as text,
 * they are set in the document's font and stay real text in the PDF.
 */
public final class SvgBarChart {

	private static final double FONT_SIZE = 11;

	private static final double LINE_HEIGHT = 14;

	/** An average advance of DejaVu Sans, in em, to size the label column. */
	private static final double CHAR_WIDTH = 0.62;

	private static final double ROW_HEIGHT = 22;

	private static final double BAR_HEIGHT = 14;

	private static final double TOP = 4;

	private static final double AXIS_HEIGHT = 36;

	private static final double TICK_WIDTH = 60;

	private static final String BAR_COLOUR = "#2b6596";

	private static final String AXIS_COLOUR = "#555555";

	private static final String GRID_COLOUR = "#d9d9d9";

	private SvgBarChart() {
	}

	/**
	 * The chart as an XHTML block: a box of the given width holding the SVG graphics and
	 * the text laid over them.
	 * @param chart the chart
	 * @param locale how numbers are written
	 * @param width the width in CSS pixels
	 * @param emptyText what to show when the chart has no bars
	 * @return a {@code <div>} element
	 */
	public static String html(BarChart chart, Locale locale, int width, String emptyText) {
		List<Bar> bars = chart.bars();
		StringBuilder svg = new StringBuilder(512 + bars.size() * 200);
		StringBuilder text = new StringBuilder(256 + bars.size() * 300);
		if (bars.isEmpty()) {
			double height = ROW_HEIGHT + TOP;
			text(text, 0, TOP, width, "left", "empty", emptyText);
			return box(width, height, svg, text);
		}
		NumberFormat numbers = numberFormat(locale);
		double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
		boolean whole = bars.stream().allMatch((bar) -> bar.value() == Math.rint(bar.value()));
		double step = step(max, whole);
		double scaleMax = Math.max(step, Math.ceil(max / step) * step);

		List<String> values = new ArrayList<>(bars.size());
		int longestValue = 0;
		int longestLabel = 0;
		for (Bar bar : bars) {
			String value = numbers.format(bar.value());
			values.add(value);
			longestValue = Math.max(longestValue, value.length());
			longestLabel = Math.max(longestLabel, bar.label().codePointCount(0, bar.label().length()));
		}
		double labelWidth = Math.min(width * 0.38, textWidth(longestLabel) + 4);
		int labelChars = (int) Math.floor(labelWidth / (FONT_SIZE * CHAR_WIDTH));
		double plotX = labelWidth + 8;
		double valueRoom = Math.max(textWidth(longestValue), TICK_WIDTH / 2) + 8;
		double plotWidth = Math.max(40, width - plotX - valueRoom);
		double plotHeight = bars.size() * ROW_HEIGHT;
		double height = TOP + plotHeight + AXIS_HEIGHT;

		// grid first, so that the bars are drawn over it
		for (int tick = 0; tick * step <= scaleMax + step / 1000; tick++) {
			double x = plotX + (tick * step / scaleMax) * plotWidth;
			line(svg, x, TOP, x, TOP + plotHeight + ((tick == 0) ? 0 : 4), (tick == 0) ? AXIS_COLOUR : GRID_COLOUR);
			text(text, x - TICK_WIDTH / 2, TOP + plotHeight + 6, TICK_WIDTH, "center", "tick",
					numbers.format(tick * step));
		}
		line(svg, plotX, TOP + plotHeight, plotX + plotWidth, TOP + plotHeight, AXIS_COLOUR);
		if (chart.unit() != null && !chart.unit().isBlank()) {
			text(text, plotX, TOP + plotHeight + 6 + LINE_HEIGHT, plotWidth, "right", "unit", chart.unit());
		}
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double rowTop = TOP + i * ROW_HEIGHT;
			double barWidth = bar.value() / scaleMax * plotWidth;
			double textTop = rowTop + (ROW_HEIGHT - LINE_HEIGHT) / 2;
			svg.append("<rect x=\"")
				.append(format(plotX))
				.append("\" y=\"")
				.append(format(rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2))
				.append("\" width=\"")
				.append(format(barWidth))
				.append("\" height=\"")
				.append(format(BAR_HEIGHT))
				.append("\" fill=\"")
				.append(BAR_COLOUR)
				.append("\"/>");
			text(text, 0, textTop, labelWidth, "right", "label", shorten(bar.label(), labelChars));
			text(text, plotX + barWidth + 4, textTop, valueRoom + plotWidth - barWidth - 4, "left", "value",
					values.get(i));
		}
		return box(width, height, svg, text);
	}

	private static String box(int width, double height, StringBuilder svg, StringBuilder text) {
		StringBuilder box = new StringBuilder(svg.length() + text.length() + 400);
		box.append("<div class=\"chart-canvas\" style=\"position: relative; width: ")
			.append(width)
			.append("px; height: ")
			.append(format(height))
			.append("px;\">");
		box.append(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" style=\"display: block; position: absolute; left: 0; top: 0;\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(format(height))
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(format(height))
			.append("\">")
			.append(svg)
			.append("</svg>");
		box.append(text);
		return box.append("</div>").toString();
	}

	private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour) {
		svg.append("<line x1=\"")
			.append(format(x1))
			.append("\" y1=\"")
			.append(format(y1))
			.append("\" x2=\"")
			.append(format(x2))
			.append("\" y2=\"")
			.append(format(y2))
			.append("\" stroke=\"")
			.append(colour)
			.append("\" stroke-width=\"0.8\"/>");
	}

	/** A line of text in a box whose top left corner is at (x, y). */
	private static void text(StringBuilder html, double x, double y, double width, String align, String role,
			String text) {
		html.append("<div class=\"chart-")
			.append(role)
			.append("\" style=\"position: absolute; left: ")
			.append(format(x))
			.append("px; top: ")
			.append(format(y))
			.append("px; width: ")
			.append(format(Math.max(width, 1)))
			.append("px; text-align: ")
			.append(align)
			.append(";\">");
		Texts.escape(text.replace('\n', ' '), html);
		html.append("</div>");
	}

	/** A round step giving at most about five ticks. */
	static double step(double max, boolean whole) {
		if (max <= 0) {
			return 1;
		}
		double rough = max / 5;
		double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
		double step = magnitude * 10;
		for (double factor : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (magnitude * factor >= rough) {
				step = magnitude * factor;
				break;
			}
		}
		return whole ? Math.max(1, Math.ceil(step)) : step;
	}

	static NumberFormat numberFormat(Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(0);
		return format;
	}

	private static double textWidth(int chars) {
		return chars * FONT_SIZE * CHAR_WIDTH;
	}

	private static String shorten(String label, int maxChars) {
		int length = label.codePointCount(0, label.length());
		if (length <= maxChars || maxChars < 2) {
			return label;
		}
		return label.substring(0, label.offsetByCodePoints(0, maxChars - 1)).stripTrailing() + "\u2026";
	}

	private static String format(double value) {
		long rounded = Math.round(value * 10);
		return (rounded % 10 == 0) ? Long.toString(rounded / 10) : Double.toString(rounded / 10.0);
	}

}
