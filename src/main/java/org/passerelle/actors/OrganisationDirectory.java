package org.passerelle.actors;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.passerelle.actors.internal.NameText;
import org.passerelle.actors.internal.Organisation;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.actors.internal.OrganisationSearch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of organisations as the other modules see it. Other records (practices,
 * projects, contributions) refer to an organisation by its id and read it through here.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	/** Longest list a picker gets. */
	public static final int MAX_SUGGESTIONS = 20;

	private final OrganisationRepository organisations;

	private final OrganisationSearch search;

	OrganisationDirectory(OrganisationRepository organisations, OrganisationSearch search) {
		this.organisations = organisations;
		this.search = search;
	}

	/** An organisation by id. */
	public Optional<OrganisationDetails> find(long id) {
		return this.organisations.findById(id).map(OrganisationDirectory::details);
	}

	/**
	 * An organisation by id.
	 * @throws OrganisationNotFoundException if there is none with that id
	 */
	public OrganisationDetails get(long id) {
		return find(id).orElseThrow(() -> new OrganisationNotFoundException(id));
	}

	/** Whether an organisation has that id, e.g. to validate a reference. */
	public boolean exists(long id) {
		return this.organisations.existsById(id);
	}

	/** The organisations with these ids, in the order given; unknown ids are left out. */
	public List<OrganisationSummary> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, OrganisationSummary> found = this.organisations.findAllById(ids.stream().distinct().toList())
			.stream()
			.map(OrganisationDirectory::summary)
			.collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
		return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
	}

	/**
	 * The organisation with that name in that country, ignoring case, accents and the
	 * style of apostrophes ({@link OrganisationName}); without a country, one that has no
	 * country. The oldest if several match.
	 */
	public Optional<OrganisationSummary> findByName(String name, String country) {
		OrganisationName wanted = new OrganisationName(name, country);
		return Optional.ofNullable(findByNames(List.of(wanted)).get(wanted));
	}

	/**
	 * The organisations of many names at once, for imports: reads the directory once per
	 * country named.
	 * @return each name that matches an organisation, with the oldest one it matches
	 */
	public Map<OrganisationName, OrganisationSummary> findByNames(Collection<OrganisationName> names) {
		Map<String, List<OrganisationName>> byCountry = names.stream()
			.distinct()
			.collect(Collectors.groupingBy(n -> n.country() == null ? "" : n.country()));
		Map<OrganisationName, OrganisationSummary> found = new HashMap<>();
		byCountry.forEach((country, wanted) -> {
			List<OrganisationSummary> candidates = country.isEmpty() ? this.organisations.summariesWithoutCountry()
					: this.organisations.summariesOfCountry(country);
			Map<String, OrganisationSummary> byKey = new HashMap<>();
			candidates.forEach(o -> byKey.putIfAbsent(NameText.matchKey(o.name()), o));
			wanted.forEach(name -> {
				OrganisationSummary match = byKey.get(NameText.matchKey(name.name()));
				if (match != null) {
					found.put(name, match);
				}
			});
		});
		return found;
	}

	/** A page of organisations matching the query, with facet counts. */
	public OrganisationResults search(OrganisationQuery query) {
		OrganisationSearch.Page page = this.search.search(query);
		List<OrganisationSummary> items = page.hits().stream().map(OrganisationDirectory::summary).toList();
		return new OrganisationResults(page.total(), query.page(), query.size(), items, sortedFacets(page.facets()));
	}

	/**
	 * Organisations whose name or acronym starts with the words typed, for pickers.
	 * @param limit at most this many, capped at {@value #MAX_SUGGESTIONS}
	 */
	public List<OrganisationSummary> suggest(String text, int limit) {
		return this.search.suggest(text, Math.max(1, Math.min(limit, MAX_SUGGESTIONS)))
			.stream()
			.map(OrganisationDirectory::summary)
			.toList();
	}

	/** How many organisations the directory holds. */
	public long count() {
		return this.organisations.count();
	}

	private static Map<String, Map<String, Long>> sortedFacets(Map<String, Map<String, Long>> facets) {
		Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
		facets.forEach((dimension, counts) -> sorted.put(dimension, counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new))));
		return sorted;
	}

	private static OrganisationSummary summary(Organisation o) {
		return new OrganisationSummary(o.getId(), o.getName(), o.getAcronym(), o.getType(), o.getLevel(),
				o.getCountry(), o.getTerritoryId());
	}

	private static OrganisationDetails details(Organisation o) {
		return new OrganisationDetails(o.getId(), o.getName(), o.getAcronym(), o.getType(), o.getLevel(),
				o.getCountry(), o.getTerritoryId(), o.getDescription(), o.getDescriptionLanguage(), o.getWebsite(),
				o.getCreatedAt(), o.getUpdatedAt(), o.getVersion());
	}

}
