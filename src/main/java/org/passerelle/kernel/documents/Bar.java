package org.passerelle.kernel.documents;

import java.util.Objects;

/**
 * One bar of a {@link BarChart}.
 *
 * @param label what the bar stands for (a country, a language…)
 * @param value its value, zero or more
 */
public record Bar(String label, double value) {

	public Bar {
		Objects.requireNonNull(label, "label");
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("A bar's value must be a finite number, zero or more, was " + value);
		}
	}

}
