package org.passerelle.kernel.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "About the data": where each reference data set comes from, its licence and how to
 * credit it.
 */
@Controller
class AboutController {

	private static final String CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/";

	private static final String MIT = "https://opensource.org/license/mit";

	/**
	 * In the order the page lists them; texts are under {@code shell.about.<id>.*} in the
	 * bundles.
	 */
	static final List<DataSet> DATA_SETS = List.of(new DataSet("nuts",
			List.of("https://ec.europa.eu/eurostat/web/nuts", "https://github.com/arepnikov/eurostat-nuts"), CC_BY_4),
			new DataSet("countries",
					List.of("https://www.iso.org/iso-3166-country-codes.html",
							"https://github.com/michaelwittig/node-i18n-iso-countries"),
					MIT),
			new DataSet("sdg",
					List.of("https://unstats.un.org/sdgs/indicators/indicators-list/",
							"https://github.com/open-sdg/sdg-translations"),
					MIT),
			new DataSet("eurovoc", List.of(
					"https://op.europa.eu/en/web/eu-vocabularies/dataset/-/resource?uri=http://publications.europa.eu/resource/dataset/eurovoc",
					"https://github.com/benoitdavidfr/eurovoc"), "https://eur-lex.europa.eu/eli/dec/2011/833/oj"),
			new DataSet("gcm", List.of("https://undocs.org/A/RES/73/195"), null),
			new DataSet("passerelle", List.of(), null));

	@GetMapping("/about/data")
	String data(Model model) {
		model.addAttribute("dataSets", DATA_SETS);
		return "about/data";
	}

	/**
	 * A reference data set as the page shows it.
	 *
	 * @param id the key of its texts in the bundles
	 * @param sources addresses of the original and of the copy taken
	 * @param licenceUrl the licence's text, or {@code null} when the licence is stated in
	 * words only
	 */
	public record DataSet(String id, List<String> sources, String licenceUrl) {
	}

}
