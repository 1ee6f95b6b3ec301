package org.passerelle.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.Role;
import org.passerelle.kernel.cli.CliCommand;
import org.passerelle.kernel.cli.CliException;
import org.passerelle.kernel.cli.CommandLineMode;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@PasserelleIntegrationTest
class UserCommandsIntegrationTests {

	@Autowired
	CreateAdminCommand createAdmin;

	@Autowired
	Collection<CliCommand> commands;

	@Autowired
	Accounts accounts;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwords;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	static String uniqueAddress(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	int dispatch(String... words) {
		return CommandLineMode.dispatch(this.commands, List.of(words), print(this.out), print(this.err));
	}

	static PrintStream print(ByteArrayOutputStream buffer) {
		return new PrintStream(buffer, true, StandardCharsets.UTF_8);
	}

	@Test
	void createAdminWithAGivenPasswordMakesAConfirmedAdministrator() throws Exception {
		String email = uniqueAddress("operator");

		int status = this.createAdmin.run(List.of(email, "--password", "operators keep it safe", "--name", "Ops Team"),
				print(this.out));

		assertThat(status).isZero();
		UserAccount admin = this.users.findByEmail(email).orElseThrow();
		assertThat(admin.getRoles()).contains(Role.ADMINISTRATOR);
		assertThat(admin.isEmailConfirmed()).isTrue();
		assertThat(admin.getDisplayName()).isEqualTo("Ops Team");
		assertThat(this.passwords.matches("operators keep it safe", admin.getPasswordHash())).isTrue();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Created administrator " + email)
			.doesNotContain("Password:");
	}

	@Test
	void createAdminWithoutPasswordPrintsAGeneratedOne() {
		String email = uniqueAddress("generated");

		int status = dispatch("users", "create-admin", email);

		assertThat(status).isZero();
		String printed = this.out.toString(StandardCharsets.UTF_8);
		String password = printed.substring(printed.indexOf("Password: ") + 10).strip();
		assertThat(password).hasSizeGreaterThanOrEqualTo(12);
		assertThat(this.passwords.matches(password, this.users.findByEmail(email).orElseThrow().getPasswordHash()))
			.isTrue();
	}

	@Test
	void createAdminFailsWithStatusOneWhenTheAddressIsTaken() {
		String email = uniqueAddress("taken");
		this.accounts.createConfirmedUser(email, "Already Here", "someone was first", Locale.ENGLISH,
				Set.of(Role.MEMBER));

		assertThatThrownBy(() -> this.createAdmin.run(List.of(email), print(this.out))).isInstanceOf(CliException.class)
			.hasMessageContaining("already exists");
		assertThat(dispatch("users", "create-admin", email)).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Error: An account already exists for " + email);
		assertThat(this.users.findByEmail(email).orElseThrow().getRoles()).doesNotContain(Role.ADMINISTRATOR);
	}

	@Test
	void createAdminFailsWithStatusOneForAnInvalidAddress() {
		assertThat(dispatch("users", "create-admin", "not-an-address")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Not a valid e-mail address");
	}

	@Test
	void createAdminRefusesAWeakPassword() {
		String email = uniqueAddress("weak");
		assertThat(dispatch("users", "create-admin", email, "--password=admin")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("too weak");
		assertThat(this.users.findByEmail(email)).isEmpty();
	}

	@Test
	void usersListShowsAddressesRolesAndState() {
		String email = uniqueAddress("listed");
		this.accounts.createConfirmedUser(email, "Listed Person", "on the list we go", Locale.ENGLISH,
				Set.of(Role.MEMBER, Role.MODERATOR));

		assertThat(dispatch("users", "list")).isZero();

		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains(email)
			.contains("MEMBER,MODERATOR")
			.contains("active");
	}

}
