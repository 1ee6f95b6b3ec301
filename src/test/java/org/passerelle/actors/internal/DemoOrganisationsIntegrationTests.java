package org.passerelle.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationQuery;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The first start of a platform with demo content: its own application context. */
@PasserelleIntegrationTest
@TestPropertySource(properties = "passerelle.demo=true")
class DemoOrganisationsIntegrationTests {

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	DemoOrganisations demo;

	@Autowired
	Accounts accounts;

	@Autowired
	Taxonomies taxonomies;

	@Autowired
	Territories territories;

	@Test
	void loadsAtLeastThirtyOrganisationsWithValidCodesOnFirstStart() {
		assertThat(this.directory.count()).isGreaterThanOrEqualTo(30);
		assertThat(this.organisations.findAll()).allSatisfy(o -> {
			assertThat(this.taxonomies.exists(Taxonomies.ORGANISATION_TYPE, o.getType())).as(o.getName()).isTrue();
			assertThat(this.taxonomies.exists(Taxonomies.LEVEL, o.getLevel())).as(o.getName()).isTrue();
			if (o.getTerritoryId() != null) {
				assertThat(this.territories.find(o.getTerritoryId())).as(o.getName()).isPresent();
			}
		});
	}

	@Test
	void demoOrganisationsCanBeFound() {
		assertThat(this.directory.search(OrganisationQuery.text("rennes")).items())
			.extracting(OrganisationSummary::name)
			.contains("Ville de Rennes");
		assertThat(this.directory.search(OrganisationQuery.text("CCRE")).items()).extracting(OrganisationSummary::name)
			.containsExactly("Conseil des communes et régions d’Europe");
	}

	@Test
	void demoAccountsBelongToTheCityOfRennes() {
		long rennes = rennesId();
		CurrentUser editor = this.accounts.findByEmail(DemoOrganisations.EDITOR_EMAIL).orElseThrow();
		CurrentUser member = this.accounts.findByEmail(DemoOrganisations.MEMBER_EMAIL).orElseThrow();
		assertThat(editor.editorOf()).containsExactly(rennes);
		assertThat(member.memberOf()).containsExactly(rennes);
		assertThat(member.editorOf()).isEmpty();
	}

	@Test
	void loadsNothingOnceTheDirectoryHasOrganisations() {
		long before = this.directory.count();
		this.demo.loadOnFirstStart();
		assertThat(this.directory.count()).isEqualTo(before);
		assertThat(this.accounts.membersOf(rennesId())).hasSize(2);
	}

	private long rennesId() {
		List<OrganisationSummary> found = this.directory.search(OrganisationQuery.text("Ville de Rennes")).items();
		return found.stream().filter(o -> o.name().equals("Ville de Rennes")).findFirst().orElseThrow().id();
	}

}
