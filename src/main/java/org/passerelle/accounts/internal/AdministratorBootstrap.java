package org.passerelle.accounts.internal;

import java.util.Locale;

import org.passerelle.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure a fresh platform can be administered. On a start with no administrator:
 * {@code PASSERELLE_ADMIN_EMAIL} and {@code PASSERELLE_ADMIN_PASSWORD} create that
 * administrator; without them the server creates {@code admin@passerelle.local} with a
 * random password written once to the log (commands run from the command line do not,
 * they would print it where nobody looks).
 */
@Component
class AdministratorBootstrap implements ApplicationRunner {

	static final String DEFAULT_EMAIL = "admin@passerelle.local";

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final String email;

	private final String password;

	private final boolean commandLine;

	AdministratorBootstrap(UserAccountRepository users, PasswordEncoder passwords, PasswordPolicy policy,
			@Value("${passerelle.admin.email:}") String email, @Value("${passerelle.admin.password:}") String password,
			@Value("${passerelle.cli:false}") boolean commandLine) {
		this.users = users;
		this.passwords = passwords;
		this.policy = policy;
		this.email = email;
		this.password = password;
		this.commandLine = commandLine;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.existsWithRole(Role.ADMINISTRATOR)) {
			return;
		}
		if (!this.email.isBlank()) {
			fromSettings();
		}
		else if (!this.commandLine) {
			withGeneratedPassword();
		}
	}

	private void fromSettings() {
		UserAccount existing = this.users.findByEmail(UserAccount.normaliseEmail(this.email)).orElse(null);
		if (existing != null) {
			existing.grant(Role.ADMINISTRATOR);
			existing.confirmEmail();
			log.info("First administrator: the existing account {} was made administrator (its password is unchanged)",
					existing.getEmail());
			return;
		}
		String chosen = this.password;
		boolean generated = chosen.isBlank();
		if (generated) {
			chosen = Secrets.randomPassword(16);
		}
		else if (!this.policy.problems(chosen, this.email, null).isEmpty()) {
			log.warn("PASSERELLE_ADMIN_PASSWORD is weak ({}); change it after the first login",
					this.policy.problems(chosen, this.email, null));
		}
		create(this.email, chosen);
		if (generated) {
			log.warn(
					"First administrator {} created with the one-time password {} (shown only now): log in and change it",
					UserAccount.normaliseEmail(this.email), chosen);
		}
		else {
			log.info("First administrator {} created from PASSERELLE_ADMIN_EMAIL",
					UserAccount.normaliseEmail(this.email));
		}
	}

	private void withGeneratedPassword() {
		if (this.users.findByEmail(DEFAULT_EMAIL).isPresent()) {
			log.error("No administrator, and {} belongs to a member: set PASSERELLE_ADMIN_EMAIL and "
					+ "PASSERELLE_ADMIN_PASSWORD, or run 'users create-admin'", DEFAULT_EMAIL);
			return;
		}
		String generated = Secrets.randomPassword(16);
		create(DEFAULT_EMAIL, generated);
		log.warn(
				"No administrator yet: created {} with the one-time password {} (shown only now). Log in, change it, "
						+ "or set PASSERELLE_ADMIN_EMAIL and PASSERELLE_ADMIN_PASSWORD before the first start",
				DEFAULT_EMAIL, generated);
	}

	private void create(String address, String rawPassword) {
		UserAccount admin = new UserAccount(address, "Administrator", Locale.FRENCH);
		admin.setPasswordHash(this.passwords.encode(rawPassword));
		admin.confirmEmail();
		admin.grant(Role.ADMINISTRATOR);
		this.users.save(admin);
	}

}
