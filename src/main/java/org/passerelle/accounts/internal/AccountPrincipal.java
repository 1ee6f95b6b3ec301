package org.passerelle.accounts.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a form login or an access token. Serializable: it lives in the
 * session, where it is kept without the password hash ({@link #withoutPassword()}).
 *
 * @param accountId the account's id
 * @param email the address the user signs in with
 * @param passwordHash the stored hash while the password is being checked, then
 * {@code null}
 * @param enabled whether an administrator has not disabled the account
 * @param emailConfirmed whether the user followed the confirmation link
 * @param authorities the role authorities, e.g. {@code ROLE_MEMBER}
 */
public record AccountPrincipal(long accountId, String email, String passwordHash, boolean enabled,
		boolean emailConfirmed, List<String> authorities) implements UserDetails, AccountBound {

	public static AccountPrincipal of(UserAccount user) {
		return new AccountPrincipal(user.getId(), user.getEmail(), user.getPasswordHash(), user.isEnabled(),
				user.isEmailConfirmed(), user.getRoles().stream().map(r -> r.authority()).sorted().toList());
	}

	/** The same principal without the password hash, to keep in the session. */
	public AccountPrincipal withoutPassword() {
		return new AccountPrincipal(this.accountId, this.email, null, this.enabled, this.emailConfirmed,
				this.authorities);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities.stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
