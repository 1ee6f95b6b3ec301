package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.kernel.PasserelleProperties;
import org.passerelle.practices.PracticeLines;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The JSON Lines export, the same format as the import. */
@PasserelleIntegrationTest
class PracticeExporterIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PracticeExporter exporter;

	@Autowired
	PracticeImporter importer;

	@Autowired
	PracticeEditor editor;

	@Autowired
	PracticeRepository practices;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	PasserelleProperties properties;

	final PracticeLines lines = new PracticeLines();

	@Test
	void writesBackExactlyTheLinesThatWereImported() {
		Map<String, Object> full = this.lines.practice(1);
		Map<String, Object> minimal = Map.of("externalId", this.lines.externalId(2), "language", "es", "title",
				"Mínima" + this.lines.suffix, "summary", "Solo lo obligatorio.", "countries", List.of("ES"), "themes",
				List.of("integration"));
		String file = PracticeLines.file(List.of(PracticeLines.line(full), PracticeLines.line(minimal)));
		assertThat(this.importer
			.importLines(new ByteArrayResource(file.getBytes(StandardCharsets.UTF_8)), PracticeStatus.PUBLISHED, null,
					PracticeImporter.Progress.NONE)
			.succeeded()).isTrue();

		Map<String, JsonNode> exported = exported(PracticeStatus.PUBLISHED);

		assertThat(exported.get(this.lines.externalId(1))).isEqualTo(JSON.valueToTree(full));
		assertThat(exported.get(this.lines.externalId(2))).isEqualTo(JSON.valueToTree(minimal));
	}

	@Test
	void writesOnlyThePracticesWithTheStatusAsked() {
		String file = this.lines.file(1);
		this.importer.importLines(new ByteArrayResource(file.getBytes(StandardCharsets.UTF_8)), PracticeStatus.DRAFT,
				null, PracticeImporter.Progress.NONE);

		assertThat(exported(PracticeStatus.PUBLISHED)).doesNotContainKey(this.lines.externalId(1));
		assertThat(exported(PracticeStatus.DRAFT)).containsKey(this.lines.externalId(1));
	}

	@Test
	void identifiesAPracticeWrittenOnThePlatformByItsAddressAndUpdatesItOnImport() {
		PracticeTestSupport support = new PracticeTestSupport(this.accounts, this.organisations,
				new TransactionTemplate(this.transactionManager));
		long city = support.organisation("Ville de Brest" + this.lines.suffix);
		var editor = support.editorOf(city, "Brest editor");
		long id = support.as(editor, () -> this.editor.create(PracticeTestSupport
			.withTitle(PracticeTestSupport.content(city), "Écrite sur la plateforme" + this.lines.suffix)));
		String address = this.properties.baseUrl().replaceAll("/+$", "") + "/practices/" + id;

		JsonNode line = exported(PracticeStatus.DRAFT).get(address);
		assertThat(line).as("exported with its address").isNotNull();
		long count = this.practices.count();
		String changed = line.toString().replace("Écrite sur la plateforme", "Réécrite");
		var result = this.importer.importLines(new ByteArrayResource(changed.getBytes(StandardCharsets.UTF_8)),
				PracticeStatus.PUBLISHED, null, PracticeImporter.Progress.NONE);

		assertThat(result.updated()).as("%s", result.problems()).isEqualTo(1);
		assertThat(this.practices.count()).isEqualTo(count);
		Practice practice = this.practices.findById(id).orElseThrow();
		assertThat(practice.getTitle()).isEqualTo("Réécrite" + this.lines.suffix);
		assertThat(practice.getStatus()).isEqualTo(PracticeStatus.DRAFT);
	}

	private Map<String, JsonNode> exported(PracticeStatus status) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int count = this.exporter.export(status, out);
		List<String> written = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(written).hasSize(count);
		return written.stream()
			.map(JSON::readTree)
			.collect(java.util.stream.Collectors.toMap(j -> j.get("externalId").asString(), j -> j));
	}

}
