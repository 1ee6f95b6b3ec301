package org.passerelle.kernel.documents;

import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart, one bar per label, in the order given. In PDF it is drawn as
 * vector graphics with its labels and values as text; in DOCX it is a native chart that
 * Word can edit.
 *
 * @param title shown above the chart
 * @param bars the bars, in order; an empty list renders the title and no bars
 * @param unit the unit of the values ("contributions", "%"); {@code null} or blank for
 * none
 */
public record BarChart(String title, List<Bar> bars, String unit) implements Block {

	public BarChart {
		Objects.requireNonNull(title, "title");
		bars = List.copyOf(bars);
	}

}
