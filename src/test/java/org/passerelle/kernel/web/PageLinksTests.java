package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

class PageLinksTests {

	@Test
	void keepsTheListsQueryAndReplacesThePage() {
		PageLinks links = PageLinks.of(95, 2, 20, "/organisations?q=ville&page=2&size=20");
		assertThat(links.previousUrl()).isEqualTo("/organisations?q=ville&size=20&page=1");
		assertThat(links.nextUrl()).isEqualTo("/organisations?q=ville&size=20&page=3");
		assertThat(links.items().get(0).url()).isEqualTo("/organisations?q=ville&size=20");
		assertThat(links.totalPages()).isEqualTo(5);
		assertThat(links.firstItem()).isEqualTo(41);
		assertThat(links.lastItem()).isEqualTo(60);
	}

	@Test
	void showsTheEndsAndTheNeighboursOfTheCurrentPageWithGaps() {
		PageLinks links = PageLinks.of(400, 10, 20, "/list");
		List<String> shown = links.items().stream().map(i -> i.gap() ? "…" : String.valueOf(i.label())).toList();
		assertThat(shown).containsExactly("1", "…", "9", "10", "11", "12", "13", "…", "20");
		assertThat(links.items().stream().filter(PageLinks.Item::current).map(PageLinks.Item::label))
			.containsExactly(11);
	}

	@Test
	void hasNoPreviousOnTheFirstPageAndNoNextOnTheLast() {
		assertThat(PageLinks.of(30, 0, 10, "/list").previousUrl()).isNull();
		assertThat(PageLinks.of(30, 2, 10, "/list").nextUrl()).isNull();
	}

	@Test
	void anEmptyListIsOnePageWithoutLinks() {
		PageLinks links = PageLinks.of(0, 0, 20, "/list");
		assertThat(links.paginated()).isFalse();
		assertThat(links.firstItem()).isZero();
		assertThat(links.lastItem()).isZero();
	}

	@Test
	void aPageBeyondTheEndShowsTheLastPage() {
		assertThat(PageLinks.of(45, 9, 20, "/list").number()).isEqualTo(2);
	}

	@Test
	void readsASpringDataPage() {
		PageLinks links = PageLinks.of(new PageImpl<>(List.of("a", "b"), PageRequest.of(1, 2), 7), "/list?q=a");
		assertThat(links.totalElements()).isEqualTo(7);
		assertThat(links.totalPages()).isEqualTo(4);
		assertThat(links.nextUrl()).isEqualTo("/list?q=a&page=2");
	}

}
