package org.passerelle.practices.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.practices.internal.PracticeContent.TranslatedText;

/**
 * Indexes each text of a practice with the analyzer of the language it is written in: the
 * original texts in the original language's fields, each translation in its own
 * language's fields. Also indexes the organisations (lead and partners) and the languages
 * the practice can be read in.
 */
public class PracticeIndexBinder implements TypeBinder {

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies()
			.use("language")
			.use("title")
			.use("summary")
			.use("description")
			.use("results")
			.use("lessons")
			.use("transferability")
			.use("translations")
			.use("leadOrganisationId")
			.use("partners");
		Map<String, Texts> fields = new HashMap<>();
		for (String analyzer : PracticeFields.ANALYZERS) {
			fields.put(analyzer,
					new Texts(text(context, PracticeFields.title(analyzer), analyzer),
							text(context, PracticeFields.summary(analyzer), analyzer),
							text(context, PracticeFields.body(analyzer), analyzer)));
		}
		IndexFieldReference<String> organisations = context.indexSchemaElement()
			.field(PracticeFields.ORGANISATION, f -> f.asString().aggregable(Aggregable.YES))
			.multiValued()
			.toReference();
		IndexFieldReference<String> languages = context.indexSchemaElement()
			.field(PracticeFields.LANGUAGES, f -> f.asString().aggregable(Aggregable.YES))
			.multiValued()
			.toReference();
		context.bridge(Practice.class, (target, practice, bridgeContext) -> {
			fields.get(Analyzers.forLanguage(practice.getLanguage()))
				.add(target, practice.getTitle(), practice.getSummary(),
						Stream
							.of(practice.getDescription(), practice.getResults(), practice.getLessons(),
									practice.getTransferability())
							.filter(Objects::nonNull)
							.map(PracticeIndexBinder::plainText)
							.collect(Collectors.joining("\n")));
			practice.getTranslations().forEach((language, translation) -> {
				if (!language.equals(practice.getLanguage())) {
					addTranslation(fields.get(Analyzers.forLanguage(language)), target, translation);
				}
			});
			practice.organisationIds().forEach(id -> target.addValue(organisations, String.valueOf(id)));
			practice.languages().forEach(language -> target.addValue(languages, language));
		});
	}

	private static void addTranslation(Texts texts, DocumentElement target, TranslatedText translation) {
		texts.add(target, translation.title(), translation.summary(),
				translation.description() == null ? null : plainText(translation.description()));
	}

	private static IndexFieldReference<String> text(TypeBindingContext context, String name, String analyzer) {
		return context.indexSchemaElement()
			.field(name,
					f -> f.asString()
						.analyzer(analyzer)
						.projectable(Projectable.YES)
						.highlightable(List.of(Highlightable.ANY)))
			.multiValued()
			.toReference();
	}

	static String plainText(String html) {
		return org.passerelle.kernel.text.RichText.toPlainText(html);
	}

	private record Texts(IndexFieldReference<String> title, IndexFieldReference<String> summary,
			IndexFieldReference<String> body) {

		void add(DocumentElement target, String titleText, String summaryText, String bodyText) {
			if (titleText != null) {
				target.addValue(this.title, titleText);
			}
			if (summaryText != null) {
				target.addValue(this.summary, summaryText);
			}
			if (bodyText != null && !bodyText.isBlank()) {
				target.addValue(this.body, bodyText);
			}
		}

	}

}
