package org.passerelle.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.actors.ReferenceFiles;
import org.passerelle.actors.web.WebAddress;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.springframework.core.io.ClassPathResource;

class DemoOrganisationsTests {

	private final List<OrganisationData> demo = DemoOrganisations.read(new ClassPathResource(DemoOrganisations.FILE));

	private final Taxonomies taxonomies = ReferenceFiles.taxonomies();

	private final Territories territories = ReferenceFiles.territories();

	@Test
	void offersAtLeastThirtyOrganisationsOfEveryKindNamedInTheReferenceDocuments() {
		assertThat(this.demo).hasSizeGreaterThanOrEqualTo(30);
		assertThat(this.demo).extracting(OrganisationData::type)
			.contains("local-authority", "regional-authority", "national-authority", "eu-institution",
					"international-organisation", "lra-network");
		assertThat(this.demo).extracting(OrganisationData::name)
			.contains("Ville de Rennes", "Région Occitanie", "Conseil des communes et régions d’Europe")
			.doesNotHaveDuplicates();
	}

	@Test
	void everyDemoOrganisationHasValidCodes() {
		assertThat(this.demo).allSatisfy(o -> {
			assertThat(this.taxonomies.exists(Taxonomies.ORGANISATION_TYPE, o.type())).as(o.name()).isTrue();
			assertThat(this.taxonomies.exists(Taxonomies.LEVEL, o.level())).as(o.name()).isTrue();
			if (o.country() != null) {
				assertThat(this.territories.find("iso:" + o.country())).as(o.name()).isPresent();
			}
			if (o.territoryId() != null) {
				assertThat(this.territories.find(o.territoryId())).as(o.name()).isPresent();
			}
		});
	}

	@Test
	void everyDemoOrganisationIsCompleteAndFitsTheForm() {
		WebAddress.Validator website = new WebAddress.Validator();
		assertThat(this.demo).allSatisfy(o -> {
			assertThat(o.name()).isNotBlank().hasSizeLessThanOrEqualTo(300);
			assertThat(o.description()).as(o.name())
				.isNotBlank()
				.hasSizeLessThanOrEqualTo(Organisation.DESCRIPTION_MAX);
			assertThat(Analyzers.LANGUAGES).as(o.name()).contains(o.descriptionLanguage());
			assertThat(website.isValid(o.website(), null)).as(o.name()).isTrue();
		});
	}

	@Test
	void placesRennesInIlleEtVilaine() {
		assertThat(this.demo).filteredOn(o -> o.name().equals("Ville de Rennes"))
			.singleElement()
			.satisfies(o -> assertThat(o.territoryId()).isEqualTo("nuts:FRH03"));
	}

}
