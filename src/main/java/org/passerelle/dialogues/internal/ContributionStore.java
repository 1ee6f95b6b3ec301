package org.passerelle.dialogues.internal;

import java.util.List;
import java.util.Optional;

import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionPublished;
import org.passerelle.dialogues.ContributionStatus;
import org.passerelle.dialogues.ModerationPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the API service finds dialogues and stores contributions, once they were checked.
 */
@Component
@Transactional
public class ContributionStore {

	private final DialogueRepository dialogues;

	private final ContributionRepository contributions;

	private final DialogueClock clock;

	private final ApplicationEventPublisher events;

	ContributionStore(DialogueRepository dialogues, ContributionRepository contributions, DialogueClock clock,
			ApplicationEventPublisher events) {
		this.dialogues = dialogues;
		this.contributions = contributions;
		this.clock = clock;
		this.events = events;
	}

	public Optional<Dialogue> dialogue(String slug) {
		return this.dialogues.findBySlug(slug);
	}

	public Optional<Contribution> find(long id) {
		return this.contributions.findById(id);
	}

	/**
	 * Stores a checked contribution: pending under pre-moderation, published otherwise
	 * (and then announced with {@link ContributionPublished}).
	 */
	public long add(Dialogue dialogue, int roundNumber, Long parentId, List<Answer> answers, long authorId,
			Long organisationId, String language, ContributionChannel channel) {
		ContributionStatus status = dialogue.getModerationPolicy() == ModerationPolicy.PRE ? ContributionStatus.PENDING
				: ContributionStatus.PUBLISHED;
		long id = this.contributions
			.save(new Contribution(dialogue.getId(), roundNumber, parentId, answers, authorId, organisationId, language,
					channel, status, this.clock.now()))
			.getId();
		if (status == ContributionStatus.PUBLISHED) {
			this.events.publishEvent(new ContributionPublished(dialogue.getSlug(), id, authorId, parentId));
		}
		return id;
	}

}
