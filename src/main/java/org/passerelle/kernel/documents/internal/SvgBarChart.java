package org.passerelle.kernel.documents.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.passerelle.kernel.documents.Bar;
import org.passerelle.kernel.documents.BarChart;

/**
 * Draws a {@link BarChart} as SVG: horizontal bars, one per row, with the label on the
 * left, the value at the end of the bar and a value axis with round ticks underneath.
 * Labels and values are SVG text, so they stay selectable in the PDF.
 */
public final class SvgBarChart {

	/** The font the PDF writer registers; the chart's text uses it too. */
	static final String FONT_FAMILY = PdfWriter.FONT_FAMILY;

	private static final double FONT_SIZE = 11;

	/** An average advance of DejaVu Sans, in em, to size the label column. */
	private static final double CHAR_WIDTH = 0.62;

	private static final double ROW_HEIGHT = 22;

	private static final double BAR_HEIGHT = 14;

	private static final double TOP = 6;

	private static final double AXIS_HEIGHT = 34;

	private static final String BAR_COLOUR = "#2b6596";

	private static final String AXIS_COLOUR = "#555555";

	private static final String GRID_COLOUR = "#d9d9d9";

	private SvgBarChart() {
	}

	/**
	 * The chart as an SVG element (without an XML declaration) to place in XHTML.
	 * @param chart the chart
	 * @param locale how numbers are written
	 * @param width the width in CSS pixels
	 * @param emptyText what to show when the chart has no bars
	 * @return the {@code <svg>} element
	 */
	public static String svg(BarChart chart, Locale locale, int width, String emptyText) {
		NumberFormat numbers = numberFormat(locale);
		List<Bar> bars = chart.bars();
		StringBuilder svg = new StringBuilder(512 + bars.size() * 400);
		if (bars.isEmpty()) {
			double height = ROW_HEIGHT + TOP;
			open(svg, width, height);
			text(svg, 0, TOP + FONT_SIZE, "start", AXIS_COLOUR, emptyText);
			return svg.append("</svg>").toString();
		}
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
		double valueRoom = textWidth(longestValue) + 8;
		double plotWidth = Math.max(40, width - plotX - valueRoom);
		double plotHeight = bars.size() * ROW_HEIGHT;
		double height = TOP + plotHeight + AXIS_HEIGHT;

		open(svg, width, height);
		// grid and tick labels first, so that bars are drawn over them
		for (int tick = 0; tick * step <= scaleMax + step / 1000; tick++) {
			double x = plotX + (tick * step / scaleMax) * plotWidth;
			line(svg, x, TOP, x, TOP + plotHeight, tick == 0 ? AXIS_COLOUR : GRID_COLOUR);
			text(svg, x, TOP + plotHeight + FONT_SIZE + 4, "middle", AXIS_COLOUR, numbers.format(tick * step));
		}
		line(svg, plotX, TOP + plotHeight, plotX + plotWidth, TOP + plotHeight, AXIS_COLOUR);
		if (chart.unit() != null && !chart.unit().isBlank()) {
			text(svg, plotX + plotWidth, TOP + plotHeight + 2 * FONT_SIZE + 8, "end", AXIS_COLOUR, chart.unit());
		}
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double rowTop = TOP + i * ROW_HEIGHT;
			double barWidth = bar.value() / scaleMax * plotWidth;
			double baseline = rowTop + ROW_HEIGHT / 2 + FONT_SIZE * 0.36;
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
			text(svg, plotX - 6, baseline, "end", "#1a1a1a", shorten(bar.label(), labelChars));
			text(svg, plotX + barWidth + 4, baseline, "start", "#1a1a1a", values.get(i));
		}
		return svg.append("</svg>").toString();
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

	private static void open(StringBuilder svg, int width, double height) {
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(format(height))
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(format(height))
			.append("\" font-family=\"")
			.append(FONT_FAMILY)
			.append("\" font-size=\"")
			.append(format(FONT_SIZE))
			.append("\">");
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

	private static void text(StringBuilder svg, double x, double y, String anchor, String colour, String text) {
		svg.append("<text x=\"")
			.append(format(x))
			.append("\" y=\"")
			.append(format(y))
			.append("\" text-anchor=\"")
			.append(anchor)
			.append("\" fill=\"")
			.append(colour)
			.append("\">");
		Texts.escape(text.replace('\n', ' '), svg);
		svg.append("</text>");
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
