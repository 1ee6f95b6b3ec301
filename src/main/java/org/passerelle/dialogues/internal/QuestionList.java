package org.passerelle.dialogues.internal;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A round's questions in one column, as a JSON array of strings in their order. */
@Converter
class QuestionList implements AttributeConverter<List<String>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> TYPE = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<String> questions) {
		return JSON.writeValueAsString(questions == null ? List.of() : questions);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column == null || column.isEmpty() ? List.of() : List.copyOf(JSON.readValue(column, TYPE));
	}

}
