package org.passerelle.practices.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.passerelle.kernel.thesaurus.QueryExpansion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Indexes each text of a practice with the analyzer of the language it is written in: the
 * original texts in the original language's fields, each translation in its own
 * language's fields. Also indexes the organisations (lead and partners) and the languages
 * the practice can be read in, and the thesaurus concepts named in the title, the summary
 * and the body in any of their languages, so that a search finds a concept by its id
 * instead of by each of its labels as phrases in every language's fields.
 * <p>
 * A Spring bean, so that Hibernate Search gets it with its dependencies; the query
 * expansion is looked up only when the first practice is indexed, since it needs the
 * database, which is being set up while the mapping is bound. The concept fields hold the
 * concepts as the thesaurus was when the practice was indexed: they are brought up to
 * date by a reindexing after the thesaurus changes.
 */
@Component
public class PracticeIndexBinder implements TypeBinder {

	private final ObjectProvider<QueryExpansion> expansion;

	PracticeIndexBinder(ObjectProvider<QueryExpansion> expansion) {
		this.expansion = expansion;
	}

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
		Concepts concepts = new Concepts(concepts(context, PracticeFields.CONCEPT_TITLE),
				concepts(context, PracticeFields.CONCEPT_SUMMARY), concepts(context, PracticeFields.CONCEPT_BODY));
		context.bridge(Practice.class, (target, practice, bridgeContext) -> {
			Found found = new Found(this.expansion.getObject());
			String original = Analyzers.forLanguage(practice.getLanguage());
			String body = Stream
				.of(practice.getDescription(), practice.getResults(), practice.getLessons(),
						practice.getTransferability())
				.filter(Objects::nonNull)
				.map(PracticeIndexBinder::plainText)
				.collect(Collectors.joining("\n"));
			fields.get(original).add(target, practice.getTitle(), practice.getSummary(), body);
			found.add(original, practice.getTitle(), practice.getSummary(), body);
			practice.getTranslations().forEach((language, translation) -> {
				if (!language.equals(practice.getLanguage())) {
					String analyzer = Analyzers.forLanguage(language);
					String description = translation.description() == null ? null
							: plainText(translation.description());
					fields.get(analyzer).add(target, translation.title(), translation.summary(), description);
					found.add(analyzer, translation.title(), translation.summary(), description);
				}
			});
			concepts.add(target, found);
			practice.organisationIds().forEach(id -> target.addValue(organisations, String.valueOf(id)));
			practice.languages().forEach(language -> target.addValue(languages, language));
		});
	}

	private static IndexFieldReference<String> concepts(TypeBindingContext context, String name) {
		return context.indexSchemaElement().field(name, f -> f.asString()).multiValued().toReference();
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

	/** The concepts named in each kind of text, once each whatever the language. */
	private record Found(QueryExpansion expansion, Set<String> title, Set<String> summary, Set<String> body) {

		Found(QueryExpansion expansion) {
			this(expansion, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
		}

		void add(String language, String titleText, String summaryText, String bodyText) {
			this.title.addAll(this.expansion.conceptsIn(titleText, language));
			this.summary.addAll(this.expansion.conceptsIn(summaryText, language));
			this.body.addAll(this.expansion.conceptsIn(bodyText, language));
		}

	}

	private record Concepts(IndexFieldReference<String> title, IndexFieldReference<String> summary,
			IndexFieldReference<String> body) {

		void add(DocumentElement target, Found found) {
			found.title().forEach(id -> target.addValue(this.title, id));
			found.summary().forEach(id -> target.addValue(this.summary, id));
			found.body().forEach(id -> target.addValue(this.body, id));
		}

	}

}
