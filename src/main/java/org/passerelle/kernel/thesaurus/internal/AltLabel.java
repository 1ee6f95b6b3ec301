package org.passerelle.kernel.thesaurus.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An alternative label of a concept in one language. */
@Embeddable
public record AltLabel(@Column(name = "language", nullable = false) String language,
		@Column(name = "label", nullable = false) String label) {
}
