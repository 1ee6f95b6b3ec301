package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class PageSectionsTests {

	@Test
	void listsTheSectionsOfOnePageInOrder() {
		PageSections sections = new PageSections(List.of(section("organisation", 20, "b", id -> "/b/" + id),
				section("practice", 10, "other", id -> "/other/" + id),
				section("organisation", 10, "a", id -> "/a/" + id)));
		assertThat(sections.forPage("organisation", "7")).containsExactly(new PageSectionView("a", "/a/7"),
				new PageSectionView("b", "/b/7"));
		assertThat(sections.forPage("territory", "7")).isEmpty();
	}

	@Test
	void leavesOutASectionThatDeclinesTheRecordOrFails() {
		PageSections sections = new PageSections(List.of(section("organisation", 10, "declines", id -> null),
				section("organisation", 20, "fails", id -> {
					throw new IllegalStateException("down");
				}), section("organisation", 30, "works", id -> "/works/" + id)));
		assertThat(sections.forPage("organisation", "7")).containsExactly(new PageSectionView("works", "/works/7"));
	}

	private static PageSectionProvider section(String page, int order, String titleKey, Function<String, String> url) {
		return new PageSectionProvider() {

			@Override
			public String page() {
				return page;
			}

			@Override
			public int order() {
				return order;
			}

			@Override
			public String titleKey() {
				return titleKey;
			}

			@Override
			public String url(String id) {
				return url.apply(id);
			}

		};
	}

}
