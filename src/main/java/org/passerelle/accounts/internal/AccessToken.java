package org.passerelle.accounts.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal access token for the API. Only its hash and first characters are kept. */
@Entity
@Table(name = "accounts_access_token")
public class AccessToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "token_hint", nullable = false)
	private String tokenHint;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	protected AccessToken() {
	}

	AccessToken(long userId, String name, String tokenHash, String tokenHint, Instant expiresAt) {
		this.userId = userId;
		this.name = name.strip();
		this.tokenHash = tokenHash;
		this.tokenHint = tokenHint;
		this.createdAt = Instant.now();
		this.expiresAt = expiresAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getUserId() {
		return this.userId;
	}

	public String getName() {
		return this.name;
	}

	/** The first characters of the token, so that its owner can recognise it. */
	public String getTokenHint() {
		return this.tokenHint;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public boolean isExpired(Instant now) {
		return this.expiresAt != null && !this.expiresAt.isAfter(now);
	}

	void used(Instant now) {
		this.lastUsedAt = now;
	}

}
