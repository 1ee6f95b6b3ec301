package org.passerelle.accounts.internal;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A user signed in through OpenID Connect, bound to their local account. */
public class AccountOidcUser extends DefaultOidcUser implements AccountBound {

	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String email;

	AccountOidcUser(long accountId, String email, Collection<? extends GrantedAuthority> authorities,
			OidcIdToken idToken, OidcUserInfo userInfo) {
		super(authorities, idToken, userInfo);
		this.accountId = accountId;
		this.email = email;
	}

	@Override
	public long accountId() {
		return this.accountId;
	}

	/**
	 * The local address, as for a password login, so that sessions are indexed the same
	 * way.
	 */
	@Override
	public String getName() {
		return this.email;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountOidcUser that && super.equals(that) && this.accountId == that.accountId;
	}

	@Override
	public int hashCode() {
		return super.hashCode() * 31 + Long.hashCode(this.accountId);
	}

}
