package org.passerelle.dialogues.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dialogue's published contributions for the API and the feeds; the caller first gets
 * the dialogue through {@link DialogueReader#get}, which checks that the reader may see
 * it. Nothing unpublished is ever returned.
 */
@Service
@Transactional(readOnly = true)
public class PublishedContributions {

	private final PublishedContributionRepository contributions;

	PublishedContributions(PublishedContributionRepository contributions) {
		this.contributions = contributions;
	}

	/** A page of published answers (not replies), oldest first, of one round or all. */
	public Page<Contribution> answers(Dialogue dialogue, Integer round, Pageable pageable) {
		return this.contributions.answers(dialogue.getId(), round, pageable);
	}

	/** The published replies to these contributions, by parent, oldest first. */
	public Map<Long, List<Contribution>> replies(Collection<Long> parentIds) {
		Map<Long, List<Contribution>> found = new LinkedHashMap<>();
		if (!parentIds.isEmpty()) {
			this.contributions.replies(parentIds)
				.forEach(r -> found.computeIfAbsent(r.getParentId(), k -> new ArrayList<>()).add(r));
		}
		return found;
	}

	/** The last {@code count} contributions and replies published, newest first. */
	public List<Contribution> latest(Dialogue dialogue, int count) {
		return this.contributions.latest(dialogue.getId(), PageRequest.of(0, count));
	}

}
