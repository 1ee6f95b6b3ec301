package org.passerelle.kernel.mail.inbound.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tokens of the links that unknown senders follow to confirm their address. A token
 * reads {@code <mail id>.<expiry seconds>.<random>.<HMAC>}: the signature binds the mail
 * and the expiry, so a forged or stale link is refused before any lookup; the mail keeps
 * the token's SHA-256 hash, so a link works once and only for its own mail. The key lives
 * in {@code kernel_secret}, shared by every node.
 */
@Component
class ConfirmationLinks {

	private static final String KEY_NAME = "inbound-mail-confirmation";

	private static final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private volatile SecretKeySpec key;

	ConfirmationLinks(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A new token for the mail, valid until {@code expires}. */
	String issue(long mailId, Instant expires) {
		String unsigned = mailId + "." + expires.getEpochSecond() + "." + randomToken();
		return unsigned + "." + sign(unsigned);
	}

	/**
	 * The mail the token was issued for, if it is genuine and unexpired at {@code now};
	 * whether it is still unused is for the caller to check against the stored hash.
	 */
	OptionalLong verify(String token, Instant now) {
		if (token == null || token.length() > 300) {
			return OptionalLong.empty();
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 4) {
			return OptionalLong.empty();
		}
		String unsigned = parts[0] + "." + parts[1] + "." + parts[2];
		byte[] expected = sign(unsigned).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
			return OptionalLong.empty();
		}
		try {
			long mailId = Long.parseLong(parts[0]);
			long expiry = Long.parseLong(parts[1]);
			return Instant.ofEpochSecond(expiry).isAfter(now) ? OptionalLong.of(mailId) : OptionalLong.empty();
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	/** The lowercase hex SHA-256 of the token: what the mail stores. */
	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String sign(String unsigned) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			byte[] signature = mac.doFinal(("inbound-mail|" + unsigned).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec current = this.key;
		if (current == null) {
			String secret = existing();
			if (secret == null) {
				secret = create();
			}
			current = new SecretKeySpec(Base64.getUrlDecoder().decode(secret), "HmacSHA256");
			this.key = current;
		}
		return current;
	}

	private String existing() {
		List<String> found = this.ownTransaction.execute(status -> this.jdbc
			.queryForList("select secret from kernel_secret where name = ?", String.class, KEY_NAME));
		return found == null || found.isEmpty() ? null : found.get(0);
	}

	private String create() {
		String secret = randomToken();
		try {
			this.ownTransaction.executeWithoutResult(
					status -> this.jdbc.update("insert into kernel_secret (name, secret, created_at) values (?, ?, ?)",
							KEY_NAME, secret, Timestamp.from(Instant.now())));
			return secret;
		}
		catch (DataIntegrityViolationException ex) {
			return existing();
		}
	}

	private static String randomToken() {
		byte[] value = new byte[32];
		random.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

}
