package org.passerelle.kernel.territory.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.passerelle.kernel.reference.ResultPage;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.search.TextFolding;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.kernel.territory.TerritoryView;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * {@link Territories} served from memory: about two thousand small rows, read on almost
 * every page, so they are loaded once (after the reference data loader) and kept in an
 * immutable snapshot that {@link #reload()} replaces.
 */
@Service
@DependsOn("referenceDataLoader")
public class TerritoryCatalog implements Territories {

	private final JdbcTemplate jdbc;

	private volatile Snapshot snapshot;

	private final Map<String, List<TerritoryView>> countriesByLanguage = new ConcurrentHashMap<>();

	TerritoryCatalog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<TerritoryView> find(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(snapshot().byId.get(id));
	}

	@Override
	public List<TerritoryView> countries(Locale locale) {
		String language = locale == null ? "en" : locale.getLanguage();
		return this.countriesByLanguage.computeIfAbsent(language, l -> {
			Collator collator = Collator.getInstance(Locale.forLanguageTag(l));
			collator.setStrength(Collator.PRIMARY);
			Locale sortLocale = Locale.forLanguageTag(l);
			return snapshot().byId.values()
				.stream()
				.filter(t -> t.scheme().equals("iso"))
				.sorted(Comparator.comparing((TerritoryView t) -> t.name(sortLocale), collator))
				.toList();
		});
	}

	@Override
	public List<TerritoryView> children(String id) {
		return snapshot().children.getOrDefault(id, List.of());
	}

	@Override
	public List<TerritoryView> suggest(String text, Locale locale, int limit) {
		return search(new TerritoryQuery(text, null, null, null), locale, 0, limit).items();
	}

	@Override
	public List<TerritoryView> mentionedIn(String text, String language) {
		return snapshot().mentions.in(text, language);
	}

	/**
	 * Territories matching a text (code, or name in any language, ignoring case and
	 * accents) and filters; best matches first when there is a text, else by scheme,
	 * level and code.
	 */
	public ResultPage<TerritoryView> search(TerritoryQuery query, Locale locale, int page, int size) {
		String folded = TextFolding.fold(query.text());
		String language = locale == null ? "en" : locale.getLanguage();
		List<Scored> found = new ArrayList<>();
		for (Entry entry : snapshot().entries) {
			TerritoryView t = entry.view;
			if ((query.scheme() != null && !query.scheme().equals(t.scheme()))
					|| (query.level() != null && query.level() != t.level())
					|| (query.parent() != null && !query.parent().equals(t.parentId()))) {
				continue;
			}
			int score = folded.isEmpty() ? 0 : entry.score(folded, language);
			if (score < Integer.MAX_VALUE) {
				found.add(new Scored(entry, score));
			}
		}
		Comparator<Scored> order = Comparator.comparingInt(Scored::score);
		if (!folded.isEmpty()) {
			order = order.thenComparingInt(s -> s.entry.view.level())
				.thenComparingInt(s -> s.entry.view.scheme().equals("iso") ? 0 : 1)
				.thenComparing(s -> s.entry.sortName(language));
		}
		found.sort(order);
		return ResultPage.of(found.stream().map(s -> s.entry.view).toList(), page, size);
	}

	/**
	 * How many territories of each scheme and level, e.g. {@code nuts → {0: 27, 1: 119,
	 * …}}.
	 */
	public Map<String, Map<Integer, Long>> counts() {
		Map<String, Map<Integer, Long>> counts = new LinkedHashMap<>();
		for (TerritoryView t : snapshot().byId.values()) {
			counts.computeIfAbsent(t.scheme(), s -> new TreeMap<>()).merge(t.level(), 1L, Long::sum);
		}
		return counts;
	}

	/** Reads the tables again, e.g. after an import. */
	public void reload() {
		this.snapshot = load();
		this.countriesByLanguage.clear();
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
		Map<String, Map<String, String>> names = new HashMap<>();
		this.jdbc.query("select territory_id, language, name from kernel_territory_name", rs -> {
			names.computeIfAbsent(rs.getString(1), id -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
		});
		Map<String, TerritoryView> byId = new LinkedHashMap<>();
		this.jdbc.query(
				"select id, scheme, code, level, parent_id, country_code from kernel_territory order by scheme, level, code",
				rs -> {
					String id = rs.getString(1);
					byId.put(id, new TerritoryView(id, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
							rs.getString(6), ordered(names.getOrDefault(id, Map.of()))));
				});
		Map<String, List<TerritoryView>> children = new HashMap<>();
		List<Entry> entries = new ArrayList<>(byId.size());
		for (TerritoryView t : byId.values()) {
			if (t.parentId() != null) {
				children.computeIfAbsent(t.parentId(), p -> new ArrayList<>()).add(t);
			}
			entries.add(new Entry(t));
		}
		children.replaceAll((id, list) -> List.copyOf(list));
		return new Snapshot(Collections.unmodifiableMap(byId), Map.copyOf(children), List.copyOf(entries),
				new TerritoryMentions(byId.values()));
	}

	/** Names in interface-language order first, then the others. */
	private static Map<String, String> ordered(Map<String, String> names) {
		Map<String, String> ordered = new LinkedHashMap<>();
		for (String language : Analyzers.LANGUAGES) {
			if (names.containsKey(language)) {
				ordered.put(language, names.get(language));
			}
		}
		names.forEach(ordered::putIfAbsent);
		return Collections.unmodifiableMap(ordered);
	}

	/**
	 * Filters for {@link TerritoryCatalog#search}; {@code null} means any.
	 *
	 * @param text part of a name or code
	 * @param scheme {@code iso}, {@code nuts}
	 * @param level level within the scheme
	 * @param parent id of the parent territory
	 */
	public record TerritoryQuery(String text, String scheme, Integer level, String parent) {
	}

	private record Snapshot(Map<String, TerritoryView> byId, Map<String, List<TerritoryView>> children,
			List<Entry> entries, TerritoryMentions mentions) {
	}

	private record Scored(Entry entry, int score) {
	}

	/** A territory with its code and names folded once, for fast matching. */
	private static final class Entry {

		final TerritoryView view;

		final String code;

		final String id;

		final Map<String, String> foldedNames = new HashMap<>();

		Entry(TerritoryView view) {
			this.view = view;
			this.code = TextFolding.fold(view.code());
			this.id = TextFolding.fold(view.id());
			view.names().forEach((language, name) -> this.foldedNames.put(language, TextFolding.fold(name)));
		}

		/**
		 * Lower is better: 0 for the very code, then a name that starts with the text, a
		 * code or a word of a name that starts with it, a name that contains it; a name
		 * in the reader's language ranks before the same kind of match in another
		 * language.
		 */
		int score(String text, String language) {
			if (this.code.equals(text) || this.id.equals(text)) {
				return 0;
			}
			int best = this.code.startsWith(text) ? 3 : Integer.MAX_VALUE;
			for (Map.Entry<String, String> name : this.foldedNames.entrySet()) {
				String folded = name.getValue();
				int score;
				if (folded.startsWith(text)) {
					score = 1;
				}
				else if (startsAWord(folded, text)) {
					score = 2;
				}
				else if (folded.contains(text)) {
					score = 3;
				}
				else {
					continue;
				}
				score = score * 2 - (name.getKey().equals(language) ? 1 : 0);
				best = Math.min(best, score);
			}
			return best;
		}

		String sortName(String language) {
			return TextFolding.fold(this.view.name(Locale.forLanguageTag(language)));
		}

		private static boolean startsAWord(String name, String text) {
			int from = 0;
			while ((from = name.indexOf(text, from + 1)) > 0) {
				char before = name.charAt(from - 1);
				if (!Character.isLetterOrDigit(before)) {
					return true;
				}
			}
			return false;
		}

	}

}
