package org.passerelle.kernel.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.search.GlobalSearch.Outcome;

class GlobalSearchTests {

	private final List<String> asked = new ArrayList<>();

	@Test
	void asksEveryProviderInOrder() {
		GlobalSearch search = new GlobalSearch(List.of(provider("practices", 20, 1), provider("organisations", 10, 2)));
		GlobalSearch.Results results = search.search("  migration ", Locale.FRENCH, 5);
		assertThat(results.query()).isEqualTo("migration");
		assertThat(results.outcomes()).extracting(Outcome::key).containsExactly("organisations", "practices");
		assertThat(this.asked).containsExactly("organisations:migration", "practices:migration");
		assertThat(results.nothingFound()).isFalse();
	}

	@Test
	void blankWordsAskNobody() {
		GlobalSearch.Results results = new GlobalSearch(List.of(provider("organisations", 10, 3))).search("   ",
				Locale.FRENCH, 5);
		assertThat(results.query()).isNull();
		assertThat(results.outcomes()).isEmpty();
		assertThat(results.nothingFound()).isFalse();
		assertThat(this.asked).isEmpty();
	}

	@Test
	void showsNoMoreHitsThanAsked() {
		GlobalSearch.Results results = new GlobalSearch(List.of(provider("organisations", 10, 8))).search("x",
				Locale.FRENCH, 5);
		GlobalSearchSection section = results.outcomes().get(0).section();
		assertThat(section.hits()).hasSize(5);
		assertThat(section.total()).isEqualTo(8);
	}

	@Test
	void aFailingProviderLeavesTheOthersAnswering() {
		GlobalSearchProvider failing = new Provider("practices", 20, 0) {
			@Override
			public GlobalSearchSection search(String query, Locale locale, int limit) {
				throw new IllegalStateException("index unreachable");
			}
		};
		GlobalSearchProvider silent = new Provider("funding", 30, 0) {
			@Override
			public GlobalSearchSection search(String query, Locale locale, int limit) {
				return null;
			}
		};
		GlobalSearch.Results results = new GlobalSearch(List.of(failing, silent, provider("organisations", 10, 0)))
			.search("x", Locale.FRENCH, 5);
		assertThat(results.outcomes()).extracting(Outcome::key, Outcome::available)
			.containsExactly(tuple("organisations", true), tuple("practices", false), tuple("funding", false));
		assertThat(results.nothingFound()).isTrue();
	}

	@Test
	void cutsOverlongWords() {
		String words = "a".repeat(GlobalSearch.MAX_QUERY_LENGTH + 50);
		assertThat(new GlobalSearch(List.of()).search(words, Locale.FRENCH, 5).query())
			.hasSize(GlobalSearch.MAX_QUERY_LENGTH);
	}

	private GlobalSearchProvider provider(String key, int order, int total) {
		return new Provider(key, order, total);
	}

	private class Provider implements GlobalSearchProvider {

		private final String key;

		private final int order;

		private final int total;

		Provider(String key, int order, int total) {
			this.key = key;
			this.order = order;
			this.total = total;
		}

		@Override
		public String key() {
			return this.key;
		}

		@Override
		public int order() {
			return this.order;
		}

		@Override
		public String titleKey() {
			return "test." + this.key;
		}

		@Override
		public GlobalSearchSection search(String query, Locale locale, int limit) {
			GlobalSearchTests.this.asked.add(this.key + ":" + query);
			List<GlobalSearchHit> hits = IntStream.range(0, this.total)
				.mapToObj(i -> new GlobalSearchHit("Hit " + i, "/" + this.key + "/" + i, null, null))
				.toList();
			return new GlobalSearchSection(this.key, titleKey(), this.total, hits, "/" + this.key + "?q=" + query);
		}

	}

}
