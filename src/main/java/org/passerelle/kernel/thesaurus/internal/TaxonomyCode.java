package org.passerelle.kernel.thesaurus.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A taxonomy code a concept stands for. */
@Embeddable
public record TaxonomyCode(@Column(name = "taxonomy", nullable = false) String taxonomy,
		@Column(name = "code", nullable = false) String code) {
}
