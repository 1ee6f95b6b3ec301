package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.PracticeImporter.Result;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** Demo practices loaded from a file, on a platform without demo content. */
@PasserelleIntegrationTest
class DemoPracticesIntegrationTests {

	@Autowired
	DemoPractices demo;

	@Autowired
	PracticeRepository practices;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void loadsTheFileAsPublishedPracticesAndAddsTheOrganisationsItNames() {
		Result result = this.demo.load(new ClassPathResource("practices/demo-fixture.jsonl")).orElseThrow();

		assertThat(result.succeeded()).as("%s", result.problems()).isTrue();
		assertThat(result.created()).isEqualTo(3);
		assertThat(result.organisationsCreated()).isEqualTo(4);
		List<Practice> loaded = List.of("fixture-demo-001", "fixture-demo-002", "fixture-demo-003")
			.stream()
			.map(id -> this.practices.findByExternalId(id).orElseThrow())
			.toList();
		assertThat(loaded).extracting(Practice::getStatus).containsOnly(PracticeStatus.PUBLISHED);
		assertThat(loaded).extracting(Practice::getLanguage).containsExactly("fr", "es", "pt");
		assertThat(this.directory.findByName("Ville de Saint-Malo (fixture)", "FR")).isPresent();
		assertThat(this.directory.findByName("Organisation internationale (fixture)", null))
			.hasValueSatisfying(o -> assertThat(o.level()).isEqualTo("international"));
	}

	@Test
	void skipsQuietlyWhenTheFileIsAbsent() {
		long before = this.practices.count();

		assertThat(this.demo.load(new ClassPathResource("practices/no-such-file.jsonl"))).isEmpty();
		this.demo.loadOnFirstStart();

		assertThat(this.practices.count()).isEqualTo(before);
	}

}
