package org.passerelle.actors.internal;

import java.util.List;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.MemberView;
import org.passerelle.accounts.MembershipRole;
import org.passerelle.actors.OrganisationNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the directory, with their permission rules: any signed-in user may add an
 * organisation and becomes its editor; only its editors and administrators may change it
 * and manage its members.
 */
@Service
@Transactional
public class OrganisationEditor {

	private final OrganisationRepository organisations;

	private final Accounts accounts;

	OrganisationEditor(OrganisationRepository organisations, Accounts accounts) {
		this.organisations = organisations;
		this.accounts = accounts;
	}

	/**
	 * Adds an organisation; the current user becomes its editor.
	 * @return the new organisation's id
	 */
	public long create(OrganisationData data) {
		CurrentUser user = this.accounts.current()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to add an organisation"));
		Organisation organisation = this.organisations.save(new Organisation(data, user.id()));
		this.accounts.setMembership(user.id(), organisation.getId(), MembershipRole.EDITOR);
		return organisation.getId();
	}

	/**
	 * Replaces the organisation's data.
	 * @param expectedVersion the version the editor started from, or {@code null} to
	 * overwrite
	 * @throws OrganisationChangedException if it changed since that version
	 */
	public void update(long id, OrganisationData data, Long expectedVersion) {
		Organisation organisation = editable(id);
		if (expectedVersion != null && expectedVersion != organisation.getVersion()) {
			throw new OrganisationChangedException(id, organisation.getVersion());
		}
		organisation.apply(data);
	}

	/** Whether the current user may edit the organisation and manage its members. */
	@Transactional(readOnly = true)
	public boolean canEdit(long id) {
		return this.accounts.canEditFor(id);
	}

	/**
	 * Checks that the organisation exists and that the current user may edit it.
	 * @throws OrganisationNotFoundException if it does not exist
	 * @throws AccessDeniedException if the user may not edit it
	 */
	@Transactional(readOnly = true)
	public void checkCanEdit(long id) {
		editable(id);
	}

	/** The organisation's members, for those who manage them. */
	@Transactional(readOnly = true)
	public List<MemberView> members(long id) {
		editable(id);
		return this.accounts.membersOf(id);
	}

	/**
	 * Gives the user with this address the role in the organisation (adds them if
	 * needed).
	 * @return what happened; {@link MembershipChange#NO_ACCOUNT} if no account has the
	 * address
	 */
	public MembershipChange addMember(long id, String email, MembershipRole role) {
		editable(id);
		var user = this.accounts.findByEmail(email);
		if (user.isEmpty()) {
			return MembershipChange.NO_ACCOUNT;
		}
		boolean already = user.get().memberOf().contains(id);
		if (already) {
			changeRole(id, user.get().id(), role);
			return MembershipChange.ROLE_CHANGED;
		}
		this.accounts.setMembership(user.get().id(), id, role);
		return MembershipChange.ADDED;
	}

	/**
	 * Changes a member's role.
	 * @throws LastEditorException if that would leave the organisation without an editor
	 */
	public void changeRole(long id, long userId, MembershipRole role) {
		editable(id);
		if (role != MembershipRole.EDITOR) {
			checkNotLastEditor(id, userId);
		}
		this.accounts.setMembership(userId, id, role);
	}

	/**
	 * Removes a member.
	 * @throws LastEditorException if that would leave the organisation without an editor
	 */
	public void removeMember(long id, long userId) {
		editable(id);
		checkNotLastEditor(id, userId);
		this.accounts.removeMembership(userId, id);
	}

	private void checkNotLastEditor(long id, long userId) {
		List<MemberView> editors = this.accounts.membersOf(id)
			.stream()
			.filter(m -> m.role() == MembershipRole.EDITOR)
			.toList();
		if (editors.size() == 1 && editors.get(0).userId() == userId) {
			throw new LastEditorException(id);
		}
	}

	private Organisation editable(long id) {
		Organisation organisation = this.organisations.findById(id)
			.orElseThrow(() -> new OrganisationNotFoundException(id));
		if (!this.accounts.canEditFor(id)) {
			throw new AccessDeniedException("Only the organisation's editors and administrators may do this");
		}
		return organisation;
	}

	/** The outcome of {@link #addMember}. */
	public enum MembershipChange {

		ADDED, ROLE_CHANGED, NO_ACCOUNT

	}

}
