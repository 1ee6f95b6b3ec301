package org.passerelle.dialogues.internal;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A synthesis' summaries in one column, as a JSON array of {@code {round, question,
 * text}}: they are always read and written whole, and Envers keeps each version of the
 * column.
 */
@Converter
class SummaryList implements AttributeConverter<List<SynthesisSummary>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<SynthesisSummary>> TYPE = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<SynthesisSummary> summaries) {
		return JSON.writeValueAsString(summaries == null ? List.of() : summaries);
	}

	@Override
	public List<SynthesisSummary> convertToEntityAttribute(String column) {
		return column == null || column.isEmpty() ? List.of() : List.copyOf(JSON.readValue(column, TYPE));
	}

}
