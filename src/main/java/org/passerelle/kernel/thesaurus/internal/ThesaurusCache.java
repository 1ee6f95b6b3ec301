package org.passerelle.kernel.thesaurus.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.search.LanguageAnalyzers;
import org.passerelle.kernel.thesaurus.ConceptLink;
import org.passerelle.kernel.thesaurus.ConceptSaved;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The whole thesaurus in memory (a few hundred concepts) with its {@link ConceptMatcher}:
 * rebuilt after every committed edit on this node, and when a periodic check sees that
 * another node changed the tables.
 */
@Component
@DependsOn("referenceDataLoader")
public class ThesaurusCache {

	private static final Logger log = LoggerFactory.getLogger(ThesaurusCache.class);

	private final JdbcTemplate jdbc;

	private final Map<String, Analyzer> analyzers = new LinkedHashMap<>();

	private volatile Snapshot snapshot;

	ThesaurusCache(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		Analyzers.LANGUAGES.forEach(l -> this.analyzers.put(l, LanguageAnalyzers.create(l)));
	}

	/** The current state of the thesaurus. */
	public Snapshot snapshot() {
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

	/** Rebuilds from the tables now. */
	public synchronized void reload() {
		this.snapshot = load();
	}

	@TransactionalEventListener
	void on(ConceptSaved saved) {
		reload();
	}

	/** Picks up edits made on another node sharing the database. */
	@Scheduled(initialDelayString = "${passerelle.thesaurus.refresh:PT30S}",
			fixedDelayString = "${passerelle.thesaurus.refresh:PT30S}")
	public void refreshIfChangedElsewhere() {
		Snapshot current = this.snapshot;
		if (current != null && !current.stamp.equals(stamp())) {
			log.info("Thesaurus changed on another node: reloading");
			reload();
		}
	}

	private Stamp stamp() {
		return this.jdbc.queryForObject("select count(*), max(updated_at), sum(version) from kernel_concept",
				(rs, n) -> new Stamp(rs.getLong(1), rs.getTimestamp(2), rs.getLong(3)));
	}

	private Snapshot load() {
		long started = System.nanoTime();
		Stamp stamp = stamp();
		Map<String, Map<String, String>> pref = new HashMap<>();
		this.jdbc.query("select concept_id, language, label from kernel_concept_pref_label", rs -> {
			pref.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
		});
		Map<String, Map<String, List<String>>> alt = new HashMap<>();
		this.jdbc.query(
				"select concept_id, language, label from kernel_concept_alt_label order by concept_id, language, label",
				rs -> {
					alt.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
						.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
						.add(rs.getString(3));
				});
		Map<String, List<String>> broader = new HashMap<>();
		Map<String, List<String>> narrower = new HashMap<>();
		this.jdbc.query("select concept_id, broader_id from kernel_concept_broader order by concept_id, broader_id",
				rs -> {
					broader.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
					narrower.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
				});
		Map<String, List<String>> related = new HashMap<>();
		this.jdbc.query("select concept_id, related_id from kernel_concept_related order by concept_id, related_id",
				rs -> {
					related.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
				});
		Map<String, List<ConceptLink>> links = new HashMap<>();
		this.jdbc.query(
				"select concept_id, taxonomy, code from kernel_concept_link order by concept_id, taxonomy, code",
				rs -> {
					links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
						.add(new ConceptLink(rs.getString(2), rs.getString(3)));
				});
		Map<String, ConceptView> concepts = new LinkedHashMap<>();
		this.jdbc.query("select id, source, updated_at, version from kernel_concept order by id", rs -> {
			String id = rs.getString(1);
			Timestamp updated = rs.getTimestamp(3);
			concepts.put(id,
					new ConceptView(id, rs.getString(2), ordered(pref.getOrDefault(id, Map.of())),
							ordered(alt.getOrDefault(id, Map.of())), copy(broader.get(id)), copy(narrower.get(id)),
							copy(related.get(id)), links.containsKey(id) ? List.copyOf(links.get(id)) : List.of(),
							updated == null ? null : updated.toInstant(), rs.getLong(4)));
		});
		ConceptMatcher matcher = new ConceptMatcher(concepts.values(), this.analyzers);
		log.debug("Thesaurus cache built in {} ms: {} concepts", (System.nanoTime() - started) / 1_000_000,
				concepts.size());
		return new Snapshot(Collections.unmodifiableMap(concepts), matcher, stamp);
	}

	private static List<String> copy(List<String> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

	/** Languages of the interface first, then any other, each map unmodifiable. */
	private static <V> Map<String, V> ordered(Map<String, V> byLanguage) {
		Map<String, V> ordered = new LinkedHashMap<>();
		Analyzers.LANGUAGES.forEach(l -> {
			if (byLanguage.containsKey(l)) {
				ordered.put(l, immutable(byLanguage.get(l)));
			}
		});
		new TreeMap<>(byLanguage).forEach((l, v) -> ordered.putIfAbsent(l, immutable(v)));
		return Collections.unmodifiableMap(ordered);
	}

	@SuppressWarnings("unchecked")
	private static <V> V immutable(V value) {
		return value instanceof List<?> list ? (V) List.copyOf(list) : value;
	}

	/**
	 * @param concepts every concept by id, ordered by id
	 * @param matcher the label matcher over them
	 * @param stamp what the tables looked like when read
	 */
	public record Snapshot(Map<String, ConceptView> concepts, ConceptMatcher matcher, Stamp stamp) {
	}

	/** What the concept table looked like: cheap to read, changes with every edit. */
	public record Stamp(long count, Timestamp lastUpdate, long versions) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Stamp s && s.count == this.count && s.versions == this.versions
					&& Objects.equals(s.lastUpdate == null ? null : s.lastUpdate.toInstant(),
							this.lastUpdate == null ? null : this.lastUpdate.toInstant());
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.count, this.versions);
		}

	}

}
