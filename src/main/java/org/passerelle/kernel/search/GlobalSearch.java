package org.passerelle.kernel.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The platform-wide search: asks every {@link GlobalSearchProvider} bean, in order, for
 * its first hits. One provider failing leaves the others' sections intact; its section is
 * marked unavailable and the failure logged.
 * <p>
 * Not transactional on purpose: each provider works in its own read-only transaction, so
 * one that fails cannot mark a shared transaction for rollback and take the others down.
 */
@Service
public class GlobalSearch {

	/** Longer queries are cut to this many characters. */
	public static final int MAX_QUERY_LENGTH = 200;

	private static final Logger logger = LoggerFactory.getLogger(GlobalSearch.class);

	private static final Comparator<GlobalSearchProvider> ORDER = Comparator.comparingInt(GlobalSearchProvider::order)
		.thenComparing(GlobalSearchProvider::key);

	private final List<GlobalSearchProvider> providers;

	GlobalSearch(List<GlobalSearchProvider> providers) {
		this.providers = providers.stream().sorted(ORDER).toList();
	}

	/**
	 * Every provider's section for the words typed; none when the words are blank.
	 * @param query the words typed, or {@code null}
	 * @param locale the interface language
	 * @param limit the most hits per section (at least one)
	 */
	public Results search(String query, Locale locale, int limit) {
		String words = normalise(query);
		if (words == null) {
			return new Results(null, List.of());
		}
		int max = Math.max(1, limit);
		List<Outcome> outcomes = new ArrayList<>();
		for (GlobalSearchProvider provider : this.providers) {
			outcomes.add(ask(provider, words, locale, max));
		}
		return new Results(words, outcomes);
	}

	private static Outcome ask(GlobalSearchProvider provider, String words, Locale locale, int limit) {
		try {
			GlobalSearchSection section = provider.search(words, locale, limit);
			if (section == null) {
				throw new IllegalStateException("no section returned");
			}
			if (section.hits().size() > limit) {
				section = new GlobalSearchSection(section.key(), section.titleKey(), section.total(),
						section.hits().subList(0, limit), section.moreUrl());
			}
			return new Outcome(provider.key(), provider.titleKey(), section);
		}
		catch (RuntimeException ex) {
			// the words typed are left out of the log: they may name a person
			logger.warn("Global search: the '{}' section failed and is shown as unavailable", provider.key(), ex);
			return new Outcome(provider.key(), provider.titleKey(), null);
		}
	}

	private static String normalise(String query) {
		if (query == null || query.isBlank()) {
			return null;
		}
		String words = query.strip();
		return (words.length() > MAX_QUERY_LENGTH) ? words.substring(0, MAX_QUERY_LENGTH).strip() : words;
	}

	/**
	 * The search page's content.
	 *
	 * @param query the words searched, stripped, or {@code null} when none were typed
	 * @param outcomes one per provider, in page order
	 */
	public record Results(String query, List<Outcome> outcomes) {

		public Results {
			outcomes = List.copyOf(outcomes);
		}

		/** Whether words were typed and no available section matched anything. */
		public boolean nothingFound() {
			return this.query != null && this.outcomes.stream().allMatch(o -> !o.available() || o.section().isEmpty());
		}

	}

	/**
	 * What one provider answered.
	 *
	 * @param key the provider's key
	 * @param titleKey the key of the section's title
	 * @param section what it found, or {@code null} if it failed
	 */
	public record Outcome(String key, String titleKey, GlobalSearchSection section) {

		/**
		 * Whether the provider answered (if not, the page says the section is
		 * unavailable).
		 */
		public boolean available() {
			return this.section != null;
		}

	}

}
