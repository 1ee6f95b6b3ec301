package org.passerelle.dialogues.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.dialogues.DialogueTestSupport;
import org.passerelle.dialogues.PositionStatus;
import org.passerelle.dialogues.internal.DialogueEditor;
import org.passerelle.dialogues.internal.PositionCommand;
import org.passerelle.dialogues.internal.PositionEditor;
import org.passerelle.dialogues.internal.PositionHistory;
import org.passerelle.dialogues.internal.PositionHistory.PositionVersion;
import org.passerelle.dialogues.internal.PositionReader;
import org.passerelle.kernel.web.Flash;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PasserelleIntegrationTest
class PositionPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DialogueEditor dialogueEditor;

	@Autowired
	PositionEditor positionEditor;

	@Autowired
	PositionReader positionReader;

	@Autowired
	PositionHistory positionHistory;

	DialogueTestSupport support;

	long organiserOrganisation;

	User organiser;

	long city;

	String cityName;

	User cityEditor;

	long otherCity;

	String slug;

	@BeforeEach
	void setUp() {
		this.support = new DialogueTestSupport(this.accounts, this.organisations, this.transactions,
				this.dialogueEditor);
		this.organiserOrganisation = this.support.users.organisation("Réseau Organisateur " + UUID.randomUUID());
		this.organiser = this.support.users.editorOf(this.organiserOrganisation, "Odile Organisatrice");
		this.cityName = "Ville Signataire " + UUID.randomUUID();
		this.city = this.support.users.organisation(this.cityName);
		this.cityEditor = this.support.users.editorOf(this.city, "Éric Éditeur");
		this.otherCity = this.support.users.organisation("Autre Ville " + UUID.randomUUID());
		this.slug = this.support.openDialogue(this.organiser, this.organiserOrganisation,
				"Accueil " + UUID.randomUUID());
	}

	@Test
	void editorEndorsesForTheirOrganisationButNotForAnotherOnThePage() throws Exception {
		String position = openPosition("Pour un accueil digne");

		this.mvc
			.perform(post(positionPath(position) + "/endorsements").with(this.cityEditor.signedIn())
				.with(csrf())
				.param("organisationId", String.valueOf(this.city)))
			.andExpect(redirectedUrl(positionPath(position)))
			.andExpect(flash().attribute("flash", Flash.success("dialogues.positions.endorsed", this.cityName)));
		this.mvc
			.perform(post(positionPath(position) + "/endorsements").with(this.cityEditor.signedIn())
				.with(csrf())
				.param("organisationId", String.valueOf(this.otherCity)))
			.andExpect(status().isForbidden());

		this.mvc.perform(get(positionPath(position)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.cityName)))
			.andExpect(content().string(not(containsString("Autre Ville"))));
	}

	@Test
	void editorEndorsesForTheirOrganisationButNotForAnotherThroughTheApi() throws Exception {
		long id = id(openPosition("Pour des interprètes"));

		this.mvc
			.perform(post("/api/v1/positions/" + id + "/endorsements").with(this.cityEditor.signedIn())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"organisationId\": " + this.otherCity + "}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/positions/" + id + "/endorsements").with(this.cityEditor.signedIn())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"organisationId\": " + this.city + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.endorsements", hasSize(1)))
			.andExpect(jsonPath("$.endorsements[0].organisation.id").value(this.city))
			.andExpect(jsonPath("$.endorsements[0].organisation.name").value(this.cityName));

		this.mvc.perform(get("/api/v1/dialogues/" + this.slug + "/positions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].status").value("OPEN_FOR_ENDORSEMENT"))
			.andExpect(jsonPath("$[0].endorsements").value(1));
	}

	@Test
	void anOrganisationEndorsesOnlyOnce() throws Exception {
		String position = openPosition("Une seule signature");
		long id = id(position);
		this.mvc.perform(post(positionPath(position) + "/endorsements").with(this.cityEditor.signedIn())
			.with(csrf())
			.param("organisationId", String.valueOf(this.city)));

		this.mvc
			.perform(post(positionPath(position) + "/endorsements").with(this.cityEditor.signedIn())
				.with(csrf())
				.param("organisationId", String.valueOf(this.city)))
			.andExpect(flash().attribute("flash", Flash.warning("dialogues.positions.alreadyEndorsed", this.cityName)));
		this.mvc
			.perform(post("/api/v1/positions/" + id + "/endorsements").with(this.cityEditor.signedIn())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"organisationId\": " + this.city + "}"))
			.andExpect(status().isConflict());

		this.mvc.perform(get("/api/v1/positions/" + id)).andExpect(jsonPath("$.endorsements", hasSize(1)));
		this.mvc.perform(get("/dialogues/" + this.slug))
			.andExpect(content().string(containsString("1 organisation signataire")));
	}

	@Test
	void editorWithdrawsTheirEndorsementWhileThePositionIsOpen() throws Exception {
		String position = openPosition("Retrait possible");
		long id = id(position);
		this.mvc.perform(post(positionPath(position) + "/endorsements").with(this.cityEditor.signedIn())
			.with(csrf())
			.param("organisationId", String.valueOf(this.city)));

		this.mvc
			.perform(post(positionPath(position) + "/endorsements/" + this.city + "/withdraw")
				.with(this.cityEditor.signedIn())
				.with(csrf()))
			.andExpect(flash().attribute("flash", Flash.success("dialogues.positions.withdrawn", this.cityName)));

		this.mvc.perform(get("/api/v1/positions/" + id)).andExpect(jsonPath("$.endorsements", hasSize(0)));
		this.mvc
			.perform(delete("/api/v1/positions/" + id + "/endorsements/" + this.city).with(this.cityEditor.signedIn())
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void visitorSeesThePositionButCannotEndorseIt() throws Exception {
		String position = openPosition("Visible de tous");
		User member = this.support.users.member("Mina Membre");

		this.mvc.perform(get(positionPath(position)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Visible de tous")))
			.andExpect(content().string(containsString("Ouverte aux soutiens")))
			.andExpect(content().string(not(containsString("Soutenir cette position"))));
		this.mvc.perform(get("/dialogues/" + this.slug)).andExpect(content().string(containsString("Visible de tous")));
		this.mvc
			.perform(post(positionPath(position) + "/endorsements").with(csrf())
				.param("organisationId", String.valueOf(this.city)))
			.andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post(positionPath(position) + "/endorsements").with(member.signedIn())
				.with(csrf())
				.param("organisationId", String.valueOf(this.city)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(positionPath(position)).with(this.cityEditor.signedIn()))
			.andExpect(content().string(containsString("Soutenir cette position")));
	}

	@Test
	void draftIsSeenOnlyByTheOrganisers() throws Exception {
		String position = draft("Brouillon discret", "<p>Premier jet.</p>");

		this.mvc.perform(get(positionPath(position))).andExpect(status().isNotFound());
		this.mvc.perform(get("/dialogues/" + this.slug))
			.andExpect(content().string(not(containsString("Brouillon discret"))));
		this.mvc.perform(get(positionPath(position)).with(this.organiser.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Premier jet.")));
	}

	@Test
	void organiserDraftsAPositionFromTheDialogueThroughTheForm() throws Exception {
		this.mvc.perform(get("/dialogues/" + this.slug + "/positions/new").with(this.organiser.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Position commune issue du dialogue")));
		this.mvc.perform(get("/dialogues/" + this.slug + "/positions/new").with(this.cityEditor.signedIn()))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post("/dialogues/" + this.slug + "/positions").with(this.organiser.signedIn())
				.with(csrf())
				.param("title", "Nos demandes communes")
				.param("text", "<p>Des moyens <script>alert(1)</script>pour l’accueil.</p>")
				.param("drafterIds", String.valueOf(this.organiserOrganisation)))
			.andExpect(redirectedUrl(positionPath("nos-demandes-communes")));
		this.mvc.perform(get(positionPath("nos-demandes-communes")).with(this.organiser.signedIn()))
			.andExpect(content().string(containsString("Des moyens pour l’accueil.")))
			.andExpect(content().string(not(containsString("alert(1)"))));
	}

	@Test
	void editingTheTextCreatesANewVersionVisibleInTheHistory() throws Exception {
		String position = draft("Texte évolutif", "<p>Les villes demandent des moyens.</p>");

		this.mvc
			.perform(post(positionPath(position) + "/edit").with(this.organiser.signedIn())
				.with(csrf())
				.param("version", "0")
				.param("title", "Texte évolutif")
				.param("text", "<p>Les villes et les régions demandent des moyens durables.</p>")
				.param("drafterIds", String.valueOf(this.organiserOrganisation)))
			.andExpect(redirectedUrl(positionPath(position)));

		var versions = this.support.users.as(this.organiser,
				() -> this.positionHistory.versions(this.slug, position).versions());
		assertThat(versions).hasSize(2);
		PositionVersion newer = versions.get(0);
		PositionVersion older = versions.get(1);
		assertThat(newer.authorName()).isEqualTo("Odile Organisatrice");
		this.mvc.perform(get(positionPath(position) + "/history").with(this.organiser.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Odile Organisatrice")))
			.andExpect(content().string(containsString("Comparer avec la version précédente")));
		this.mvc
			.perform(get(positionPath(position) + "/history/compare").with(this.organiser.signedIn())
				.param("from", String.valueOf(older.revision()))
				.param("to", String.valueOf(newer.revision())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<ins class=\"bg-success-subtle\">et les régions</ins>")))
			.andExpect(content().string(containsString("<ins class=\"bg-success-subtle\">moyens durables.</ins>")))
			.andExpect(content().string(containsString("<del class=\"bg-danger-subtle\">moyens.</del>")));
	}

	@Test
	void staleEditIsRefusedWithoutLosingTheOtherChange() throws Exception {
		String position = draft("Deux plumes", "<p>Version de départ.</p>");
		this.mvc.perform(post(positionPath(position) + "/edit").with(this.organiser.signedIn())
			.with(csrf())
			.param("version", "0")
			.param("title", "Deux plumes")
			.param("text", "<p>Première modification.</p>")
			.param("drafterIds", String.valueOf(this.organiserOrganisation)));

		this.mvc
			.perform(post(positionPath(position) + "/edit").with(this.organiser.signedIn())
				.with(csrf())
				.param("version", "0")
				.param("title", "Deux plumes")
				.param("text", "<p>Seconde modification.</p>")
				.param("drafterIds", String.valueOf(this.organiserOrganisation)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Quelqu’un a modifié cette position entre-temps")));
		this.mvc.perform(get(positionPath(position)).with(this.organiser.signedIn()))
			.andExpect(content().string(containsString("Première modification.")));
	}

	@Test
	void transmissionIsRecordedWithDateAndDocumentAndShownOnThePosition() throws Exception {
		String position = openPosition("À transmettre");
		LocalDate sent = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(3);

		this.mvc
			.perform(post(positionPath(position) + "/transmissions").with(this.organiser.signedIn())
				.with(csrf())
				.param("institution", "Commission européenne, DG HOME")
				.param("transmittedOn", sent.toString())
				.param("documentTitle", "Lettre de transmission")
				.param("documentUrl", "https://example.org/lettre.pdf"))
			.andExpect(redirectedUrl(positionPath(position)))
			.andExpect(flash().attribute("flash",
					Flash.success("dialogues.positions.transmitted", "Commission européenne, DG HOME")));

		this.mvc.perform(get(positionPath(position)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Commission européenne, DG HOME")))
			.andExpect(content().string(containsString(
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH).format(sent))))
			.andExpect(content().string(containsString("href=\"https://example.org/lettre.pdf\"")))
			.andExpect(content().string(containsString("Lettre de transmission")))
			.andExpect(content().string(containsString("Transmise")));
		this.mvc.perform(get("/api/v1/positions/" + id(position)))
			.andExpect(jsonPath("$.status").value("TRANSMITTED"))
			.andExpect(jsonPath("$.transmissions[0].transmittedOn").value(sent.toString()))
			.andExpect(jsonPath("$.transmissions[0].documentUrl").value("https://example.org/lettre.pdf"));
	}

	@Test
	void transmissionWithAFutureDateOrANonWebAddressIsRefused() throws Exception {
		String position = openPosition("Transmission mal saisie");

		this.mvc
			.perform(post(positionPath(position) + "/transmissions").with(this.organiser.signedIn())
				.with(csrf())
				.param("institution", "Ministère")
				.param("transmittedOn", LocalDate.now().plusDays(10).toString())
				.param("documentTitle", "Note")
				.param("documentUrl", "javascript:alert(1)"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("La date ne peut pas être dans le futur.")))
			.andExpect(content().string(containsString("commençant par http:// ou https://")));
		this.mvc.perform(get(positionPath(position)))
			.andExpect(content().string(containsString("Pas encore transmise.")));
	}

	@Test
	void organiserRecordsTheFollowUpShownOnThePosition() throws Exception {
		String position = openPosition("Suivie");
		this.mvc.perform(post(positionPath(position) + "/transmissions").with(this.organiser.signedIn())
			.with(csrf())
			.param("institution", "Ministère de l’Intérieur")
			.param("transmittedOn", LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString())
			.param("documentTitle", "Courrier"));
		long version = this.support.users.as(this.organiser,
				() -> this.positionReader.get(this.slug, position).position().getVersion());

		this.mvc
			.perform(post(positionPath(position) + "/status").with(this.organiser.signedIn())
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("status", "FOLLOWED_UP")
				.param("followUp", "Le ministère a ouvert 200 places supplémentaires."))
			.andExpect(redirectedUrl(positionPath(position)));

		this.mvc.perform(get(positionPath(position)))
			.andExpect(content().string(containsString("Suivie d’effets")))
			.andExpect(content().string(containsString("Le ministère a ouvert 200 places supplémentaires.")));
	}

	@Test
	void organisationPageSectionListsTheEndorsedPositionWithItsStatus() throws Exception {
		String position = openPosition("Soutenue par la ville");
		this.mvc.perform(post(positionPath(position) + "/endorsements").with(this.cityEditor.signedIn())
			.with(csrf())
			.param("organisationId", String.valueOf(this.city)));

		this.mvc.perform(get("/positions/organisation/" + this.city + "/section").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Soutenue par la ville")))
			.andExpect(content().string(containsString("Ouverte aux soutiens")))
			.andExpect(content().string(containsString("href=\"" + positionPath(position) + "\"")));
		this.mvc.perform(get("/positions/organisation/" + this.otherCity + "/section"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("n’a encore soutenu aucune position commune")));
		this.mvc.perform(get("/organisations/" + this.city))
			.andExpect(content().string(containsString("/positions/organisation/" + this.city + "/section")));
	}

	private String draft(String title, String text) {
		return this.support.users.as(this.organiser, () -> this.positionEditor.create(this.slug,
				new PositionCommand(title, text, Set.of(this.organiserOrganisation))));
	}

	private String openPosition(String title) {
		String position = draft(title, "<p>Les organisations signataires demandent un accueil digne.</p>");
		this.support.users.run(this.organiser, () -> this.positionEditor.changeStatus(this.slug, position, 0,
				PositionStatus.OPEN_FOR_ENDORSEMENT, null));
		return position;
	}

	private long id(String position) {
		return this.support.users.as(this.organiser,
				() -> this.positionReader.get(this.slug, position).position().getId());
	}

	private String positionPath(String position) {
		return "/dialogues/" + this.slug + "/positions/" + position;
	}

}
