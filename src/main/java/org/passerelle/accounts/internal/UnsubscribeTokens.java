package org.passerelle.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;

import org.springframework.stereotype.Component;

/**
 * The tokens of unsubscribe links: {@code <user id>.<HMAC>}, signed with the platform's
 * link key. Nothing is stored and they do not expire, so the link in an old mail still
 * works; all one can do with a token is stop the notification mail of that one user.
 */
@Component
class UnsubscribeTokens {

	private static final String PURPOSE = "UNSUBSCRIBE|";

	private final SigningKeyStore keys;

	UnsubscribeTokens(SigningKeyStore keys) {
		this.keys = keys;
	}

	String issue(long userId) {
		return userId + "." + sign(Long.toString(userId));
	}

	/** The user the token was issued to, if it is genuine. */
	Optional<Long> userOf(String token) {
		if (token == null) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String user = token.substring(0, dot);
		byte[] expected = sign(user).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, actual)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(user));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private String sign(String userId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.keys.key());
			byte[] signature = mac.doFinal((PURPOSE + userId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
