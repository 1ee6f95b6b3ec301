package org.passerelle.accounts.internal;

import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the local account of an OpenID Connect identity: the one already linked to that
 * issuer and subject; else the account whose address the provider has verified (which is
 * then linked); else a new account. An unverified address that belongs to an existing
 * account is refused, otherwise anyone could claim that account at a careless provider.
 */
@Component
class OidcAccountLinker {

	private static final Set<String> LANGUAGES = Set.of("fr", "en", "es", "pt", "ar");

	private final UserAccountRepository users;

	OidcAccountLinker(UserAccountRepository users) {
		this.users = users;
	}

	@Transactional
	UserAccount link(OidcIdentity identity) {
		UserAccount account = this.users.findByOidcIssuerAndOidcSubject(identity.issuer(), identity.subject())
			.orElseGet(() -> byVerifiedEmail(identity));
		if (account == null) {
			account = create(identity);
		}
		if (!account.isEnabled()) {
			throw new OidcLinkException("disabled", "This account is disabled");
		}
		account.recordLogin();
		return account;
	}

	private UserAccount byVerifiedEmail(OidcIdentity identity) {
		if (identity.email() == null) {
			return null;
		}
		UserAccount existing = this.users.findByEmail(UserAccount.normaliseEmail(identity.email())).orElse(null);
		if (existing == null) {
			return null;
		}
		if (!identity.emailVerified()) {
			throw new OidcLinkException("email-unverified",
					"The provider does not vouch for an address that already has an account");
		}
		if (existing.getOidcSubject() != null) {
			throw new OidcLinkException("linked-elsewhere", "The account is linked to another identity");
		}
		existing.linkOidc(identity.issuer(), identity.subject());
		existing.confirmEmail();
		return existing;
	}

	private UserAccount create(OidcIdentity identity) {
		if (identity.email() == null || identity.email().isBlank()) {
			throw new OidcLinkException("email-missing", "The provider did not give an e-mail address");
		}
		String name = identity.name() != null && !identity.name().isBlank() ? identity.name()
				: identity.email().split("@")[0];
		Locale locale = identity.locale() != null && LANGUAGES.contains(identity.locale().getLanguage())
				? Locale.forLanguageTag(identity.locale().getLanguage()) : Locale.FRENCH;
		UserAccount account = new UserAccount(identity.email(), name, locale);
		account.linkOidc(identity.issuer(), identity.subject());
		if (identity.emailVerified()) {
			account.confirmEmail();
		}
		return this.users.save(account);
	}

}
