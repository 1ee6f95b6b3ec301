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

import org.passerelle.accounts.MembershipRole;

/**
 * A user's membership of an organisation, referenced by id (the actors module owns it).
 */
@Entity
@Table(name = "accounts_membership")
public class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(name = "organisation_id", nullable = false)
	private long organisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MembershipRole role;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Membership() {
	}

	public Membership(long userId, long organisationId, MembershipRole role) {
		this.userId = userId;
		this.organisationId = organisationId;
		this.role = role;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public long getUserId() {
		return this.userId;
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	public MembershipRole getRole() {
		return this.role;
	}

	public void setRole(MembershipRole role) {
		this.role = role;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
