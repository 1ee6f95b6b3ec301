package org.passerelle.practices.internal;

import java.util.Optional;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.Role;
import org.passerelle.practices.PracticeStatus;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a practice. Editors of any of its organisations (lead or partner),
 * moderators and administrators may edit it; moderators and administrators decide on
 * submitted practices; everyone reads published and archived practices, while drafts,
 * submitted and returned practices are read only by those who may edit them.
 */
@Component
public class PracticePermissions {

	private final Accounts accounts;

	PracticePermissions(Accounts accounts) {
		this.accounts = accounts;
	}

	/** The signed-in user, if any. */
	public Optional<CurrentUser> user() {
		return this.accounts.current();
	}

	/** Whether the current user may edit the practice. */
	public boolean canEdit(Practice practice) {
		return user().map(user -> canEdit(user, practice)).orElse(false);
	}

	/** Whether the user may edit the practice. */
	public static boolean canEdit(CurrentUser user, Practice practice) {
		return canEditFor(user, practice.organisationIds());
	}

	/** Whether the user may edit a practice of these organisations. */
	public static boolean canEditFor(CurrentUser user, java.util.Collection<Long> organisationIds) {
		return isModerator(user) || organisationIds.stream().anyMatch(user.editorOf()::contains);
	}

	/** Whether the current user may publish or return submitted practices. */
	public boolean canModerate() {
		return user().map(PracticePermissions::isModerator).orElse(false);
	}

	/** Whether the current user may read the practice. */
	public boolean canRead(Practice practice) {
		return isPublic(practice.getStatus()) || canEdit(practice);
	}

	/** Whether everyone may read a practice with that status. */
	public static boolean isPublic(PracticeStatus status) {
		return status == PracticeStatus.PUBLISHED || status == PracticeStatus.ARCHIVED;
	}

	/** Moderators and administrators. */
	public static boolean isModerator(CurrentUser user) {
		return user.has(Role.MODERATOR) || user.isAdministrator();
	}

}
