package org.passerelle.kernel.thesaurus.internal;

import java.util.Set;

import org.passerelle.kernel.thesaurus.Expansion;
import org.passerelle.kernel.thesaurus.QueryExpansion;
import org.springframework.stereotype.Service;

/** {@link QueryExpansion} by the matcher of the current thesaurus snapshot. */
@Service
class ThesaurusQueryExpansion implements QueryExpansion {

	private final ThesaurusCache cache;

	ThesaurusQueryExpansion(ThesaurusCache cache) {
		this.cache = cache;
	}

	@Override
	public Expansion expand(String query, String language) {
		return this.cache.snapshot().matcher().expand(query, language);
	}

	@Override
	public Set<String> conceptsIn(String text, String language) {
		return this.cache.snapshot().matcher().conceptsIn(text, language);
	}

}
