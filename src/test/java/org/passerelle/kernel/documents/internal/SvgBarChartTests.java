package org.passerelle.kernel.documents.internal;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.documents.Bar;
import org.passerelle.kernel.documents.BarChart;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

class SvgBarChartTests {

	@Test
	void drawsOneBarPerLabelWithItsValueAsText() throws Exception {
		BarChart chart = new BarChart("Pays", List.of(new Bar("Sénégal", 12), new Bar("Maroc", 1234.5)),
				"contributions");

		Document html = parse(SvgBarChart.html(chart, Locale.FRENCH, 600, "Aucune donnée"));

		assertThat(html.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength()).isEqualTo(2);
		assertThat(texts(html)).contains("Sénégal", "Maroc", "12", "1\u202F234,5", "contributions");
	}

	@Test
	void escapesLabelsSoThatTheMarkupStaysWellFormed() throws Exception {
		BarChart chart = new BarChart("t", List.of(new Bar("</div><script>x</script>&", 1)), "<b>");

		Document html = parse(SvgBarChart.html(chart, Locale.ENGLISH, 600, "-"));

		assertThat(texts(html)).contains("</div><script>x</script>&", "<b>");
		assertThat(html.getElementsByTagName("script").getLength()).isZero();
	}

	@Test
	void choosesRoundTicks() {
		assertThat(SvgBarChart.step(12, true)).isEqualTo(3);
		assertThat(SvgBarChart.step(487.5, false)).isEqualTo(100);
		assertThat(SvgBarChart.step(0.8, false)).isEqualTo(0.2);
		assertThat(SvgBarChart.step(3, true)).isEqualTo(1);
		assertThat(SvgBarChart.step(0, true)).isEqualTo(1);
	}

	@Test
	void saysSoWhenThereAreNoBars() throws Exception {
		Document html = parse(
				SvgBarChart.html(new BarChart("t", List.of(), null), Locale.FRENCH, 600, "Aucune donnée"));

		assertThat(texts(html)).containsExactly("Aucune donnée");
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private static List<String> texts(Document html) {
		NodeList divs = html.getDocumentElement().getElementsByTagName("div");
		return IntStream.range(0, divs.getLength()).mapToObj((i) -> divs.item(i).getTextContent()).toList();
	}

}
