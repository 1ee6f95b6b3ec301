package org.passerelle.actors;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.taxonomy.Term;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.kernel.territory.TerritoryView;
import org.passerelle.kernel.territory.internal.TerritoryMentions;
import org.springframework.core.io.ClassPathResource;

/**
 * The kernel's reference files read directly, for plain tests of the actors module: the
 * same codes as the running application, without starting it.
 */
public final class ReferenceFiles {

	private static final List<String> LANGUAGES = List.of("fr", "en", "es", "pt", "ar");

	private ReferenceFiles() {
	}

	/** Taxonomies backed by {@code reference/taxonomies.csv}. */
	public static Taxonomies taxonomies() {
		Map<String, List<Term>> terms = new HashMap<>();
		for (CSVRecord row : read("reference/taxonomies.csv")) {
			Map<String, String> labels = new HashMap<>();
			LANGUAGES.forEach(l -> labels.put(l, row.get(l)));
			terms.computeIfAbsent(row.get("taxonomy"), t -> new ArrayList<>())
				.add(new Term(row.get("taxonomy"), row.get("code"), Integer.parseInt(row.get("position")), labels));
		}
		terms.values().forEach(list -> list.sort(Comparator.comparingInt(Term::position)));
		return new Taxonomies() {

			@Override
			public List<Term> terms(String taxonomy) {
				return terms.getOrDefault(taxonomy, List.of());
			}

			@Override
			public Optional<Term> find(String taxonomy, String code) {
				return terms(taxonomy).stream().filter(t -> t.code().equals(code)).findFirst();
			}

		};
	}

	/**
	 * Territories backed by {@code reference/countries.csv} and
	 * {@code reference/nuts/nuts2024.csv}.
	 */
	public static Territories territories() {
		Map<String, TerritoryView> all = new HashMap<>();
		for (CSVRecord row : read("reference/countries.csv")) {
			Map<String, String> names = new HashMap<>();
			LANGUAGES.forEach(l -> names.put(l, row.get(l)));
			String code = row.get("code");
			all.put("iso:" + code, new TerritoryView("iso:" + code, "iso", code, 0, null, code, names));
		}
		for (CSVRecord row : read("reference/nuts/nuts2024.csv")) {
			String code = row.get("code");
			String parent = row.get("parent").isEmpty() ? null : "nuts:" + row.get("parent");
			all.put("nuts:" + code, new TerritoryView("nuts:" + code, "nuts", code, Integer.parseInt(row.get("level")),
					parent, row.get("country"), Map.of("en", row.get("name"))));
		}
		return new Territories() {

			@Override
			public Optional<TerritoryView> find(String id) {
				return Optional.ofNullable(all.get(id));
			}

			@Override
			public List<TerritoryView> countries(Locale locale) {
				return all.values()
					.stream()
					.filter(t -> t.scheme().equals("iso"))
					.sorted(Comparator.comparing(t -> t.name(locale)))
					.toList();
			}

			@Override
			public List<TerritoryView> children(String id) {
				return all.values().stream().filter(t -> id.equals(t.parentId())).toList();
			}

			@Override
			public List<TerritoryView> suggest(String text, Locale locale, int limit) {
				return List.of();
			}

			@Override
			public List<TerritoryView> mentionedIn(String text, String language) {
				return new TerritoryMentions(all.values()).in(text, language);
			}

		};
	}

	private static List<CSVRecord> read(String path) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			return format.parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
