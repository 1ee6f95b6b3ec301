package org.passerelle.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.OrganisationDetails;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationRegistry;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@PasserelleIntegrationTest
class OrganisationRegistrationIntegrationTests {

	@Autowired
	OrganisationRegistry registry;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	Accounts accounts;

	@Test
	void registersAnOrganisationWithoutASignedInUserAndWithoutMembers() {
		long id = this.registry.register("  Ville de Saint-Malo (registry) ", "VSM", "local-authority", "local", "fr");

		OrganisationDetails organisation = this.directory.get(id);
		assertThat(organisation.name()).isEqualTo("Ville de Saint-Malo (registry)");
		assertThat(organisation.acronym()).isEqualTo("VSM");
		assertThat(organisation.country()).isEqualTo("FR");
		assertThat(organisation.type()).isEqualTo("local-authority");
		assertThat(this.accounts.membersOf(id)).isEmpty();
	}

	@Test
	void rejectsUnknownCodesNamingTheValue() {
		long before = this.directory.count();

		assertThatThrownBy(() -> this.registry.register("Somewhere", null, "town-hall", "local", "FR"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("town-hall");
		assertThatThrownBy(() -> this.registry.register("Somewhere", null, "local-authority", "galactic", "FR"))
			.hasMessageContaining("galactic");
		assertThatThrownBy(() -> this.registry.register("Somewhere", null, "local-authority", "local", "XX"))
			.hasMessageContaining("XX");
		assertThatThrownBy(() -> this.registry.register(" ", null, "local-authority", "local", "FR"))
			.hasMessageContaining("name");
		assertThat(this.directory.count()).isEqualTo(before);
	}

}
