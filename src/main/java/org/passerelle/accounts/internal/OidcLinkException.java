package org.passerelle.accounts.internal;

/** An OpenID Connect identity that cannot be mapped to a local account. */
class OidcLinkException extends RuntimeException {

	private final String reason;

	/**
	 * @param reason a short code shown on the login page, e.g. {@code email-taken}
	 */
	OidcLinkException(String reason, String message) {
		super(message);
		this.reason = reason;
	}

	String reason() {
		return this.reason;
	}

}
