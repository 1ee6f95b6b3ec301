package org.passerelle.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** How an OpenID Connect identity finds its local account, without any provider. */
class OidcAccountLinkerTests {

	static final String ISSUER = "https://id.example.org";

	UserAccountRepository users;

	OidcAccountLinker linker;

	@BeforeEach
	void setUp() {
		this.users = mock(UserAccountRepository.class);
		given(this.users.findByOidcIssuerAndOidcSubject(any(), any())).willReturn(Optional.empty());
		given(this.users.findByEmail(any())).willReturn(Optional.empty());
		given(this.users.save(any(UserAccount.class))).willAnswer(invocation -> invocation.getArgument(0));
		this.linker = new OidcAccountLinker(this.users);
	}

	static OidcIdentity identity(String subject, String email, boolean verified) {
		return new OidcIdentity(ISSUER, subject, email, verified, "Marta Reis", Locale.forLanguageTag("pt-BR"));
	}

	@Test
	void knownIssuerAndSubjectFindTheLinkedAccount() {
		UserAccount linked = new UserAccount("old@example.org", "Marta", Locale.FRENCH);
		linked.linkOidc(ISSUER, "sub-1");
		given(this.users.findByOidcIssuerAndOidcSubject(ISSUER, "sub-1")).willReturn(Optional.of(linked));

		UserAccount found = this.linker.link(identity("sub-1", "new-address@example.org", true));

		assertThat(found).isSameAs(linked);
		assertThat(found.getEmail()).isEqualTo("old@example.org");
		verify(this.users, never()).save(any());
	}

	@Test
	void verifiedAddressLinksTheExistingAccount() {
		UserAccount existing = new UserAccount("marta@example.org", "Marta", Locale.FRENCH);
		given(this.users.findByEmail("marta@example.org")).willReturn(Optional.of(existing));

		UserAccount found = this.linker.link(identity("sub-2", "Marta@Example.org", true));

		assertThat(found).isSameAs(existing);
		assertThat(found.getOidcIssuer()).isEqualTo(ISSUER);
		assertThat(found.getOidcSubject()).isEqualTo("sub-2");
		assertThat(found.isEmailConfirmed()).isTrue();
	}

	@Test
	void unverifiedAddressOfAnExistingAccountIsRefused() {
		UserAccount existing = new UserAccount("marta@example.org", "Marta", Locale.FRENCH);
		given(this.users.findByEmail("marta@example.org")).willReturn(Optional.of(existing));

		assertThatThrownBy(() -> this.linker.link(identity("sub-3", "marta@example.org", false)))
			.isInstanceOf(OidcLinkException.class)
			.extracting(ex -> ((OidcLinkException) ex).reason())
			.isEqualTo("email-unverified");
		assertThat(existing.getOidcSubject()).isNull();
	}

	@Test
	void accountAlreadyLinkedToAnotherIdentityIsNotTakenOver() {
		UserAccount existing = new UserAccount("marta@example.org", "Marta", Locale.FRENCH);
		existing.linkOidc("https://other.example.org", "someone-else");
		given(this.users.findByEmail("marta@example.org")).willReturn(Optional.of(existing));

		assertThatThrownBy(() -> this.linker.link(identity("sub-4", "marta@example.org", true)))
			.isInstanceOf(OidcLinkException.class)
			.extracting(ex -> ((OidcLinkException) ex).reason())
			.isEqualTo("linked-elsewhere");
	}

	@Test
	void newIdentityCreatesAnAccountWithTheProvidersNameAndLanguage() {
		UserAccount created = this.linker.link(identity("sub-5", "newcomer@example.org", true));

		verify(this.users).save(created);
		assertThat(created.getEmail()).isEqualTo("newcomer@example.org");
		assertThat(created.getDisplayName()).isEqualTo("Marta Reis");
		assertThat(created.getLocale().getLanguage()).isEqualTo("pt");
		assertThat(created.getOidcSubject()).isEqualTo("sub-5");
		assertThat(created.isEmailConfirmed()).isTrue();
		assertThat(created.getPasswordHash()).isNull();
		assertThat(created.getLastLoginAt()).isNotNull();
	}

	@Test
	void identityWithoutAddressCannotCreateAnAccount() {
		assertThatThrownBy(() -> this.linker.link(identity("sub-6", null, false))).isInstanceOf(OidcLinkException.class)
			.extracting(ex -> ((OidcLinkException) ex).reason())
			.isEqualTo("email-missing");
	}

	@Test
	void disabledAccountIsRefused() {
		UserAccount linked = new UserAccount("gone@example.org", "Gone", Locale.FRENCH);
		linked.linkOidc(ISSUER, "sub-7");
		linked.setEnabled(false);
		given(this.users.findByOidcIssuerAndOidcSubject(ISSUER, "sub-7")).willReturn(Optional.of(linked));

		assertThatThrownBy(() -> this.linker.link(identity("sub-7", "gone@example.org", true)))
			.isInstanceOf(OidcLinkException.class);
	}

	@Test
	void providerClaimsBecomeAnIdentity() {
		OidcIdToken token = new OidcIdToken("value", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("iss", ISSUER, "sub", "sub-8", "email", "claims@example.org", "email_verified", true, "name",
						"Claire Dupont", "locale", "fr-CA"));

		OidcIdentity identity = AccountOidcUserService.identityOf(new DefaultOidcUser(java.util.List.of(), token));

		assertThat(identity).isEqualTo(new OidcIdentity(ISSUER, "sub-8", "claims@example.org", true, "Claire Dupont",
				Locale.forLanguageTag("fr-CA")));
	}

	@Test
	void principalOfAnOidcLoginIsBoundToTheLocalAccount() {
		OidcIdToken token = new OidcIdToken("value", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("iss", ISSUER, "sub", "sub-9"));

		AccountOidcUser principal = new AccountOidcUser(42L, "local@example.org", java.util.List.of(), token, null);

		assertThat(principal).isInstanceOf(AccountBound.class);
		assertThat(principal.accountId()).isEqualTo(42L);
		assertThat(principal.getName()).isEqualTo("local@example.org");
	}

}
