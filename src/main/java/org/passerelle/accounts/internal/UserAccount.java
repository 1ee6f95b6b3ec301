package org.passerelle.accounts.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.passerelle.accounts.Role;

/** A person who signs in. Holds as little personal data as the platform needs. */
@Entity
@Table(name = "accounts_user")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "email_confirmed", nullable = false)
	private boolean emailConfirmed;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(nullable = false)
	private String locale = "fr";

	@Column(name = "oidc_issuer")
	private String oidcIssuer;

	@Column(name = "oidc_subject")
	private String oidcSubject;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "notification_frequency", nullable = false, length = 10)
	private NotificationFrequency notificationFrequency = NotificationFrequency.IMMEDIATE;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "accounts_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccount() {
	}

	public UserAccount(String email, String displayName, Locale locale) {
		this.email = normaliseEmail(email);
		this.displayName = displayName.strip();
		this.locale = locale == null ? "fr" : locale.getLanguage();
		this.createdAt = Instant.now();
		this.roles.add(Role.MEMBER);
	}

	/** Addresses compare without case and surrounding blanks. */
	public static String normaliseEmail(String email) {
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName.strip();
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public boolean isEmailConfirmed() {
		return this.emailConfirmed;
	}

	public void confirmEmail() {
		this.emailConfirmed = true;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Locale getLocale() {
		return Locale.forLanguageTag(this.locale);
	}

	public void setLocale(Locale locale) {
		this.locale = locale.getLanguage();
	}

	public String getOidcIssuer() {
		return this.oidcIssuer;
	}

	public String getOidcSubject() {
		return this.oidcSubject;
	}

	public void linkOidc(String issuer, String subject) {
		this.oidcIssuer = issuer;
		this.oidcSubject = subject;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public void recordLogin() {
		this.lastLoginAt = Instant.now();
	}

	public NotificationFrequency getNotificationFrequency() {
		return this.notificationFrequency;
	}

	public void setNotificationFrequency(NotificationFrequency frequency) {
		this.notificationFrequency = frequency;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void grant(Role role) {
		this.roles.add(role);
	}

	public void revoke(Role role) {
		if (role != Role.MEMBER) {
			this.roles.remove(role);
		}
	}

}
