package org.passerelle.kernel.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/** Documents and a message source shared by the PDF and DOCX tests. */
final class SampleDocuments {

	static final String ACCENTED = "Les collectivités de São Paulo, de Logroño et de Besançon coopèrent : "
			+ "20 € par habitant, «accueil» et l’intégration.";

	private SampleDocuments() {
	}

	static DocumentRenderer renderer() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/kernel");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new DocumentRenderer(messages);
	}

	/** A synthesis as the dialogues module would export it. */
	static Document synthesis() {
		return Document.builder("Synthèse de la consultation", Locale.FRENCH)
			.subtitle("Approche territoriale des migrations")
			.metadata("Publiée le 3 mars 2026")
			.metadata("Organisateurs : Réseau des villes accueillantes")
			.heading(1, "Première semaine")
			.heading(2, "Question 1 : coordination entre niveaux")
			.paragraph(ACCENTED)
			.bullets(List.of("Guichet unique régional", "Formation des agents municipaux"))
			.table("Contributions par canal", List.of("Canal", "Contributions"),
					List.of(List.of("Formulaire web", "31"), List.of("Courriel", "9")))
			.barChart("Contributions par pays",
					List.of(new Bar("Sénégal", 12), new Bar("España", 7), new Bar("Côte d’Ivoire", 3)), "contributions")
			.heading(3, "Résumé des modérateurs")
			.formatted("<p>Un consensus <strong>fort</strong> et <em>prudent</em>.</p>"
					+ "<ol><li>Mutualiser</li><li>Évaluer</li></ol>")
			.build();
	}

	/** A document long enough to run over many pages. */
	static Document longDocument(int paragraphs, int charts) {
		Document.Builder builder = Document.builder("Rapport volumineux", Locale.FRENCH);
		int perChart = Math.max(1, paragraphs / Math.max(1, charts));
		int chart = 0;
		for (int i = 1; i <= paragraphs; i++) {
			if (i % 100 == 1) {
				builder.heading(1, "Partie " + (i / 100 + 1));
			}
			builder.paragraph("Paragraphe " + i + " : " + ACCENTED);
			if (i % perChart == 0 && chart < charts) {
				chart++;
				List<Bar> bars = new ArrayList<>();
				for (int b = 0; b < 8; b++) {
					bars.add(new Bar("Région " + chart + "-" + b, (b + 1) * chart));
				}
				builder.barChart("Graphique " + chart, bars, "contributions");
			}
		}
		return builder.build();
	}

}
