package org.passerelle.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongPassphrase() {
		assertThat(this.policy.problems("rivers meet at the bridge", "ana@example.org", "Ana Lima")).isEmpty();
	}

	@Test
	void refusesShortCommonRepetitiveAndPersonalPasswords() {
		assertThat(this.policy.problems("Sh0rt!", null, null)).containsExactly("accounts.password.tooShort");
		assertThat(this.policy.problems("Password123", null, null)).containsExactly("accounts.password.tooCommon");
		assertThat(this.policy.problems("aaaaabbbbbaaaaa", null, null)).containsExactly("accounts.password.tooCommon");
		assertThat(this.policy.problems("marta.reis.2025", "marta.reis@example.org", null))
			.containsExactly("accounts.password.personal");
		assertThat(this.policy.problems("I am MartaReis!", "m@example.org", "Marta Reis"))
			.containsExactly("accounts.password.personal");
	}

	@Test
	void countsCharactersNotBytes() {
		assertThat(this.policy.problems("été à l’île", null, null)).isEmpty();
		assertThat(this.policy.problems("مرحبا بكم جميعا", null, null)).isEmpty();
	}

	@Test
	void refusesPasswordsBcryptWouldTruncate() {
		assertThat(this.policy.problems("é".repeat(40), null, null)).contains("accounts.password.tooLong");
	}

}
