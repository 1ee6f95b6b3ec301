package org.passerelle.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks the tokens of links sent by mail. A token reads
 * {@code <expiry seconds>.<random>.<HMAC>}: the signature binds the expiry and the
 * purpose, so a forged or stale link is refused before any lookup; the stored SHA-256
 * hash makes each link single-use and lets a newer link replace an older one.
 */
@Component
class LinkTokens {

	private final LinkTokenRepository tokens;

	private final SigningKeyStore keys;

	private final AccountsProperties properties;

	private final Clock clock;

	@Autowired
	LinkTokens(LinkTokenRepository tokens, SigningKeyStore keys, AccountsProperties properties) {
		this(tokens, keys, properties, Clock.systemUTC());
	}

	LinkTokens(LinkTokenRepository tokens, SigningKeyStore keys, AccountsProperties properties, Clock clock) {
		this.tokens = tokens;
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
	}

	/** A new token for the user, replacing earlier ones with the same purpose. */
	@Transactional
	String issue(long userId, LinkPurpose purpose) {
		Instant expires = this.clock.instant().plus(purpose.validity(this.properties));
		String unsigned = expires.getEpochSecond() + "." + Secrets.randomToken(32);
		String token = unsigned + "." + sign(purpose, unsigned);
		this.tokens.deleteByUserIdAndPurpose(userId, purpose);
		this.tokens.save(new LinkToken(userId, purpose, Secrets.sha256(token), expires));
		return token;
	}

	/**
	 * The user the token was issued to, if it is genuine, unexpired and unused; the token
	 * is used up.
	 */
	@Transactional
	Optional<Long> consume(String token, LinkPurpose purpose) {
		if (!isGenuine(token, purpose)) {
			return Optional.empty();
		}
		Optional<LinkToken> found = this.tokens.findByTokenHashAndPurpose(Secrets.sha256(token), purpose)
			.filter(t -> t.getExpiresAt().isAfter(this.clock.instant()));
		found.ifPresent(this.tokens::delete);
		return found.map(LinkToken::getUserId);
	}

	/**
	 * The user the token was issued to, if it is genuine, unexpired and unused; the token
	 * stays valid.
	 */
	@Transactional(readOnly = true)
	Optional<Long> peek(String token, LinkPurpose purpose) {
		if (!isGenuine(token, purpose)) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHashAndPurpose(Secrets.sha256(token), purpose)
			.filter(t -> t.getExpiresAt().isAfter(this.clock.instant()))
			.map(LinkToken::getUserId);
	}

	/**
	 * Whether the token is well formed, signed by this platform for that purpose and
	 * unexpired.
	 */
	boolean isGenuine(String token, LinkPurpose purpose) {
		if (token == null) {
			return false;
		}
		int last = token.lastIndexOf('.');
		int first = token.indexOf('.');
		if (first <= 0 || last <= first) {
			return false;
		}
		String unsigned = token.substring(0, last);
		byte[] expected = sign(purpose, unsigned).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, actual)) {
			return false;
		}
		try {
			long expiry = Long.parseLong(token.substring(0, first));
			return Instant.ofEpochSecond(expiry).isAfter(this.clock.instant());
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** Forgets links nobody followed in time. */
	@Scheduled(cron = "0 23 3 * * *")
	@Transactional
	public void deleteExpired() {
		this.tokens.deleteExpired(this.clock.instant());
	}

	@Transactional
	void forget(long userId) {
		this.tokens.deleteByUserId(userId);
	}

	private String sign(LinkPurpose purpose, String unsigned) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.keys.key());
			byte[] signature = mac.doFinal((purpose.name() + "|" + unsigned).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
