package org.passerelle.kernel.taxonomy.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.taxonomy.Term;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * {@link Taxonomies} served from memory (a few hundred terms read on every page), loaded
 * after the reference data loader and replaced as a whole by {@link #reload()}.
 */
@Service
@DependsOn("referenceDataLoader")
public class TaxonomyCatalog implements Taxonomies {

	private final JdbcTemplate jdbc;

	private volatile Snapshot snapshot;

	TaxonomyCatalog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Term> terms(String taxonomy) {
		return snapshot().terms.getOrDefault(taxonomy, List.of());
	}

	@Override
	public Optional<Term> find(String taxonomy, String code) {
		Map<String, Term> codes = snapshot().byCode.get(taxonomy);
		return codes == null || code == null ? Optional.empty() : Optional.ofNullable(codes.get(code));
	}

	/**
	 * The terms whose parent is the given code, e.g. the SDG targets of goal {@code 10}.
	 */
	public List<Term> children(String taxonomy, String parentCode) {
		return snapshot().children.getOrDefault(taxonomy + " " + parentCode, List.of());
	}

	/** The code of a term's parent (the goal of an SDG target), if it has one. */
	public Optional<String> parentCode(String taxonomy, String code) {
		return Optional.ofNullable(snapshot().parents.get(taxonomy + " " + code));
	}

	/** Reads the tables again. */
	public void reload() {
		this.snapshot = load();
	}

	private Snapshot snapshot() {
		Snapshot current = this.snapshot;
		if (current == null) {
			synchronized (this) {
				current = this.snapshot;
				if (current == null) {
					current = load();
					this.snapshot = current;
				}
			}
		}
		return current;
	}

	private Snapshot load() {
		Map<String, Map<String, String>> labels = new HashMap<>();
		this.jdbc.query("select taxonomy, code, language, label from kernel_taxonomy_label", rs -> {
			labels.computeIfAbsent(rs.getString(1) + " " + rs.getString(2), k -> new HashMap<>())
				.put(rs.getString(3), rs.getString(4));
		});
		Map<String, List<Term>> terms = new LinkedHashMap<>();
		Map<String, Map<String, Term>> byCode = new HashMap<>();
		Map<String, List<Term>> children = new HashMap<>();
		Map<String, String> parents = new HashMap<>();
		this.jdbc.query(
				"select taxonomy, code, position, parent_code from kernel_taxonomy_term order by taxonomy, position, code",
				rs -> {
					String taxonomy = rs.getString(1);
					String code = rs.getString(2);
					Term term = new Term(taxonomy, code, rs.getInt(3),
							ordered(labels.getOrDefault(taxonomy + " " + code, Map.of())));
					terms.computeIfAbsent(taxonomy, t -> new ArrayList<>()).add(term);
					byCode.computeIfAbsent(taxonomy, t -> new HashMap<>()).put(code, term);
					String parent = rs.getString(4);
					if (parent != null) {
						children.computeIfAbsent(taxonomy + " " + parent, k -> new ArrayList<>()).add(term);
						parents.put(taxonomy + " " + code, parent);
					}
				});
		// known taxonomies first, in their canonical order
		Map<String, List<Term>> ordered = new LinkedHashMap<>();
		Taxonomies.ALL.forEach(t -> ordered.put(t, List.copyOf(terms.getOrDefault(t, List.of()))));
		terms.forEach((t, list) -> ordered.putIfAbsent(t, List.copyOf(list)));
		children.replaceAll((k, list) -> List.copyOf(list));
		return new Snapshot(Collections.unmodifiableMap(ordered), Map.copyOf(byCode), Map.copyOf(children),
				Map.copyOf(parents));
	}

	/** The taxonomies with their number of terms, in canonical order. */
	public Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		snapshot().terms.forEach((t, list) -> counts.put(t, list.size()));
		return counts;
	}

	private static Map<String, String> ordered(Map<String, String> labels) {
		Map<String, String> ordered = new LinkedHashMap<>();
		Analyzers.LANGUAGES.forEach(l -> {
			if (labels.containsKey(l)) {
				ordered.put(l, labels.get(l));
			}
		});
		labels.forEach(ordered::putIfAbsent);
		return Collections.unmodifiableMap(ordered);
	}

	private record Snapshot(Map<String, List<Term>> terms, Map<String, Map<String, Term>> byCode,
			Map<String, List<Term>> children, Map<String, String> parents) {
	}

}
