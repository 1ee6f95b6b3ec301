package org.passerelle.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.AccountPrincipal;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Real accounts for the actors tests, and requests signed in as them. */
public final class TestUsers {

	private final Accounts accounts;

	public TestUsers(Accounts accounts) {
		this.accounts = accounts;
	}

	/** A new confirmed member with a unique address. */
	public User member(String name) {
		return create(name, Role.MEMBER);
	}

	/** A new confirmed administrator with a unique address. */
	public User administrator(String name) {
		return create(name, Role.ADMINISTRATOR);
	}

	private User create(String name, Role role) {
		String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "-" + UUID.randomUUID()
				+ "@example.org";
		long id = this.accounts.createConfirmedUser(email, name, "a-long-test-password", Locale.FRENCH,
				role == Role.MEMBER ? Set.of(Role.MEMBER) : Set.of(Role.MEMBER, role));
		return new User(id, email, name, role);
	}

	/**
	 * @param id the account id
	 * @param email the account's address
	 * @param name the display name
	 * @param role the platform role given
	 */
	public record User(long id, String email, String name, Role role) {

		/** Signs the request in as this user, as a form login would. */
		public RequestPostProcessor signedIn() {
			List<String> authorities = role == Role.ADMINISTRATOR ? List.of(Role.MEMBER.authority(), role.authority())
					: List.of(Role.MEMBER.authority());
			return SecurityMockMvcRequestPostProcessors
				.user(new AccountPrincipal(this.id, this.email, "{noop}unused", true, true, authorities));
		}

	}

}
