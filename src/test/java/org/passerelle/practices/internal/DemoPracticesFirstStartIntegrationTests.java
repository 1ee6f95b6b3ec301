package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationQuery;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

/**
 * The first start of a platform with demo content: the demo practices come after the demo
 * organisations and name them rather than duplicate them. Same context as the actors'
 * demo test.
 */
@PasserelleIntegrationTest
@TestPropertySource(properties = "passerelle.demo=true")
class DemoPracticesFirstStartIntegrationTests {

	@Autowired
	PracticeRepository practices;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void publishesEveryDemoPracticeOnFirstStart() throws IOException {
		long lines;
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource(DemoPractices.FILE).getInputStream(), StandardCharsets.UTF_8))) {
			lines = reader.lines().filter(l -> !l.isBlank()).count();
		}
		List<Practice> demo = this.practices.findAll()
			.stream()
			.filter(p -> p.getExternalId() != null && p.getExternalId().startsWith("passerelle-demo-"))
			.toList();

		assertThat(demo).hasSize((int) lines);
		assertThat(demo).extracting(Practice::getStatus).containsOnly(PracticeStatus.PUBLISHED);
		assertThat(demo).extracting(Practice::getLanguage).contains("fr", "en", "es", "pt");
	}

	@Test
	void namesTheDemoOrganisationsInsteadOfAddingThemAgain() {
		List<OrganisationSummary> rennes = this.directory.search(OrganisationQuery.text("Ville de Rennes"))
			.items()
			.stream()
			.filter(o -> o.name().equals("Ville de Rennes"))
			.toList();
		Practice first = this.practices.findByExternalId("passerelle-demo-001").orElseThrow();

		assertThat(rennes).hasSize(1);
		assertThat(first.getLeadOrganisationId()).isEqualTo(rennes.get(0).id());
	}

}
