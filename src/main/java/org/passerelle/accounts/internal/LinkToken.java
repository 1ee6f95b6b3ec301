package org.passerelle.accounts.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A link sent by mail that has not been followed yet; only the token's hash is kept. */
@Entity
@Table(name = "accounts_link_token")
class LinkToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LinkPurpose purpose;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	protected LinkToken() {
	}

	LinkToken(long userId, LinkPurpose purpose, String tokenHash, Instant expiresAt) {
		this.userId = userId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = Instant.now();
		this.expiresAt = expiresAt;
	}

	long getUserId() {
		return this.userId;
	}

	LinkPurpose getPurpose() {
		return this.purpose;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

}
