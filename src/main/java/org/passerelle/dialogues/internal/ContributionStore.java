package org.passerelle.dialogues.internal;

import java.util.List;
import java.util.Optional;

import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionStatus;
import org.passerelle.dialogues.ModerationPolicy;
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

	ContributionStore(DialogueRepository dialogues, ContributionRepository contributions, DialogueClock clock) {
		this.dialogues = dialogues;
		this.contributions = contributions;
		this.clock = clock;
	}

	public Optional<Dialogue> dialogue(String slug) {
		return this.dialogues.findBySlug(slug);
	}

	public Optional<Contribution> find(long id) {
		return this.contributions.findById(id);
	}

	/**
	 * Stores a checked contribution: pending under pre-moderation, published otherwise.
	 */
	public long add(Dialogue dialogue, int roundNumber, Long parentId, List<Answer> answers, long authorId,
			Long organisationId, String language, ContributionChannel channel) {
		ContributionStatus status = dialogue.getModerationPolicy() == ModerationPolicy.PRE ? ContributionStatus.PENDING
				: ContributionStatus.PUBLISHED;
		return this.contributions
			.save(new Contribution(dialogue.getId(), roundNumber, parentId, answers, authorId, organisationId, language,
					channel, status, this.clock.now()))
			.getId();
	}

}
