package org.passerelle.dialogues.internal;

import java.util.Collection;
import java.util.Optional;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.Role;
import org.passerelle.dialogues.ContributionStatus;
import org.passerelle.dialogues.DialogueVisibility;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a dialogue. Organising means editing for one of its organiser
 * organisations; organisers, moderators and administrators edit and moderate it. Everyone
 * sees a public dialogue, signed-in users a member-only one, and members of its
 * organisers or invited organisations an invitation-only one. Contributions other than
 * published ones are seen only by their author and the dialogue's moderators.
 */
@Component
public class DialoguePermissions {

	private final Accounts accounts;

	DialoguePermissions(Accounts accounts) {
		this.accounts = accounts;
	}

	/** The signed-in user, if any. */
	public Optional<CurrentUser> user() {
		return this.accounts.current();
	}

	/** Moderators and administrators. */
	public static boolean isModerator(CurrentUser user) {
		return user.has(Role.MODERATOR) || user.isAdministrator();
	}

	/**
	 * Whether the user may create a dialogue: they edit for an organisation, or moderate.
	 */
	public static boolean canCreate(CurrentUser user) {
		return isModerator(user) || !user.editorOf().isEmpty();
	}

	/** Whether the user may organise a dialogue of these organisations. */
	public static boolean canOrganise(CurrentUser user, Collection<Long> organiserIds) {
		return isModerator(user) || organiserIds.stream().anyMatch(user.editorOf()::contains);
	}

	/** Whether the user may edit and moderate the dialogue. */
	public static boolean canModerate(CurrentUser user, Dialogue dialogue) {
		return canOrganise(user, dialogue.getOrganiserIds());
	}

	/** Whether the current user may edit and moderate the dialogue. */
	public boolean canModerate(Dialogue dialogue) {
		return user().map(u -> canModerate(u, dialogue)).orElse(false);
	}

	/** Whether the reader (or a visitor, when empty) may see the dialogue. */
	public static boolean canSee(Optional<CurrentUser> reader, Dialogue dialogue) {
		if (dialogue.getVisibility() == DialogueVisibility.PUBLIC) {
			return true;
		}
		if (reader.isEmpty()) {
			return false;
		}
		CurrentUser user = reader.get();
		if (dialogue.getVisibility() == DialogueVisibility.MEMBERS || canModerate(user, dialogue)) {
			return true;
		}
		return user.memberOf()
			.stream()
			.anyMatch(id -> dialogue.getInvitedIds().contains(id) || dialogue.getOrganiserIds().contains(id));
	}

	/** Whether the current user may see the dialogue. */
	public boolean canSee(Dialogue dialogue) {
		return canSee(user(), dialogue);
	}

	/** Whether the reader may see the contribution of that dialogue. */
	public static boolean canSee(Optional<CurrentUser> reader, Dialogue dialogue, Contribution contribution) {
		if (!canSee(reader, dialogue)) {
			return false;
		}
		if (contribution.getStatus() == ContributionStatus.PUBLISHED) {
			return true;
		}
		return reader.map(u -> u.id() == contribution.getAuthorId() || canModerate(u, dialogue)).orElse(false);
	}

}
