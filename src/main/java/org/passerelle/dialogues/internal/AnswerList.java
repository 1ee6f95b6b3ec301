package org.passerelle.dialogues.internal;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A contribution's answers in one column, as a JSON array of objects with the question
 * number and the text: they are always read and written whole, and Envers keeps each
 * version of the column.
 */
@Converter
class AnswerList implements AttributeConverter<List<Answer>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Answer>> TYPE = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<Answer> answers) {
		return JSON.writeValueAsString(answers == null ? List.of() : answers);
	}

	@Override
	public List<Answer> convertToEntityAttribute(String column) {
		return column == null || column.isEmpty() ? List.of() : List.copyOf(JSON.readValue(column, TYPE));
	}

}
