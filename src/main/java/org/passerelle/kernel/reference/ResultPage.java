package org.passerelle.kernel.reference;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a result list, as the API returns it ({@code {"total", "page", "size",
 * "items"}}).
 *
 * @param total how many items match in all
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param items the items of this page
 */
public record ResultPage<T>(long total, int page, int size, List<T> items) {

	/** The largest page the API serves. */
	public static final int MAX_SIZE = 200;

	/** The page of a complete, ordered list. */
	public static <T> ResultPage<T> of(List<T> all, int page, int size) {
		int safeSize = clampSize(size);
		int safePage = Math.max(0, page);
		long from = Math.min((long) safePage * safeSize, all.size());
		long to = Math.min(from + safeSize, all.size());
		return new ResultPage<>(all.size(), safePage, safeSize, List.copyOf(all.subList((int) from, (int) to)));
	}

	/** A page size between 1 and {@link #MAX_SIZE}, 20 when not given. */
	public static int clampSize(int size) {
		return size <= 0 ? 20 : Math.min(size, MAX_SIZE);
	}

	public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
		return new ResultPage<>(this.total, this.page, this.size, this.items.stream().<R>map(mapper).toList());
	}

	/** The number of pages. */
	public int pages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pages();
	}

}
