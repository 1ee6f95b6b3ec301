package org.passerelle.practices;

import java.util.Optional;

import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base as the other modules see it: published practices by id. Other
 * records (contributions, projects) refer to a practice by its id.
 */
@Service
@Transactional(readOnly = true)
public class PracticeCatalog {

	private final PracticeRepository practices;

	PracticeCatalog(PracticeRepository practices) {
		this.practices = practices;
	}

	/** A published (or archived) practice by id. */
	public Optional<PracticeSummary> find(long id) {
		return this.practices.findById(id)
			.filter(p -> p.getStatus() == PracticeStatus.PUBLISHED || p.getStatus() == PracticeStatus.ARCHIVED)
			.map(PracticeCatalog::summary);
	}

	/** How many practices are published. */
	public long countPublished() {
		return this.practices.countByStatus(PracticeStatus.PUBLISHED);
	}

	/**
	 * A finder of the published practices' titles in texts, loaded with one query: build
	 * it once for a batch of texts, as it reflects the practices published when it was
	 * built.
	 */
	public PracticeMentions mentions() {
		return new PracticeMentions(this.practices.titlesByStatus(PracticeStatus.PUBLISHED));
	}

	private static PracticeSummary summary(Practice p) {
		return new PracticeSummary(p.getId(), p.getTitle(), p.getLanguage(), p.getSummary(), p.getStatus(),
				p.getLeadOrganisationId(), p.getPublishedAt());
	}

}
