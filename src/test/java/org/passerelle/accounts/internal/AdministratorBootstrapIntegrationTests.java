package org.passerelle.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Role;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * A start with PASSERELLE_ADMIN_EMAIL and PASSERELLE_ADMIN_PASSWORD set (its own
 * context).
 */
@PasserelleIntegrationTest
@TestPropertySource(properties = { "passerelle.admin.email=First.Admin@Example.org",
		"passerelle.admin.password=chosen by the operator" })
class AdministratorBootstrapIntegrationTests {

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void firstAdministratorComesFromTheSettings() {
		UserAccount admin = this.users.findByEmail("first.admin@example.org").orElseThrow();

		assertThat(admin.getRoles()).contains(Role.ADMINISTRATOR);
		assertThat(admin.isEmailConfirmed()).isTrue();
		assertThat(this.passwords.matches("chosen by the operator", admin.getPasswordHash())).isTrue();
		assertThat(this.users.findByEmail(AdministratorBootstrap.DEFAULT_EMAIL)).isEmpty();
	}

}
