package org.passerelle.accounts.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a form login or an access token. Serializable: it lives in the session. */
public record AccountPrincipal(long accountId, String email, String passwordHash, boolean enabled,
		List<String> authorities) implements UserDetails, AccountBound {

	public static AccountPrincipal of(UserAccount user) {
		return new AccountPrincipal(user.getId(), user.getEmail(), user.getPasswordHash(),
				user.isEnabled() && user.isEmailConfirmed(),
				user.getRoles().stream().map(r -> r.authority()).sorted().toList());
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
