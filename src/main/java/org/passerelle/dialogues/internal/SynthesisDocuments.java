package org.passerelle.dialogues.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.passerelle.dialogues.DialoguesProperties;
import org.passerelle.dialogues.internal.SynthesisModel.Count;
import org.passerelle.dialogues.internal.SynthesisModel.Figures;
import org.passerelle.dialogues.internal.SynthesisModel.Item;
import org.passerelle.dialogues.internal.SynthesisModel.QuestionPart;
import org.passerelle.dialogues.internal.SynthesisModel.RoundPart;
import org.passerelle.kernel.documents.Bar;
import org.passerelle.kernel.documents.Document;
import org.passerelle.kernel.documents.DocumentFormat;
import org.passerelle.kernel.documents.DocumentRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a synthesis as a PDF or DOCX document: title, introduction, then per round its
 * figures as charts and tables, and per question the summary, the recurring concepts and
 * the contributions (organisation, language, text).
 */
@Component
public class SynthesisDocuments {

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	private final ZoneId zone;

	SynthesisDocuments(DocumentRenderer renderer, MessageSource messages, DialoguesProperties properties) {
		this.renderer = renderer;
		this.messages = messages;
		this.zone = properties.timeZone();
	}

	/** Renders the synthesis in the format, in the locale's language. */
	public void render(SynthesisModel synthesis, DocumentFormat format, Locale locale, OutputStream out)
			throws IOException {
		this.renderer.render(document(synthesis, locale), format, out);
	}

	/** The synthesis as a document model. */
	public Document document(SynthesisModel synthesis, Locale locale) {
		Document.Builder doc = Document.builder(synthesis.title(), locale)
			.subtitle(msg("dialogues.synthesis.title", locale));
		if (synthesis.publishedAt() != null) {
			doc.metadata(msg("dialogues.synthesis.publishedOn", locale,
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
						.withLocale(locale)
						.format(synthesis.publishedAt().atZone(this.zone))));
		}
		else {
			doc.metadata(msg("dialogues.synthesis.draft", locale));
		}
		doc.metadata(msg("dialogues.synthesis.total", locale, synthesis.contributions()));
		if (synthesis.introduction() != null) {
			doc.heading(1, msg("dialogues.synthesis.introduction", locale)).formatted(synthesis.introduction());
		}
		for (RoundPart round : synthesis.rounds()) {
			doc.heading(1, round.title() == null ? msg("dialogues.form.round", locale, round.number())
					: msg("dialogues.synthesis.roundTitle", locale, round.number(), round.title()));
			doc.paragraph(msg("dialogues.synthesis.total", locale, round.contributions()));
			if (round.contributions() > 0) {
				figures(doc, round.figures(), locale);
			}
			for (QuestionPart question : round.questions()) {
				doc.heading(2, msg("dialogues.show.question", locale, question.number(), question.text()));
				if (question.summary() != null) {
					doc.heading(3, msg("dialogues.synthesis.summary", locale)).formatted(question.summary());
				}
				if (!question.concepts().isEmpty()) {
					doc.heading(3, msg("dialogues.synthesis.concepts", locale))
						.bullets(question.concepts().stream().map(c -> c.label() + " (" + c.count() + ")").toList());
				}
				if (!question.places().isEmpty()) {
					doc.heading(3, msg("dialogues.synthesis.places", locale))
						.bullets(question.places().stream().map(c -> c.label() + " (" + c.count() + ")").toList());
				}
				if (!question.practices().isEmpty()) {
					doc.heading(3, msg("dialogues.synthesis.practices", locale))
						.bullets(question.practices().stream().map(c -> c.label() + " (" + c.count() + ")").toList());
				}
				if (!question.contributions().isEmpty()) {
					doc.heading(3, msg("dialogues.synthesis.contributions", locale));
					for (Item item : question.contributions()) {
						contribution(doc, item, locale, false);
					}
				}
			}
		}
		return doc.build();
	}

	private void contribution(Document.Builder doc, Item item, Locale locale, boolean reply) {
		String who = item.organisation() == null ? msg("dialogues.synthesis.noOrganisation", locale)
				: item.organisation();
		String line = msg(reply ? "dialogues.synthesis.replyLine" : "dialogues.synthesis.contributionLine", locale,
				item.id(), who, item.language());
		// one plain-text paragraph per contribution: a dialogue may have thousands, and
		// each block costs the PDF layout time
		doc.paragraph(line + "\n" + item.text());
		for (Item r : item.replies()) {
			contribution(doc, r, locale, true);
		}
	}

	private void figures(Document.Builder doc, Figures figures, Locale locale) {
		chart(doc, "dialogues.synthesis.byCountry", figures.byCountry(), locale);
		chart(doc, "dialogues.synthesis.byLevel", figures.byLevel(), locale);
		chart(doc, "dialogues.synthesis.byType", figures.byOrganisationType(), locale);
		chart(doc, "dialogues.synthesis.byLanguage", figures.byLanguage(), locale);
		chart(doc, "dialogues.synthesis.byChannel", figures.byChannel(), locale);
	}

	private void chart(Document.Builder doc, String key, List<Count> counts, Locale locale) {
		String title = msg(key, locale);
		String unit = msg("dialogues.synthesis.unit", locale);
		doc.barChart(title, counts.stream().map(c -> new Bar(c.label(), c.count())).toList(), unit);
		List<List<String>> rows = new ArrayList<>();
		counts.forEach(c -> rows.add(List.of(c.label(), Long.toString(c.count()))));
		doc.table(null, List.of(msg(key + ".column", locale), msg("dialogues.synthesis.count", locale)), rows);
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
