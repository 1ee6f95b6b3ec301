package org.passerelle.kernel.thesaurus;

import java.io.OutputStream;
import java.text.Collator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.passerelle.kernel.reference.ResultPage;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.search.TextFolding;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.thesaurus.ConceptRejectedException.Problem;
import org.passerelle.kernel.thesaurus.internal.AltLabel;
import org.passerelle.kernel.thesaurus.internal.Concept;
import org.passerelle.kernel.thesaurus.internal.ConceptRepository;
import org.passerelle.kernel.thesaurus.internal.SkosWriter;
import org.passerelle.kernel.thesaurus.internal.TaxonomyCode;
import org.passerelle.kernel.thesaurus.internal.ThesaurusCache;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thesaurus: concepts with labels in the five languages, broader/narrower links and
 * the taxonomy codes they stand for. Reads come from memory; administrators create and
 * edit concepts, and every committed edit rebuilds the query expansion.
 */
@Service
public class Thesaurus {

	/** Longest label kept, as in the database. */
	public static final int MAX_LABEL = 300;

	private final ThesaurusCache cache;

	private final ConceptRepository concepts;

	private final Taxonomies taxonomies;

	private final ApplicationEventPublisher events;

	private final SkosWriter skos;

	Thesaurus(ThesaurusCache cache, ConceptRepository concepts, Taxonomies taxonomies, ApplicationEventPublisher events,
			SkosWriter skos) {
		this.cache = cache;
		this.concepts = concepts;
		this.taxonomies = taxonomies;
		this.events = events;
		this.skos = skos;
	}

	/** A concept by id. */
	public Optional<ConceptView> find(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(this.cache.snapshot().concepts().get(id));
	}

	/**
	 * A concept by id.
	 * @throws ConceptNotFoundException if there is none
	 */
	public ConceptView get(String id) {
		return find(id).orElseThrow(() -> new ConceptNotFoundException(id));
	}

	/** Every concept, by id. */
	public List<ConceptView> concepts() {
		return List.copyOf(this.cache.snapshot().concepts().values());
	}

	/** How many concepts there are. */
	public int size() {
		return this.cache.snapshot().concepts().size();
	}

	/** The concepts directly narrower than the given one. */
	public List<ConceptView> narrower(String id) {
		return find(id).map(c -> c.narrower().stream().map(this::find).flatMap(Optional::stream).toList())
			.orElse(List.of());
	}

	/** The concepts that stand for a taxonomy code. */
	public List<ConceptView> linkedTo(String taxonomy, String code) {
		ConceptLink link = new ConceptLink(taxonomy, code);
		return this.cache.snapshot().concepts().values().stream().filter(c -> c.links().contains(link)).toList();
	}

	/**
	 * Concepts whose id or label in any language (preferred or alternative) contains the
	 * text, ignoring case and accents: labels that start with it first. Without text, all
	 * concepts by preferred label in the locale's language.
	 */
	public ResultPage<ConceptView> search(String text, Locale locale, int page, int size) {
		String folded = TextFolding.fold(text);
		Collator collator = Collator.getInstance(locale == null ? Locale.ENGLISH : locale);
		collator.setStrength(Collator.PRIMARY);
		Comparator<ConceptView> byLabel = Comparator.comparing((ConceptView c) -> c.prefLabel(locale), collator);
		List<ConceptView> all = this.cache.snapshot().concepts().values().stream().toList();
		if (folded.isEmpty()) {
			return ResultPage.of(all.stream().sorted(byLabel).toList(), page, size);
		}
		Map<String, Integer> scores = new HashMap<>();
		for (ConceptView concept : all) {
			int score = score(concept, folded);
			if (score < Integer.MAX_VALUE) {
				scores.put(concept.id(), score);
			}
		}
		List<ConceptView> found = all.stream()
			.filter(c -> scores.containsKey(c.id()))
			.sorted(Comparator.comparingInt((ConceptView c) -> scores.get(c.id())).thenComparing(byLabel))
			.toList();
		return ResultPage.of(found, page, size);
	}

	private static int score(ConceptView concept, String folded) {
		int best = TextFolding.fold(concept.id()).equals(folded) ? 0 : Integer.MAX_VALUE;
		for (String label : concept.prefLabels().values()) {
			best = Math.min(best, labelScore(TextFolding.fold(label), folded, 1));
		}
		for (List<String> labels : concept.altLabels().values()) {
			for (String label : labels) {
				best = Math.min(best, labelScore(TextFolding.fold(label), folded, 2));
			}
		}
		if (best == Integer.MAX_VALUE && TextFolding.fold(concept.id()).contains(folded)) {
			best = 10;
		}
		return best;
	}

	private static int labelScore(String label, String text, int weight) {
		if (label.startsWith(text)) {
			return weight;
		}
		return label.contains(text) ? 2 + weight * 2 : Integer.MAX_VALUE;
	}

	/**
	 * Creates a concept (administrators only); its id is {@code pas-} and a slug of the
	 * English label.
	 * @return the new concept's id
	 * @throws ConceptRejectedException if the change breaks a rule
	 */
	@Transactional
	public String create(ConceptChange change) {
		requireAdministrator();
		Normalised normalised = validate(null, change);
		String id = newId(normalised.prefLabels().getOrDefault("en", normalised.prefLabels().get("fr")));
		Concept concept = new Concept(id, "passerelle");
		apply(concept, normalised);
		this.concepts.save(concept);
		this.events.publishEvent(new ConceptSaved(id, true));
		return id;
	}

	/**
	 * Replaces a concept's labels and links (administrators only).
	 * @param expectedVersion the version the administrator edited, from
	 * {@link ConceptView#version()}
	 * @throws ConceptNotFoundException if there is no such concept
	 * @throws ConceptRejectedException if the change breaks a rule
	 * @throws OptimisticLockingFailureException if someone saved the concept meanwhile
	 */
	@Transactional
	public void update(String id, ConceptChange change, long expectedVersion) {
		requireAdministrator();
		Concept concept = this.concepts.findById(id).orElseThrow(() -> new ConceptNotFoundException(id));
		if (concept.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Concept " + id + " was changed by someone else");
		}
		apply(concept, validate(id, change));
		this.events.publishEvent(new ConceptSaved(id, false));
	}

	/** Writes the whole thesaurus as a SKOS concept scheme. */
	public void export(SkosFormat format, OutputStream out) {
		this.skos.write(this.cache.snapshot().concepts().values(), format, out);
	}

	private static void requireAdministrator() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean admin = authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.anyMatch("ROLE_ADMIN"::equals);
		if (!admin) {
			throw new AccessDeniedException("Only administrators edit the thesaurus");
		}
	}

	private static void apply(Concept concept, Normalised change) {
		Set<AltLabel> alt = new LinkedHashSet<>();
		change.altLabels().forEach((language, labels) -> labels.forEach(l -> alt.add(new AltLabel(language, l))));
		concept.replace(change.prefLabels(), alt, change.broader(), change.related(),
				change.links().stream().map(l -> new TaxonomyCode(l.taxonomy(), l.code())).collect(Collectors.toSet()));
	}

	private Normalised validate(String id, ConceptChange change) {
		List<Problem> problems = new ArrayList<>();
		Map<String, String> pref = new HashMap<>();
		for (String language : Analyzers.LANGUAGES) {
			String label = clean(change.prefLabels().get(language));
			if (label.isEmpty()) {
				problems.add(new Problem("prefLabels[" + language + "]", "kernel.thesaurus.error.prefLabelRequired",
						language));
			}
			else if (label.length() > MAX_LABEL) {
				problems.add(new Problem("prefLabels[" + language + "]", "kernel.thesaurus.error.tooLong", language));
			}
			else {
				pref.put(language, label);
			}
		}
		change.prefLabels().forEach((language, label) -> {
			if (!Analyzers.LANGUAGES.contains(language) && !clean(label).isEmpty()) {
				pref.put(language, clean(label));
			}
		});
		Map<String, List<String>> alt = new HashMap<>();
		change.altLabels().forEach((language, labels) -> {
			Set<String> kept = new LinkedHashSet<>();
			for (String label : labels == null ? List.<String>of() : labels) {
				String cleaned = clean(label);
				if (cleaned.length() > MAX_LABEL) {
					problems.add(new Problem("altLabels[" + language + "]", "kernel.thesaurus.error.tooLong", cleaned));
				}
				else if (!cleaned.isEmpty() && !cleaned.equals(pref.get(language))) {
					kept.add(cleaned);
				}
			}
			if (!kept.isEmpty()) {
				alt.put(language, List.copyOf(kept));
			}
		});
		Map<String, ConceptView> all = this.cache.snapshot().concepts();
		Set<String> broader = new LinkedHashSet<>();
		for (String b : change.broader()) {
			if (b == null || b.isBlank()) {
				continue;
			}
			if (b.equals(id) || !all.containsKey(b)) {
				problems.add(new Problem("broader", "kernel.thesaurus.error.unknownConcept", b));
			}
			else if (id != null && reaches(all, b, id)) {
				problems.add(new Problem("broader", "kernel.thesaurus.error.cycle", b));
			}
			else {
				broader.add(b);
			}
		}
		Set<String> related = new LinkedHashSet<>();
		for (String r : change.related()) {
			if (r == null || r.isBlank()) {
				continue;
			}
			if (r.equals(id) || !all.containsKey(r)) {
				problems.add(new Problem("related", "kernel.thesaurus.error.unknownConcept", r));
			}
			else {
				related.add(r);
			}
		}
		Set<ConceptLink> links = new LinkedHashSet<>();
		for (ConceptLink link : change.links()) {
			if (this.taxonomies.exists(link.taxonomy(), link.code())) {
				links.add(link);
			}
			else {
				problems.add(new Problem("links", "kernel.thesaurus.error.unknownCode", link.toString()));
			}
		}
		if (!problems.isEmpty()) {
			throw new ConceptRejectedException(problems);
		}
		return new Normalised(pref, alt, broader, related, links);
	}

	/** Whether going up the broader links from {@code from} reaches {@code target}. */
	private static boolean reaches(Map<String, ConceptView> all, String from, String target) {
		Deque<String> todo = new ArrayDeque<>(List.of(from));
		Set<String> seen = new HashSet<>();
		while (!todo.isEmpty()) {
			String current = todo.pop();
			if (current.equals(target)) {
				return true;
			}
			if (seen.add(current) && all.containsKey(current)) {
				todo.addAll(all.get(current).broader());
			}
		}
		return false;
	}

	private String newId(String label) {
		String slug = TextFolding.fold(label).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.isEmpty()) {
			slug = "concept";
		}
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		String id = "pas-" + slug;
		int n = 2;
		while (this.concepts.existsById(id)) {
			id = "pas-" + slug + "-" + n++;
		}
		return id;
	}

	private static String clean(String label) {
		return label == null ? "" : label.strip().replaceAll("\\s+", " ");
	}

	private record Normalised(Map<String, String> prefLabels, Map<String, List<String>> altLabels, Set<String> broader,
			Set<String> related, Set<ConceptLink> links) {
	}

}
