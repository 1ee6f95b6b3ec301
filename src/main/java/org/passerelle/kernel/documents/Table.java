package org.passerelle.kernel.documents;

import java.util.List;

/**
 * A table with one header row. The header row is repeated at the top of each page the
 * table runs onto. A row shorter than the header is padded with empty cells.
 *
 * @param caption shown above the table; {@code null} or blank for none
 * @param headers the column titles
 * @param rows the rows, each a list of cell texts
 */
public record Table(String caption, List<String> headers, List<List<String>> rows) implements Block {

	public Table {
		headers = List.copyOf(headers);
		if (headers.isEmpty()) {
			throw new IllegalArgumentException("A table needs at least one column");
		}
		rows = rows.stream().map(row -> List.copyOf(row)).toList();
		for (List<String> row : rows) {
			if (row.size() > headers.size()) {
				throw new IllegalArgumentException(
						"A row has " + row.size() + " cells for " + headers.size() + " columns");
			}
		}
	}

}
