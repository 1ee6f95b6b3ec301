package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.PracticeLines;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.internal.PracticeImporter.Problem;
import org.passerelle.practices.internal.PracticeImporter.Result;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The JSON Lines import: all or nothing, every problem by line and field. */
@PasserelleIntegrationTest
class PracticeImporterIntegrationTests {

	@Autowired
	PracticeImporter importer;

	@Autowired
	PracticeRepository practices;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PracticeMessages messages;

	@Autowired
	Accounts accounts;

	@Autowired
	PlatformTransactionManager transactionManager;

	PracticeTestSupport support;

	PracticeLines lines;

	@BeforeEach
	void setUp() {
		this.support = new PracticeTestSupport(this.accounts, this.organisations,
				new TransactionTemplate(this.transactionManager));
		this.lines = new PracticeLines();
	}

	@Test
	void rejectsAFileWhoseSeventhLineHasAnUnknownThemeAndWritesNothing() {
		List<String> file = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			Map<String, Object> practice = this.lines.practice(i);
			// every line names a new organisation, which a partial import would add
			practice.put("organisation",
					PracticeLines.organisation("Commune " + i + this.lines.suffix, "local-authority", "FR", "local"));
			if (i == 7) {
				practice.put("themes", List.of("housing", "xyz"));
			}
			file.add(PracticeLines.line(practice));
		}
		long practicesBefore = this.practices.count();
		long organisationsBefore = this.directory.count();

		Result result = importAsSystem(PracticeLines.file(file), PracticeStatus.PUBLISHED);

		assertThat(result.succeeded()).isFalse();
		assertThat(result.problems()).extracting(Problem::line, Problem::field).containsExactly(tuple(7, "themes"));
		assertThat(english(result.problems().get(0))).isEqualTo("\"xyz\" is not a known theme code.");
		assertThat(this.practices.count()).as("practices").isEqualTo(practicesBefore);
		assertThat(this.directory.count()).as("organisations").isEqualTo(organisationsBefore);
		assertThat(this.practices.findByExternalId(this.lines.externalId(1))).isEmpty();
	}

	@Test
	void reportsEveryProblemOfEveryLineWithItsField() {
		Map<String, Object> unknownField = this.lines.practice(1);
		unknownField.put("colour", "blue");
		Map<String, Object> wrongTypes = this.lines.practice(2);
		wrongTypes.put("countries", "FR");
		wrongTypes.put("gcmObjectives", List.of("15"));
		wrongTypes.put("startYear", 2016.5);
		Map<String, Object> missing = this.lines.practice(4);
		missing.remove("title");
		missing.remove("themes");
		missing.remove("externalId");
		Map<String, Object> badOrganisation = this.lines.practice(7);
		badOrganisation.put("organisation",
				PracticeLines.organisation("Mairie" + this.lines.suffix, "town-hall", "FR", "local"));
		Map<String, Object> nestedUnknown = this.lines.practice(8);
		@SuppressWarnings("unchecked")
		Map<String, Object> translation = (Map<String, Object>) ((Map<String, Object>) nestedUnknown
			.get("translations")).get("en");
		translation.put("subtitle", "no such field");
		String file = PracticeLines.file(List.of(PracticeLines.line(unknownField), PracticeLines.line(wrongTypes),
				"{\"externalId\": \"broken\", \"title\": ", PracticeLines.line(missing), "   ", "[1, 2]",
				PracticeLines.line(badOrganisation), PracticeLines.line(nestedUnknown),
				PracticeLines.line(this.lines.practice(9))));

		Result result = importAsSystem(file, PracticeStatus.PUBLISHED);

		assertThat(result.problems()).extracting(Problem::line, Problem::field)
			.containsExactly(tuple(1, "colour"), tuple(2, "countries"), tuple(2, "gcmObjectives"),
					tuple(2, "startYear"), tuple(3, null), tuple(4, "externalId"), tuple(4, "title"),
					tuple(4, "themes"), tuple(6, null), tuple(7, "organisation.type"),
					tuple(8, "translations.en.subtitle"));
		assertThat(result.problems()).extracting(this::english)
			.containsExactly("Unknown field \"colour\": the interchange format has no such field.",
					"Must be an array of strings.", "Must be an array of whole numbers.", "Must be a whole number.",
					english(result.problems().get(4)), "This field is required.", "This field is required.",
					"This field is required.", "The line is not a JSON object.",
					"\"town-hall\" is not a known organisation type code.",
					"Unknown field \"translations.en.subtitle\": the interchange format has no such field.");
		assertThat(english(result.problems().get(4))).startsWith("The line is not valid JSON (column ");
		assertThat(this.practices.findByExternalId(this.lines.externalId(9))).isEmpty();
	}

	@Test
	void updatesAPracticeImportedAgainWithTheSameExternalIdInsteadOfDuplicatingIt() {
		Map<String, Object> practice = this.lines.practice(1);
		Result first = importAsSystem(PracticeLines.file(List.of(PracticeLines.line(practice))),
				PracticeStatus.PUBLISHED);
		long id = this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow().getId();
		long count = this.practices.count();

		practice.put("title", "Titre corrigé" + this.lines.suffix);
		Result second = importAsSystem(PracticeLines.file(List.of(PracticeLines.line(practice))),
				PracticeStatus.PUBLISHED);

		assertThat(first.created()).isEqualTo(1);
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isEqualTo(1);
		assertThat(second.organisationsCreated()).as("organisations found again").isZero();
		assertThat(this.practices.count()).isEqualTo(count);
		Practice updated = this.practices.findById(id).orElseThrow();
		assertThat(updated.getTitle()).isEqualTo("Titre corrigé" + this.lines.suffix);
		assertThat(updated.getExternalId()).isEqualTo(this.lines.externalId(1));
	}

	@Test
	void holdsNewPracticesAsDraftsWhenAskedAndKeepsTheStatusOfExistingOnes() {
		String file = this.lines.file(2);

		Result drafts = importAsSystem(file, PracticeStatus.DRAFT);
		Result again = importAsSystem(file, PracticeStatus.PUBLISHED);

		assertThat(drafts.created()).isEqualTo(2);
		assertThat(again.updated()).isEqualTo(2);
		Practice practice = this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow();
		assertThat(practice.getStatus()).isEqualTo(PracticeStatus.DRAFT);
		assertThat(practice.getPublishedAt()).isNull();
	}

	@Test
	void publishesNewPracticesByDefaultWithTheirWholeContent() {
		Result result = importAsSystem(this.lines.file(1), PracticeStatus.PUBLISHED);

		assertThat(result.created()).isEqualTo(1);
		assertThat(result.organisationsCreated()).isEqualTo(2);
		Practice practice = this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow();
		assertThat(practice.getStatus()).isEqualTo(PracticeStatus.PUBLISHED);
		assertThat(practice.getPublishedAt()).isNotNull();
		assertThat(practice.getCreatedBy()).isNull();
		assertThat(practice.getThemes()).containsExactly("reception", "housing");
		assertThat(practice.getGcmObjectives()).containsExactly(15, 16);
		assertThat(practice.getTerritories()).containsExactly("nuts:FRH03");
		assertThat(practice.getBudget()).isEqualTo("EUR 200 000 a year");
		assertThat(practice.getTranslations().get("en").title()).isEqualTo("Practice 1" + this.lines.suffix);
		assertThat(practice.getOrganisationTypes()).containsExactly("local-authority", "national-authority");
		OrganisationSummary lead = this.directory.find(practice.getLeadOrganisationId()).orElseThrow().summary();
		assertThat(lead.name()).isEqualTo("Ville de Rennes" + this.lines.suffix);
		assertThat(practice.getPartners()).singleElement().satisfies(partner -> {
			assertThat(this.directory.get(partner.organisationId()).level()).isEqualTo("national");
			assertThat(partner.role()).isEqualTo("co-financeur");
		});
	}

	@Test
	void sanitisesRichText() {
		Map<String, Object> practice = this.lines.practice(1);
		practice.put("description", "<p onclick=\"steal()\">Texte<script>alert(1)</script></p>");

		importAsSystem(PracticeLines.file(List.of(PracticeLines.line(practice))), PracticeStatus.PUBLISHED);

		assertThat(this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow().getDescription())
			.isEqualTo("<p>Texte</p>");
	}

	@Test
	void matchesOrganisationsByNameWhateverTheirCaseAccentsAndApostrophes() {
		long oujda = this.support.organisation("Commune d’Oujda-Séfrou" + this.lines.suffix, "local-authority", "local",
				"MA");
		Map<String, Object> practice = this.lines.practice(1);
		practice.put("countries", List.of("MA"));
		practice.put("territories", List.of());
		practice.put("organisation", PracticeLines
			.organisation("  COMMUNE D'OUJDA SEFROU" + this.lines.suffix.toUpperCase(Locale.ROOT), null, "MA", null));
		long before = this.directory.count();

		Result result = importAsSystem(PracticeLines.file(List.of(PracticeLines.line(practice))),
				PracticeStatus.PUBLISHED);

		assertThat(result.succeeded()).as("%s", result.problems()).isTrue();
		assertThat(result.organisationsCreated()).as("only the partner is new").isEqualTo(1);
		assertThat(this.directory.count()).isEqualTo(before + 1);
		Practice imported = this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow();
		assertThat(imported.getLeadOrganisationId()).isEqualTo(oujda);
		assertThat(this.directory.findByName("préfecture d'ille et vilaine" + this.lines.suffix, "FR"))
			.hasValueSatisfying(o -> assertThat(o.type()).isEqualTo("national-authority"));
	}

	@Test
	void namesTheSameNewOrganisationOnceWhateverItsSpellingAcrossLines() {
		Map<String, Object> first = this.lines.practice(1);
		Map<String, Object> second = this.lines.practice(2);
		second.put("organisation", PracticeLines
			.organisation("ville de rennes" + this.lines.suffix.toUpperCase(Locale.ROOT), null, "FR", null));

		Result result = importAsSystem(
				PracticeLines.file(List.of(PracticeLines.line(first), PracticeLines.line(second))),
				PracticeStatus.PUBLISHED);

		assertThat(result.organisationsCreated()).isEqualTo(2);
		assertThat(this.practices.findByExternalId(this.lines.externalId(2)).orElseThrow().getLeadOrganisationId())
			.isEqualTo(this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow().getLeadOrganisationId());
	}

	@Test
	void needsTheTypeAndLevelOfAnOrganisationItHasToAdd() {
		Map<String, Object> practice = this.lines.practice(1);
		practice.put("organisation", PracticeLines.organisation("Inconnue" + this.lines.suffix, null, "FR", null));

		Result result = importAsSystem(PracticeLines.file(List.of(PracticeLines.line(practice))),
				PracticeStatus.PUBLISHED);

		assertThat(result.problems()).extracting(Problem::line, Problem::field)
			.containsExactly(tuple(1, "organisation.type"), tuple(1, "organisation.level"));
		assertThat(english(result.problems().get(0))).isEqualTo("\"Inconnue" + this.lines.suffix
				+ "\" is not in the directory yet: give its organisation type so that it can be added.");
	}

	@Test
	void rejectsTheSameExternalIdTwiceInOneFile() {
		String line = PracticeLines.line(this.lines.practice(1));

		Result result = importAsSystem(PracticeLines.file(List.of(line, "", line)), PracticeStatus.PUBLISHED);

		assertThat(result.problems()).extracting(Problem::line, Problem::field).containsExactly(tuple(3, "externalId"));
		assertThat(english(result.problems().get(0)))
			.isEqualTo("The externalId \"" + this.lines.externalId(1) + "\" is already used on line 1.");
	}

	@Test
	void letsAnEditorImportOnlyPracticesLedByTheirOrganisations() {
		long city = this.support.organisation("Ville de Nantes" + this.lines.suffix);
		CurrentUser editor = this.accounts.find(this.support.editorOf(city, "Editor").id()).orElseThrow();
		Map<String, Object> own = this.lines.practice(1);
		own.put("organisation",
				PracticeLines.organisation("Ville de Nantes" + this.lines.suffix, "local-authority", "FR", "local"));
		Map<String, Object> other = this.lines.practice(2);

		Result refused = this.importer.importLines(
				resource(PracticeLines.file(List.of(PracticeLines.line(own), PracticeLines.line(other)))),
				PracticeStatus.PUBLISHED, editor, PracticeImporter.Progress.NONE);
		Result accepted = this.importer.importLines(resource(PracticeLines.file(List.of(PracticeLines.line(own)))),
				PracticeStatus.PUBLISHED, editor, PracticeImporter.Progress.NONE);

		assertThat(refused.problems()).extracting(Problem::line, Problem::field)
			.containsExactly(tuple(2, "organisation"));
		assertThat(english(refused.problems().get(0)))
			.isEqualTo("You may import only practices led by an organisation you edit for.");
		assertThat(accepted.created()).isEqualTo(1);
		assertThat(this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow().getCreatedBy())
			.isEqualTo(editor.id());
	}

	@Test
	void reportsProgressThroughTheCheckThenTheWriting() {
		List<String> seen = new ArrayList<>();

		this.importer.importLines(resource(this.lines.file(150)), PracticeStatus.DRAFT, null,
				(stage, done, total) -> seen.add(stage + " " + done + "/" + total));

		assertThat(seen).startsWith("CHECKING 1/150").contains("CHECKING 150/150", "WRITING 100/150");
		assertThat(seen).last().isEqualTo("WRITING 150/150");
	}

	@Test
	void refusesAFileWithoutPractice() {
		Result result = importAsSystem("\n  \n", PracticeStatus.PUBLISHED);

		assertThat(result.problems()).extracting(Problem::line, this::english)
			.containsExactly(tuple(0, "The file holds no practice."));
	}

	private Result importAsSystem(String file, PracticeStatus status) {
		return this.importer.importLines(resource(file), status, null, PracticeImporter.Progress.NONE);
	}

	private static ByteArrayResource resource(String file) {
		return new ByteArrayResource(file.getBytes(StandardCharsets.UTF_8));
	}

	private String english(Problem problem) {
		return this.messages.explain(problem.problem(), Locale.ENGLISH);
	}

}
