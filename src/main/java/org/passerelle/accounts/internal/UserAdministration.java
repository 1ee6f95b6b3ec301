package org.passerelle.accounts.internal;

import java.util.Locale;

import org.passerelle.accounts.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' work on accounts: find them, grant or revoke the moderator and
 * administrator roles, disable and enable. Administrators cannot take these rights away
 * from themselves, so that the platform always keeps one.
 */
@Service
public class UserAdministration {

	private final UserAccountRepository users;

	private final SessionTerminator sessions;

	UserAdministration(UserAccountRepository users, SessionTerminator sessions) {
		this.users = users;
		this.sessions = sessions;
	}

	/** Accounts whose address or name contains the text (all when blank). */
	@Transactional(readOnly = true)
	public Page<UserAccount> search(String text, Pageable pageable) {
		if (text == null || text.isBlank()) {
			return this.users.findAll(pageable);
		}
		String escaped = text.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return this.users.search("%" + escaped + "%", pageable);
	}

	/**
	 * Grants or revokes a role.
	 * @throws IllegalArgumentException for the member role (everyone has it) or a change
	 * to one's own administrator role
	 */
	@Transactional
	public void setRole(long actingUserId, long userId, Role role, boolean granted) {
		if (role == Role.MEMBER) {
			throw new IllegalArgumentException("Every account is a member");
		}
		if (actingUserId == userId && role == Role.ADMINISTRATOR) {
			throw new IllegalArgumentException("Administrators cannot change their own administrator role");
		}
		UserAccount user = find(userId);
		if (granted) {
			user.grant(role);
		}
		else {
			user.revoke(role);
		}
		// Roles are read at login: signing the user out makes the change take effect at
		// once.
		this.sessions.endSessionsOf(user.getEmail());
	}

	/**
	 * Disables (signing the user out everywhere) or enables an account.
	 * @throws IllegalArgumentException for one's own account
	 */
	@Transactional
	public void setEnabled(long actingUserId, long userId, boolean enabled) {
		if (actingUserId == userId) {
			throw new IllegalArgumentException("Administrators cannot disable their own account");
		}
		UserAccount user = find(userId);
		user.setEnabled(enabled);
		if (!enabled) {
			this.sessions.endSessionsOf(user.getEmail());
		}
	}

	private UserAccount find(long userId) {
		return this.users.findById(userId).orElseThrow(() -> new AccountNotFoundException(userId));
	}

}
