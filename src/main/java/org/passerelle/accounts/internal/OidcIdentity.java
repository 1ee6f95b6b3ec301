package org.passerelle.accounts.internal;

import java.util.Locale;

/**
 * Who an OpenID Connect provider says the user is.
 *
 * @param issuer the provider's issuer URL
 * @param subject the user's stable id at the provider
 * @param email the address the provider gives, or {@code null}
 * @param emailVerified whether the provider vouches for the address
 * @param name the user's name at the provider, or {@code null}
 * @param locale the user's language at the provider, or {@code null}
 */
record OidcIdentity(String issuer, String subject, String email, boolean emailVerified, String name, Locale locale) {
}
