package org.passerelle.practices.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/** Items drawn at random in proportion to their weights. */
final class Weighted<T> {

	private final List<T> items;

	private final int[] cumulative;

	Weighted(List<T> items, ToIntFunction<T> weight) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("Nothing to choose from");
		}
		this.items = List.copyOf(items);
		this.cumulative = new int[items.size()];
		int total = 0;
		for (int i = 0; i < items.size(); i++) {
			int w = weight.applyAsInt(items.get(i));
			if (w <= 0) {
				throw new IllegalArgumentException("Weights must be positive: " + items.get(i));
			}
			total += w;
			this.cumulative[i] = total;
		}
	}

	T pick(SplittableRandom random) {
		int target = random.nextInt(this.cumulative[this.cumulative.length - 1]);
		int low = 0;
		int high = this.cumulative.length - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.cumulative[middle] > target) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return this.items.get(low);
	}

	/** Up to {@code count} different items, in the order drawn. */
	List<T> pickDistinct(int count, SplittableRandom random) {
		int wanted = Math.min(count, this.items.size());
		Set<T> picked = new LinkedHashSet<>();
		for (int attempts = 0; picked.size() < wanted && attempts < wanted * 20; attempts++) {
			picked.add(pick(random));
		}
		return new ArrayList<>(picked);
	}

	List<T> items() {
		return this.items;
	}

}
