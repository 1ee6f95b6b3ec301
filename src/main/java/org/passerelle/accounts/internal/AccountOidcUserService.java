package org.passerelle.accounts.internal;

import java.util.Locale;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads the provider's user as usual, then swaps it for the local account's principal.
 */
class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();

	private final OidcAccountLinker linker;

	AccountOidcUserService(OidcAccountLinker linker) {
		this.linker = linker;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser user = this.provider.loadUser(request);
		OidcIdentity identity = identityOf(user);
		try {
			UserAccount account = this.linker.link(identity);
			var authorities = account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
			return new AccountOidcUser(account.getId(), account.getEmail(), authorities, user.getIdToken(),
					user.getUserInfo());
		}
		catch (OidcLinkException ex) {
			throw new OAuth2AuthenticationException(new OAuth2Error(ex.reason(), ex.getMessage(), null), ex);
		}
	}

	static OidcIdentity identityOf(OidcUser user) {
		String issuer = user.getIssuer() != null ? user.getIssuer().toString() : "";
		Locale locale = user.getLocale() != null ? Locale.forLanguageTag(user.getLocale().replace('_', '-')) : null;
		String name = user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
		return new OidcIdentity(issuer, user.getSubject(), user.getEmail(),
				Boolean.TRUE.equals(user.getEmailVerified()), name, locale);
	}

}
