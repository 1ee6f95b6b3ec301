package org.passerelle.practices.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.passerelle.practices.internal.PracticeContent.TranslatedText;

/**
 * Stores a practice's translations in one column as a JSON object (language → title,
 * summary, description), languages in alphabetical order so that an unchanged map writes
 * the same text and the history shows no false change.
 */
@Converter
public class TranslationMap implements AttributeConverter<Map<String, TranslatedText>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, TranslatedText>> TYPE = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(Map<String, TranslatedText> translations) {
		return translations == null || translations.isEmpty() ? null
				: JSON.writeValueAsString(new TreeMap<>(translations));
	}

	@Override
	public Map<String, TranslatedText> convertToEntityAttribute(String column) {
		return column == null || column.isEmpty() ? Map.of() : Map.copyOf(JSON.readValue(column, TYPE));
	}

}
