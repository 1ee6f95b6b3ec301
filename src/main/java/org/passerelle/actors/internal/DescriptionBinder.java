package org.passerelle.actors.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.passerelle.kernel.search.Analyzers;

/**
 * Indexes an organisation's description in the field of its language
 * ({@code description_fr}, {@code description_en}…), so that each text is stemmed by the
 * analyzer of the language it is written in; a description in another language goes to
 * {@code description_name}.
 */
public class DescriptionBinder implements TypeBinder {

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("description").use("descriptionLanguage");
		Map<String, IndexFieldReference<String>> fields = new LinkedHashMap<>();
		for (String analyzer : Analyzers.LANGUAGES) {
			fields.put(analyzer, field(context, analyzer));
		}
		fields.put(Analyzers.NAME, field(context, Analyzers.NAME));
		context.bridge(Organisation.class, (target, organisation, bridgeContext) -> {
			if (organisation.getDescription() != null) {
				String analyzer = Analyzers.forLanguage(organisation.getDescriptionLanguage());
				target.addValue(fields.get(analyzer), organisation.getDescription());
			}
		});
	}

	private static IndexFieldReference<String> field(TypeBindingContext context, String analyzer) {
		return context.indexSchemaElement()
			.field(OrganisationFields.description(analyzer), f -> f.asString().analyzer(analyzer))
			.toReference();
	}

}
