package org.passerelle.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: long enough, not one of the passwords everybody tries
 * first, not the user's own address or name, not a single repeated pattern. Length counts
 * more than character classes (NIST SP 800-63B).
 */
@Component
public class PasswordPolicy {

	/** The shortest password accepted. */
	public static final int MIN_LENGTH = 10;

	/** The longest password accepted (bcrypt reads 72 bytes at most). */
	public static final int MAX_LENGTH = 72;

	private static final Set<String> COMMON = Set.of("password", "motdepasse", "contraseña", "contrasena", "senha",
			"123456789", "1234567890", "0123456789", "azertyuiop", "qwertyuiop", "qwerty123", "azerty123", "password1",
			"password123", "motdepasse1", "iloveyou", "passerelle", "passerelle1", "admin12345", "administrator",
			"administrateur", "welcome123", "bienvenue1", "letmein123", "abcdefghij", "1q2w3e4r5t", "11111111111",
			"000000000");

	/**
	 * The message keys of the rules the password breaks; empty when it is acceptable.
	 * @param password the candidate password
	 * @param email the account's address, or {@code null}
	 * @param displayName the account's name, or {@code null}
	 */
	public List<String> problems(String password, String email, String displayName) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add("accounts.password.tooShort");
			return problems;
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
			problems.add("accounts.password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || password.codePoints().distinct().count() < 5) {
			problems.add("accounts.password.tooCommon");
		}
		if (contains(lower, email == null ? null : email.split("@")[0])
				|| contains(lower, displayName == null ? null : displayName.replace(" ", ""))) {
			problems.add("accounts.password.personal");
		}
		return problems;
	}

	private static boolean contains(String password, String part) {
		if (part == null || part.strip().length() < 4) {
			return false;
		}
		return password.contains(part.strip().toLowerCase(Locale.ROOT));
	}

}
