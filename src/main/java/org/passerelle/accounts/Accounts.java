package org.passerelle.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.passerelle.accounts.internal.AccountBound;
import org.passerelle.accounts.internal.Membership;
import org.passerelle.accounts.internal.MembershipRepository;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.accounts.internal.UserAccountRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the other modules may ask about users: who is acting, whether they may edit for an
 * organisation, who belongs to an organisation. Memberships change here too.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	private final PasswordEncoder passwords;

	Accounts(UserAccountRepository users, MembershipRepository memberships, PasswordEncoder passwords) {
		this.users = users;
		this.memberships = memberships;
		this.passwords = passwords;
	}

	/** The user behind the current request, if signed in. */
	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountBound bound)) {
			return Optional.empty();
		}
		return find(bound.accountId());
	}

	/** A user by id, with their roles and memberships. */
	public Optional<CurrentUser> find(long userId) {
		return this.users.findById(userId).map(this::toCurrentUser);
	}

	/**
	 * A user by e-mail address (compared without case), e.g. to add them to an
	 * organisation.
	 */
	public Optional<CurrentUser> findByEmail(String email) {
		return this.users.findByEmail(UserAccount.normaliseEmail(email)).map(this::toCurrentUser);
	}

	/**
	 * Creates a confirmed account, for administrators' tools, the command line and demo
	 * content.
	 * @param rawPassword the password, or {@code null} for an account nobody signs in to
	 * with a password (e.g. a demo account speaking for an organisation)
	 * @throws IllegalArgumentException if the address is taken
	 */
	@Transactional
	public long createConfirmedUser(String email, String displayName, String rawPassword, java.util.Locale locale,
			Set<Role> roles) {
		if (this.users.findByEmail(UserAccount.normaliseEmail(email)).isPresent()) {
			throw new IllegalArgumentException("An account already exists for " + email);
		}
		UserAccount user = new UserAccount(email, displayName, locale);
		user.setPasswordHash(rawPassword == null ? null : this.passwords.encode(rawPassword));
		user.confirmEmail();
		roles.forEach(user::grant);
		return this.users.save(user).getId();
	}

	/** Whether the current user is an administrator or an editor of the organisation. */
	public boolean canEditFor(long organisationId) {
		return current().map(u -> u.canEditFor(organisationId)).orElse(false);
	}

	/** The organisation's members, oldest first, without their addresses. */
	public List<MemberView> membersOf(long organisationId) {
		List<Membership> found = this.memberships.findByOrganisationIdOrderByCreatedAt(organisationId);
		var names = this.users.findAllById(found.stream().map(Membership::getUserId).toList())
			.stream()
			.collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
		return found.stream()
			.filter(m -> names.containsKey(m.getUserId()))
			.map(m -> new MemberView(m.getUserId(), names.get(m.getUserId()), m.getRole()))
			.toList();
	}

	/** Adds the user to the organisation, or changes their role there. */
	@Transactional
	public void setMembership(long userId, long organisationId, MembershipRole role) {
		Membership membership = this.memberships.findByUserIdAndOrganisationId(userId, organisationId)
			.orElseGet(() -> new Membership(userId, organisationId, role));
		membership.setRole(role);
		this.memberships.save(membership);
	}

	/** Removes the user from the organisation. */
	@Transactional
	public void removeMembership(long userId, long organisationId) {
		this.memberships.findByUserIdAndOrganisationId(userId, organisationId).ifPresent(this.memberships::delete);
	}

	private CurrentUser toCurrentUser(UserAccount user) {
		List<Membership> mine = this.memberships.findByUserId(user.getId());
		Set<Long> editorOf = mine.stream()
			.filter(m -> m.getRole() == MembershipRole.EDITOR)
			.map(Membership::getOrganisationId)
			.collect(Collectors.toUnmodifiableSet());
		Set<Long> memberOf = mine.stream().map(Membership::getOrganisationId).collect(Collectors.toUnmodifiableSet());
		return new CurrentUser(user.getId(), user.getDisplayName(), user.getEmail(), Set.copyOf(user.getRoles()),
				editorOf, memberOf, user.getLocale());
	}

}
