package org.passerelle.accounts.internal;

import java.util.Locale;

/**
 * A request to open an account.
 *
 * @param displayName the name shown to others
 * @param email the address to confirm and sign in with
 * @param password the chosen password, already checked against the {@link PasswordPolicy}
 * @param locale the preferred language of pages and mail
 */
public record Registration(String displayName, String email, String password, Locale locale) {
}
