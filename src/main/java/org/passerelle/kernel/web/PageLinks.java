package org.passerelle.kernel.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The links of a paginated list, computed for
 * {@code templates/fragments/pagination.html}. Page numbers are zero-based in the
 * {@code page} query parameter, as Spring Data's {@code Pageable} resolution expects, and
 * shown one-based. The first page's link has no {@code page} parameter, so that it is the
 * list's plain address.
 *
 * @param number the current page, zero-based
 * @param size the page size
 * @param totalElements how many items the whole list has
 * @param totalPages how many pages the whole list has
 * @param previousUrl the previous page's address, or {@code null} on the first page
 * @param nextUrl the next page's address, or {@code null} on the last page
 * @param items the page links to show, with gaps where pages are skipped
 */
public record PageLinks(int number, int size, long totalElements, int totalPages, String previousUrl, String nextUrl,
		List<Item> items) {

	/** The query parameter that carries the page number. */
	public static final String PAGE_PARAMETER = "page";

	/** Pages shown on each side of the current one before a gap. */
	private static final int NEIGHBOURS = 2;

	/**
	 * The links of a Spring Data page, relative to the list's address with its current
	 * query.
	 */
	public static PageLinks of(Page<?> page, String baseUrl) {
		return of(page.getTotalElements(), page.getNumber(), page.getSize(), baseUrl);
	}

	/**
	 * The links of a page of a list.
	 * @param totalElements how many items the whole list has
	 * @param number the current page, zero-based
	 * @param size the page size (positive)
	 * @param baseUrl the list's address with its current query parameters (any
	 * {@code page} parameter in it is replaced)
	 */
	public static PageLinks of(long totalElements, int number, int size, String baseUrl) {
		int pageSize = Math.max(1, size);
		int totalPages = (int) Math.max(1, (totalElements + pageSize - 1) / pageSize);
		int current = Math.min(Math.max(0, number), totalPages - 1);
		List<Item> items = new ArrayList<>();
		int last = -1;
		for (int n = 0; n < totalPages; n++) {
			boolean shown = n == 0 || n == totalPages - 1 || Math.abs(n - current) <= NEIGHBOURS;
			if (!shown) {
				continue;
			}
			if (last >= 0 && n > last + 1) {
				items.add(Item.skipped());
			}
			items.add(new Item(n + 1, url(baseUrl, n), n == current, false));
			last = n;
		}
		return new PageLinks(current, pageSize, Math.max(0, totalElements), totalPages,
				current > 0 ? url(baseUrl, current - 1) : null,
				current < totalPages - 1 ? url(baseUrl, current + 1) : null, List.copyOf(items));
	}

	/** Whether there is more than one page, i.e. whether links are worth showing. */
	public boolean paginated() {
		return this.totalPages > 1;
	}

	/** One-based position of the page's first item ({@code 0} for an empty list). */
	public long firstItem() {
		return this.totalElements == 0 ? 0 : (long) this.number * this.size + 1;
	}

	/** One-based position of the page's last item. */
	public long lastItem() {
		return Math.min(this.totalElements, (long) (this.number + 1) * this.size);
	}

	private static String url(String baseUrl, int number) {
		return ShellRequests.withParameter(baseUrl, PAGE_PARAMETER, number == 0 ? null : number);
	}

	/**
	 * A page link, or a gap between two of them.
	 *
	 * @param label the page number as shown (one-based); {@code 0} for a gap
	 * @param url the page's address; {@code null} for a gap
	 * @param current whether it is the page shown
	 * @param gap whether it stands for skipped pages
	 */
	public record Item(int label, String url, boolean current, boolean gap) {

		static Item skipped() {
			return new Item(0, null, false, true);
		}

	}

}
