package org.passerelle.practices.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.passerelle.practices.internal.PracticeContent.PartnerRole;

/**
 * Stores a practice's partners in one column, one per line: the organisation id, a tab,
 * the role (which is one line of plain text).
 */
@Converter
public class PartnerList implements AttributeConverter<List<PartnerRole>, String> {

	@Override
	public String convertToDatabaseColumn(List<PartnerRole> partners) {
		if (partners == null || partners.isEmpty()) {
			return null;
		}
		return String.join("\n", partners.stream()
			.map(p -> p.organisationId() + "\t" + (p.role() == null ? "" : p.role().replaceAll("[\\t\\n\\r]", " ")))
			.toList());
	}

	@Override
	public List<PartnerRole> convertToEntityAttribute(String column) {
		if (column == null || column.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(column.split("\n")).map(line -> {
			int tab = line.indexOf('\t');
			String role = line.substring(tab + 1);
			return new PartnerRole(Long.parseLong(line.substring(0, tab)), role.isEmpty() ? null : role);
		}).toList();
	}

}
