package org.passerelle.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: a user creates one for a script, sees it once, and the API then
 * accepts it in {@code Authorization: Bearer …} as that user until it expires or is
 * revoked.
 */
@Service
public class AccessTokens {

	/** Every token starts with this, so that secret scanners and people recognise it. */
	static final String PREFIX = "psl_";

	private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private final AccessTokenRepository tokens;

	private final UserAccountRepository users;

	AccessTokens(AccessTokenRepository tokens, UserAccountRepository users) {
		this.tokens = tokens;
		this.users = users;
	}

	/**
	 * Creates a token for the user.
	 * @param expiresOn the last day the token works (UTC), or {@code null} for no end
	 * @return the token's value, to show once: only its hash is kept
	 */
	@Transactional
	public IssuedToken create(long userId, String name, LocalDate expiresOn) {
		String value = PREFIX + Secrets.randomToken(32);
		Instant expires = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		AccessToken token = this.tokens.save(
				new AccessToken(userId, name, Secrets.sha256(value), value.substring(0, PREFIX.length() + 6), expires));
		return new IssuedToken(token.getId(), value);
	}

	/** The user's tokens, newest first. */
	@Transactional(readOnly = true)
	public List<AccessToken> of(long userId) {
		return this.tokens.findByUserIdOrderByCreatedAtDesc(userId);
	}

	/** Deletes one of the user's tokens; false if the user has no such token. */
	@Transactional
	public boolean revoke(long userId, long tokenId) {
		Optional<AccessToken> token = this.tokens.findByIdAndUserId(tokenId, userId);
		token.ifPresent(this.tokens::delete);
		return token.isPresent();
	}

	/**
	 * The principal a token value stands for, if it is known, unexpired and its account
	 * enabled.
	 */
	@Transactional
	public Optional<AccountPrincipal> authenticate(String value) {
		if (value == null || !value.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = Instant.now();
		return this.tokens.findByTokenHash(Secrets.sha256(value)).filter(t -> !t.isExpired(now)).flatMap(token -> {
			if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(LAST_USE_PRECISION))) {
				token.used(now);
			}
			return this.users.findById(token.getUserId());
		}).filter(UserAccount::isEnabled).map(user -> AccountPrincipal.of(user).withoutPassword());
	}

	@Transactional
	void deleteAllOf(long userId) {
		this.tokens.deleteByUserId(userId);
	}

	/**
	 * A token just created.
	 *
	 * @param id the token's id
	 * @param value the secret value, shown once
	 */
	public record IssuedToken(long id, String value) {
	}

}
