package org.passerelle.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The signature and expiry checks of mailed links, before any database lookup. */
class LinkTokensTests {

	static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

	LinkTokenRepository repository;

	SigningKeyStore keys;

	AccountsProperties properties = new AccountsProperties(Duration.ofHours(48), Duration.ofHours(1), 5, 20,
			Duration.ofMinutes(15), Duration.ofMinutes(15));

	@BeforeEach
	void setUp() {
		this.repository = mock(LinkTokenRepository.class);
		given(this.repository.save(any(LinkToken.class))).willAnswer(invocation -> invocation.getArgument(0));
		this.keys = mock(SigningKeyStore.class);
		given(this.keys.key()).willReturn(new SecretKeySpec(
				Base64.getDecoder().decode("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTEyMw=="), "HmacSHA256"));
	}

	LinkTokens at(Instant instant) {
		return new LinkTokens(this.repository, this.keys, this.properties, Clock.fixed(instant, ZoneOffset.UTC));
	}

	@Test
	void issuedTokenIsGenuineForItsPurposeOnly() {
		String token = at(NOW).issue(7L, LinkPurpose.RESET_PASSWORD);

		assertThat(at(NOW).isGenuine(token, LinkPurpose.RESET_PASSWORD)).isTrue();
		assertThat(at(NOW).isGenuine(token, LinkPurpose.CONFIRM_EMAIL)).isFalse();
	}

	@Test
	void tokenStopsWorkingWhenItExpires() {
		String token = at(NOW).issue(7L, LinkPurpose.RESET_PASSWORD);

		assertThat(at(NOW.plus(Duration.ofMinutes(59))).isGenuine(token, LinkPurpose.RESET_PASSWORD)).isTrue();
		assertThat(at(NOW.plus(Duration.ofMinutes(61))).isGenuine(token, LinkPurpose.RESET_PASSWORD)).isFalse();
	}

	@Test
	void changingTheExpiryBreaksTheSignature() {
		String token = at(NOW).issue(7L, LinkPurpose.CONFIRM_EMAIL);
		long expiry = Long.parseLong(token.substring(0, token.indexOf('.')));
		String extended = (expiry + 86_400) + token.substring(token.indexOf('.'));

		assertThat(at(NOW).isGenuine(extended, LinkPurpose.CONFIRM_EMAIL)).isFalse();
	}

	@Test
	void malformedTokensAreNotGenuine() {
		LinkTokens tokens = at(NOW);
		assertThat(tokens.isGenuine(null, LinkPurpose.CONFIRM_EMAIL)).isFalse();
		assertThat(tokens.isGenuine("", LinkPurpose.CONFIRM_EMAIL)).isFalse();
		assertThat(tokens.isGenuine("abc", LinkPurpose.CONFIRM_EMAIL)).isFalse();
		assertThat(tokens.isGenuine("x.y.z", LinkPurpose.CONFIRM_EMAIL)).isFalse();
	}

}
