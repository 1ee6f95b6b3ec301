package org.passerelle.accounts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secret that signs mailed links. It lives in the database so that every node shares
 * it: the first node that needs it creates it, and a node that loses that race reads the
 * winner's.
 */
@Component
class SigningKeyStore {

	private static final String SELECT = "select secret from accounts_signing_key where id = 1";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private volatile SecretKeySpec key;

	SigningKeyStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	SecretKeySpec key() {
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
		List<String> found = this.ownTransaction.execute(status -> this.jdbc.queryForList(SELECT, String.class));
		return found == null || found.isEmpty() ? null : found.get(0);
	}

	private String create() {
		String secret = Secrets.randomToken(32);
		try {
			this.ownTransaction.executeWithoutResult(status -> this.jdbc.update(
					"insert into accounts_signing_key (id, secret, created_at) values (1, ?, ?)", secret,
					Timestamp.from(Instant.now())));
			return secret;
		}
		catch (DataIntegrityViolationException ex) {
			return existing();
		}
	}

}
