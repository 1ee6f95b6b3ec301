package org.passerelle.practices.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a list of codes (themes, countries, territory ids, links…) in one column, one
 * per line. The lists are always read and written whole, and filtering happens in the
 * search index, so a join table per list would only cost joins
 * (docs/decisions/0009-practice-code-lists.md).
 */
@Converter
public class CodeList implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> codes) {
		return codes == null || codes.isEmpty() ? null : String.join("\n", codes);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column == null || column.isEmpty() ? List.of() : List.copyOf(Arrays.asList(column.split("\n")));
	}

	/** The same for GCM objective numbers. */
	@Converter
	public static class Numbers implements AttributeConverter<List<Integer>, String> {

		@Override
		public String convertToDatabaseColumn(List<Integer> numbers) {
			return numbers == null || numbers.isEmpty() ? null
					: String.join("\n", numbers.stream().map(String::valueOf).toList());
		}

		@Override
		public List<Integer> convertToEntityAttribute(String column) {
			return column == null || column.isEmpty() ? List.of()
					: Arrays.stream(column.split("\n")).map(Integer::valueOf).toList();
		}

	}

}
