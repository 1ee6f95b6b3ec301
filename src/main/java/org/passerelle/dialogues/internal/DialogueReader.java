package org.passerelle.dialogues.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.dialogues.ContributionStatus;
import org.passerelle.dialogues.DialogueNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dialogues and their contributions as a reader may see them. */
@Service
@Transactional(readOnly = true)
public class DialogueReader {

	/** An organisation id no organisation has, so that an "in" list is never empty. */
	private static final long NO_ORGANISATION = -1L;

	private final DialogueRepository dialogues;

	private final ContributionRepository contributions;

	private final DialoguePermissions permissions;

	DialogueReader(DialogueRepository dialogues, ContributionRepository contributions,
			DialoguePermissions permissions) {
		this.dialogues = dialogues;
		this.contributions = contributions;
		this.permissions = permissions;
	}

	/** The dialogues the current user may see, newest first. */
	public Page<Dialogue> visible(Pageable pageable) {
		Optional<CurrentUser> user = this.permissions.user();
		boolean everything = user.map(DialoguePermissions::isModerator).orElse(false);
		Set<Long> organisations = user.map(CurrentUser::memberOf)
			.filter(s -> !s.isEmpty())
			.orElse(Set.of(NO_ORGANISATION));
		Page<Dialogue> page = this.dialogues.visible(everything, user.isPresent(), organisations, pageable);
		page.forEach(d -> d.getRounds().forEach(r -> r.getQuestions().size()));
		return page;
	}

	/**
	 * A dialogue the current user may see, its rounds loaded.
	 * @throws DialogueNotFoundException otherwise
	 */
	public Dialogue get(String slug) {
		Dialogue dialogue = this.dialogues.findBySlug(slug)
			.filter(this.permissions::canSee)
			.orElseThrow(() -> new DialogueNotFoundException(slug));
		dialogue.getRounds().forEach(r -> r.getQuestions().size());
		return dialogue;
	}

	/** The dialogue's published contributions, oldest first (replies included). */
	public List<Contribution> published(Dialogue dialogue) {
		return this.contributions.findByDialogueIdAndStatusOrderBySubmittedAtAscIdAsc(dialogue.getId(),
				ContributionStatus.PUBLISHED);
	}

	/**
	 * The current user's own contributions to the dialogue, newest first, whatever their
	 * status.
	 */
	public List<Contribution> mine(Dialogue dialogue) {
		return this.permissions.user()
			.map(u -> this.contributions.findByDialogueIdAndAuthorIdOrderBySubmittedAtDescIdDesc(dialogue.getId(),
					u.id()))
			.orElse(List.of());
	}

	/** Contributions by id. */
	public Map<Long, Contribution> byId(List<Contribution> list) {
		return list.stream().collect(Collectors.toMap(Contribution::getId, Function.identity()));
	}

}
