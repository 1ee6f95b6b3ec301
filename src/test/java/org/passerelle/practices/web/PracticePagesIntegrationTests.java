package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.unbescape.html.HtmlEscape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.kernel.web.Flash;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeContent;
import org.passerelle.practices.internal.PracticeContent.PartnerRole;
import org.passerelle.practices.internal.PracticeContent.TranslatedText;
import org.passerelle.practices.internal.PracticeEditor;
import org.passerelle.practices.internal.PracticeRepository;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@PasserelleIntegrationTest
class PracticePagesIntegrationTests {

	private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PracticeRepository practices;

	@Autowired
	PracticeEditor editor;

	@Autowired
	PlatformTransactionManager transactionManager;

	PracticeTestSupport support;

	long rennes;

	User camille;

	@BeforeEach
	void setUp() {
		this.support = new PracticeTestSupport(this.accounts, this.organisations,
				new TransactionTemplate(this.transactionManager));
		this.rennes = this.support.organisation("Ville de Rennes (pages)");
		this.camille = this.support.editorOf(this.rennes, "Camille Pages");
	}

	@Test
	void anEditorCreatesAFrenchPracticeWithThemesTerritoriesAndPartnersAndSeesIt() throws Exception {
		long bretagne = this.support.organisation("Région Bretagne (pages)", "regional-authority", "regional", "FR");
		String location = this.mvc
			.perform(french(post("/practices")).with(this.camille.signedIn())
				.with(csrf())
				.params(form(Map.of("title", "Nuits au chaud à Rennes", "partners[0].organisationId",
						String.valueOf(bretagne), "partners[0].role", "cofinanceur")))
				.param("themes", "emergency-shelter", "housing")
				.param("territories", "nuts:FRH03"))
			.andExpect(redirectedUrlPattern("/practices/*"))
			.andExpect(flash().attributeExists("flash"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		Practice saved = this.practices.findById(id).orElseThrow();
		assertThat(saved.getStatus()).isEqualTo(PracticeStatus.DRAFT);
		assertThat(saved.getThemes()).containsExactly("emergency-shelter", "housing");
		assertThat(saved.getPartners()).containsExactly(new PartnerRole(bretagne, "cofinanceur"));
		assertThat(saved.getTerritories()).containsExactly("nuts:FRH03");

		this.mvc.perform(french(get("/practices/{id}", id)).with(this.camille.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nuits au chaud à Rennes")))
			.andExpect(content().string(containsString("Hébergement d&#39;urgence")))
			.andExpect(content().string(containsString("Logement")))
			.andExpect(content().string(containsString("Ille-et-Vilaine")))
			.andExpect(content().string(containsString("Région Bretagne (pages)")))
			.andExpect(content().string(containsString("href=\"/organisations/" + bretagne + "\"")))
			.andExpect(content().string(containsString("(cofinanceur)")))
			.andExpect(content().string(containsString("2014–2018")))
			.andExpect(content().string(containsString("Langue d’origine : français")))
			.andExpect(content().string(containsString("id=\"practice-status\"")))
			.andExpect(content().string(containsString("href=\"/practices/" + id + "/edit\"")))
			.andExpect(content().string(containsString("action=\"/practices/" + id + "/submit\"")))
			.andExpect(content().string(containsString("id=\"practice-aside\"")));
	}

	@Test
	void validationMessagesStandNextToTheFieldsAndTheInputIsKept() throws Exception {
		long before = this.practices.count();
		this.mvc
			.perform(french(post("/practices")).with(this.camille.signedIn())
				.with(csrf())
				.params(form(Map.of("title", " ", "summary", "Un résumé à garder", "startYear", "2020", "endYear",
						"2010", "budget", "Deux millions d’euros")))
				.param("themes", "emergency-shelter")
				.param("territories", "nuts:FRH03", "nuts:NOPE9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("Donnez un titre à la pratique.")))
			.andExpect(content().string(containsString("id=\"title-errors\"")))
			.andExpect(content().string(containsString("« nuts:NOPE9 » n’est pas un territoire connu")))
			.andExpect(content().string(containsString("id=\"territories-errors\"")))
			.andExpect(content().string(containsString("L’année de fin (2010) précède l’année de début (2020).")))
			.andExpect(content().string(containsString("id=\"endYear-errors\"")))
			.andExpect(content().string(shows("Un résumé à garder")))
			.andExpect(content().string(shows("Deux millions d’euros")))
			.andExpect(content().string(containsString("value=\"nuts:NOPE9\"")))
			.andExpect(content().string(containsString("Ille-et-Vilaine")));
		assertThat(this.practices.count()).isEqualTo(before);
	}

	@Test
	void aMemberWhoEditsNoneOfItsOrganisationsIsToldSoAndNothingIsSaved() throws Exception {
		User stranger = this.support.member("Sam Stranger");
		long before = this.practices.count();
		this.mvc.perform(french(post("/practices")).with(stranger.signedIn()).with(csrf()).params(form(Map.of())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("au moins une organisation dont vous êtes éditeur")));
		assertThat(this.practices.count()).isEqualTo(before);
	}

	@Test
	void someoneWhoDoesNotEditForThePracticeGets403OnItsFormAndItsActions() throws Exception {
		User stranger = this.support.member("Olga Outsider");
		long id = publishedPractice(PracticeTestSupport.content(this.rennes));

		this.mvc.perform(get("/practices/{id}/edit", id).with(stranger.signedIn())).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/practices/{id}", id).with(stranger.signedIn())
				.with(csrf())
				.params(form(Map.of("title", "Repris"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/practices/{id}/archive", id).with(stranger.signedIn()).with(csrf()))
			.andExpect(status().isForbidden());
		Practice practice = this.practices.findById(id).orElseThrow();
		assertThat(practice.getTitle()).isEqualTo("Hébergement d’urgence municipal");
		assertThat(practice.getStatus()).isEqualTo(PracticeStatus.PUBLISHED);
		this.mvc.perform(french(get("/practices/{id}", id)).with(stranger.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/practices/" + id + "/edit"))))
			.andExpect(content().string(not(containsString("id=\"practice-actions\""))));
	}

	@Test
	void visitorsGet404OnADraftAndSeeAPublishedPractice() throws Exception {
		long draft = this.support.as(this.camille, () -> this.editor
			.create(PracticeTestSupport.withTitle(PracticeTestSupport.content(this.rennes), "Brouillon invisible")));
		long published = publishedPractice(
				PracticeTestSupport.withTitle(PracticeTestSupport.content(this.rennes), "Pratique publique de Rennes"));

		this.mvc.perform(french(get("/practices/{id}", draft))).andExpect(status().isNotFound());
		this.mvc.perform(french(get("/practices/{id}", draft)).with(this.support.member("Nina").signedIn()))
			.andExpect(status().isNotFound());
		this.mvc.perform(french(get("/practices/{id}", published)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pratique publique de Rennes")))
			.andExpect(content().string(not(containsString("id=\"practice-status\""))))
			.andExpect(content().string(containsString("hx-get=\"/practices/" + published + "/similar\"")));
		this.mvc.perform(get("/practices/{id}", 987654321L)).andExpect(status().isNotFound());
		this.mvc.perform(get("/practices/not-a-number")).andExpect(status().isNotFound());
	}

	@Test
	void theEnglishInterfaceShowsTheEnglishTranslationWithTheOriginalLanguage() throws Exception {
		long id = publishedPractice(PracticeTestSupport.content(this.rennes));

		this.mvc.perform(get("/practices/{id}", id).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<h1 class=\"mb-2\" lang=\"en\">Municipal emergency shelter</h1>")))
			.andExpect(content().string(containsString("The city opens its own shelter places.")))
			.andExpect(content().string(containsString("Original language: French")))
			.andExpect(content().string(containsString("You are reading the English translation")))
			.andExpect(content().string(containsString("href=\"/practices/" + id + "?lang=original\"")))
			.andExpect(content().string(not(containsString("<h1 class=\"mb-2\" lang=\"fr\">"))));

		this.mvc.perform(get("/practices/{id}", id).param("lang", "original").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<h1 class=\"mb-2\" lang=\"fr\">Hébergement d’urgence municipal</h1>")))
			.andExpect(content().string(not(containsString("You are reading the English translation"))))
			.andExpect(content().string(containsString("href=\"/practices/" + id + "?lang=en\"")));

		this.mvc.perform(french(get("/practices/{id}", id)))
			.andExpect(content().string(containsString("Hébergement d’urgence municipal")))
			.andExpect(content().string(not(containsString("translation-notice"))));
	}

	@Test
	void thePageDescribesThePracticeAsJsonLd() throws Exception {
		long id = publishedPractice(PracticeTestSupport.content(this.rennes));

		JsonNode json = jsonLd(this.mvc.perform(french(get("/practices/{id}", id))));

		assertThat(json.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(json.get("@type").asString()).isEqualTo("CreativeWork");
		assertThat(json.get("name").asString()).isEqualTo("Hébergement d’urgence municipal");
		assertThat(json.get("inLanguage").asString()).isEqualTo("fr");
		assertThat(json.get("url").asString()).endsWith("/practices/" + id);
		assertThat(json.get("sourceOrganization").get("name").asString()).isEqualTo("Ville de Rennes (pages)");
		assertThat(json.get("workTranslation").get(0).get("inLanguage").asString()).isEqualTo("en");
		assertThat(json.get("temporalCoverage").asString()).isEqualTo("2014/..");
		assertThat(json.get("about").findValuesAsString("termCode")).contains("emergency-shelter", "15", "10.7");
		assertThat(json.get("spatialCoverage").findValuesAsString("identifier")).contains("FR", "nuts:FRH03");
		assertThat(json.has("datePublished")).isTrue();
	}

	@Test
	void noTextOfThePracticeCanCloseTheJsonLdScript() throws Exception {
		long id = publishedPractice(PracticeTestSupport.withTitle(PracticeTestSupport.content(this.rennes),
				"Accueil </script><script>alert(1)</script> & <!-- suite"));

		String html = this.mvc.perform(french(get("/practices/{id}", id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("<script>alert(1)");
		assertThat(jsonLd(html).get("name").asString())
			.isEqualTo("Accueil </script><script>alert(1)</script> & <!-- suite");
	}

	@Test
	void aStaleEditShowsTheConflictAndKeepsTheInput() throws Exception {
		long id = this.support.as(this.camille, () -> this.editor.create(PracticeTestSupport.content(this.rennes)));
		long read = this.practices.findById(id).orElseThrow().getVersion();

		edit(id, "Première modification", read).andExpect(redirectedUrl("/practices/" + id));
		edit(id, "Seconde modification, partie d’une version ancienne", read).andExpect(status().isOk())
			.andExpect(content().string(containsString("Quelqu’un d’autre a modifié cette pratique")))
			.andExpect(content().string(shows("Seconde modification, partie d’une version ancienne")));

		Practice practice = this.practices.findById(id).orElseThrow();
		assertThat(practice.getTitle()).isEqualTo("Première modification");
	}

	@Test
	void myPracticesListAReturnedPracticeWithTheModeratorsReason() throws Exception {
		User moderator = this.support.moderator("Maud Moderator");
		long returned = this.support.as(this.camille, () -> this.editor
			.create(PracticeTestSupport.withTitle(PracticeTestSupport.content(this.rennes), "Pratique à reprendre")));
		this.support.run(this.camille, () -> this.editor.submit(returned));
		this.support.run(moderator, () -> this.editor.returnToAuthor(returned, "Ajoutez des chiffres de 2023."));
		long draft = this.support.as(this.camille, () -> this.editor.create(PracticeTestSupport
			.withTitle(PracticeTestSupport.content(this.rennes), "Pratique en cours d’écriture")));

		this.mvc.perform(french(get("/practices/mine")).with(this.camille.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Renvoyées par la modération")))
			.andExpect(content().string(containsString("Pratique à reprendre")))
			.andExpect(content().string(containsString("Ajoutez des chiffres de 2023.")))
			.andExpect(content().string(containsString("href=\"/practices/" + returned + "/edit\"")))
			.andExpect(content().string(containsString("Brouillons")))
			.andExpect(content().string(containsString("href=\"/practices/" + draft + "\"")));

		this.mvc.perform(french(get("/practices/{id}", returned)).with(this.camille.signedIn()))
			.andExpect(content().string(containsString("Renvoyée par la modération")))
			.andExpect(content().string(containsString("Ajoutez des chiffres de 2023.")));
	}

	@Test
	void myPracticesIncludeThoseWhereMyOrganisationIsAPartner() throws Exception {
		long palermo = this.support.organisation("Comune di Palermo (pages)", "local-authority", "local", "IT");
		User giulia = this.support.editorOf(palermo, "Giulia Pages");
		long id = this.support.as(this.camille,
				() -> this.editor.create(PracticeTestSupport.withPartners(PracticeTestSupport
					.withTitle(PracticeTestSupport.content(this.rennes), "Jumelage Rennes–Palerme"),
						List.of(new PartnerRole(palermo, "partenaire")))));

		this.mvc.perform(french(get("/practices/mine")).with(giulia.signedIn()))
			.andExpect(content().string(containsString("href=\"/practices/" + id + "\"")));
		this.mvc.perform(french(get("/practices/mine")).with(this.support.member("Empty Hands").signedIn()))
			.andExpect(content().string(containsString("Aucune pratique pour l’instant.")));
	}

	@Test
	void richTextWithAScriptIsShownInert() throws Exception {
		String location = this.mvc.perform(french(post("/practices")).with(this.camille.signedIn())
			.with(csrf())
			.params(form(Map.of("description",
					"<p>Accueil <strong>digne</strong></p><script>alert('xss')</script><img src=x onerror=alert(2)>",
					"results", "<a href=\"javascript:alert(3)\">chiffres</a>"))))
			.andExpect(redirectedUrlPattern("/practices/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(french(get(location)).with(this.camille.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p>Accueil <strong>digne</strong></p>")))
			.andExpect(content().string(not(containsString("alert('xss')"))))
			.andExpect(content().string(not(containsString("onerror"))))
			.andExpect(content().string(not(containsString("javascript:"))));
	}

	@Test
	void richTextStoredUnsafelyIsSanitisedAgainWhenShown() throws Exception {
		// bypasses the editor, as a faulty import or a manual database change would
		PracticeContent content = PracticeTestSupport.content(this.rennes);
		PracticeContent unsafe = new PracticeContent(content.language(), "Texte stocké sans nettoyage",
				content.summary(), "<p onclick=\"steal()\">Bonjour</p><script>alert(4)</script>",
				content.leadOrganisationId(), content.partners(), content.countries(), content.territories(),
				content.originTerritories(), content.levels(), content.themes(), content.gcmObjectives(),
				content.sdgTargets(), content.targetGroups(), content.startYear(), content.endYear(), content.budget(),
				content.fundingSources(), "<iframe src=\"https://evil.example\"></iframe><p>Résultat</p>",
				content.lessons(), content.transferability(), content.links(), content.translations());
		Practice practice = new Practice(unsafe, List.of("local-authority"), null);
		practice.publishDirectly();
		long id = this.practices.save(practice).getId();

		this.mvc.perform(french(get("/practices/{id}", id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p>Bonjour</p>")))
			.andExpect(content().string(containsString("<p>Résultat</p>")))
			.andExpect(content().string(not(containsString("alert(4)"))))
			.andExpect(content().string(not(containsString("onclick"))))
			.andExpect(content().string(not(containsString("<iframe"))));
	}

	@Test
	void editorsSubmitAPracticeOnceFromItsPage() throws Exception {
		long id = this.support.as(this.camille, () -> this.editor.create(PracticeTestSupport.content(this.rennes)));

		this.mvc.perform(post("/practices/{id}/submit", id).with(this.camille.signedIn()).with(csrf()))
			.andExpect(redirectedUrl("/practices/" + id))
			.andExpect(flash().attribute("flash", Flash.success("practices.flash.submitted")));
		assertThat(this.practices.findById(id).orElseThrow().getStatus()).isEqualTo(PracticeStatus.SUBMITTED);

		this.mvc.perform(post("/practices/{id}/submit", id).with(this.camille.signedIn()).with(csrf()))
			.andExpect(redirectedUrl("/practices/" + id))
			.andExpect(flash().attribute("flash", Flash.warning("practices.flash.notNow")));
		this.mvc.perform(french(get("/practices/{id}", id)).with(this.camille.signedIn()))
			.andExpect(content().string(containsString("En attente de modération")))
			.andExpect(content().string(not(containsString("/practices/" + id + "/submit"))));
	}

	@Test
	void theEditFormHoldsThePracticeAsSaved() throws Exception {
		long bretagne = this.support.organisation("Région Bretagne (form)", "regional-authority", "regional", "FR");
		long id = this.support.as(this.camille,
				() -> this.editor.create(PracticeTestSupport.withPartners(PracticeTestSupport.content(this.rennes),
						List.of(new PartnerRole(bretagne, "cofinanceur")))));

		this.mvc.perform(french(get("/practices/{id}/edit", id)).with(this.camille.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(shows("value=\"Hébergement d’urgence municipal\"")))
			.andExpect(content().string(containsString("Ville de Rennes (pages)")))
			.andExpect(content().string(containsString("Région Bretagne (form)")))
			.andExpect(
					content().string(containsString("name=\"partners[0].organisationId\" value=\"" + bretagne + "\"")))
			.andExpect(content().string(containsString("value=\"cofinanceur\"")))
			.andExpect(content().string(containsString("name=\"territories\" value=\"nuts:FRH03\"")))
			.andExpect(content().string(containsString("Municipal emergency shelter")))
			.andExpect(content().string(containsString("name=\"version\"")));
	}

	@Test
	void pickersWorkWithoutJavaScriptThroughTheFormsSteps() throws Exception {
		long nantes = this.support.organisation("Nantes Métropole Pickerville", "local-authority", "local", "FR");

		this.mvc
			.perform(french(post("/practices")).with(this.camille.signedIn())
				.with(csrf())
				.params(form(Map.of("title", "Titre gardé")))
				.param("op", "partner-add"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"partners[0].query\"")))
			.andExpect(content().string(shows("value=\"Titre gardé\"")))
			.andExpect(content().string(not(containsString("id=\"form-errors\""))));

		this.mvc
			.perform(french(post("/practices")).with(this.camille.signedIn())
				.with(csrf())
				.params(form(Map.of("partners[0].query", "Pickerville")))
				.param("op", "partner-find:0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"partner-pick:0:" + nantes + "\"")))
			.andExpect(content().string(containsString("Nantes Métropole Pickerville")));

		this.mvc
			.perform(french(post("/practices")).with(this.camille.signedIn())
				.with(csrf())
				.params(form(Map.of("partners[0].query", "Pickerville")))
				.param("op", "partner-pick:0:" + nantes))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("name=\"partners[0].organisationId\" value=\"" + nantes + "\"")));

		this.mvc
			.perform(french(post("/practices")).with(this.camille.signedIn())
				.with(csrf())
				.params(form(Map.of("originTerritoriesQuery", "iso:SN")))
				.param("op", "territory-find:originTerritories"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"originTerritories\" value=\"iso:SN\"")))
			.andExpect(content().string(containsString("Sénégal")));
	}

	@Test
	void pickerSuggestionsAreFragmentsOfFormButtons() throws Exception {
		long nantes = this.support.organisation("Saint-Nazaire Suggestville", "local-authority", "local", "FR");

		this.mvc
			.perform(french(get("/practices/pickers/organisations")).param("slot", "partner-2")
				.param("partners[2].query", "Suggestville")
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("Saint-Nazaire Suggestville")))
			.andExpect(content().string(containsString("value=\"partner-pick:2:" + nantes + "\"")))
			.andExpect(content().string(containsString("hx-post=\"/practices\"")))
			.andExpect(content().string(containsString("hx-select=\"#partners\"")));

		this.mvc
			.perform(french(get("/practices/pickers/territories")).param("slot", "territories")
				.param("practice", "12")
				.param("territoriesQuery", "Ille-et-Vil")
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"territory-add:territories:nuts:FRH03\"")))
			.andExpect(content().string(containsString("hx-post=\"/practices/12\"")));

		this.mvc
			.perform(french(get("/practices/pickers/territories")).param("slot", "territories")
				.param("territoriesQuery", "zzzqqq"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aucun résultat")));
	}

	@Test
	void everyPageSpeaksEveryInterfaceLanguage() throws Exception {
		long id = publishedPractice(PracticeTestSupport.content(this.rennes));
		Map<String, List<String>> expected = Map.of("fr", List.of("Ajouter une pratique", "Mes pratiques", "Thèmes"),
				"en", List.of("Add a practice", "My practices", "Themes"), "es",
				List.of("Añadir una práctica", "Mis prácticas", "Temas"), "pt",
				List.of("Adicionar uma prática", "As minhas práticas", "Temas"), "ar",
				List.of("إضافة ممارسة", "ممارساتي", "المواضيع"));
		for (Map.Entry<String, List<String>> language : expected.entrySet()) {
			List<String> texts = language.getValue();
			this.mvc
				.perform(get("/practices/new").header("Accept-Language", language.getKey())
					.with(this.camille.signedIn()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(texts.get(0))));
			this.mvc
				.perform(get("/practices/mine").header("Accept-Language", language.getKey())
					.with(this.camille.signedIn()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(texts.get(1))));
			this.mvc.perform(get("/practices/{id}", id).header("Accept-Language", language.getKey()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(texts.get(2))));
		}
	}

	@Test
	void theHeaderLeadsToThePracticesAndSignedInUsersToTheirOwn() throws Exception {
		this.mvc.perform(french(get("/")))
			.andExpect(content().string(containsString("href=\"/practices\"")))
			.andExpect(content().string(not(containsString("href=\"/practices/mine\""))));
		this.mvc.perform(french(get("/")).with(this.camille.signedIn()))
			.andExpect(content().string(containsString("href=\"/practices/mine\"")))
			.andExpect(content().string(containsString("Mes pratiques")));
	}

	private long publishedPractice(PracticeContent content) {
		User moderator = this.support.moderator("Paul Publisher");
		long id = this.support.as(this.camille, () -> this.editor.create(content));
		this.support.run(this.camille, () -> this.editor.submit(id));
		this.support.run(moderator, () -> this.editor.publish(id));
		return id;
	}

	private ResultActions edit(long id, String title, long version) throws Exception {
		return this.mvc.perform(french(post("/practices/{id}", id)).with(this.camille.signedIn())
			.with(csrf())
			.params(form(Map.of("title", title, "version", String.valueOf(version)))));
	}

	/**
	 * A valid form led by Rennes, in French, with the given fields replaced or added.
	 */
	private MultiValueMap<String, String> form(Map<String, String> fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("language", "fr");
		form.add("title", "Hébergement d’urgence municipal");
		form.add("summary", "La ville ouvre ses propres places d’hébergement d’urgence.");
		form.add("description", "<p>Un dispositif municipal.</p>");
		form.add("leadOrganisationId", String.valueOf(this.rennes));
		form.add("countries", "FR");
		form.add("themes", "emergency-shelter");
		form.add("levels", "local");
		form.add("gcmObjectives", "15");
		form.add("sdgTargets", "10.7");
		form.add("targetGroups", "asylum-seekers");
		form.add("startYear", "2014");
		form.add("endYear", "2018");
		form.add("links", "https://example.org/rennes");
		form.add("translations[en].title", "");
		form.add("translations[en].summary", "");
		fields.forEach(form::set);
		return form;
	}

	private JsonNode jsonLd(ResultActions result) throws Exception {
		return jsonLd(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static JsonNode jsonLd(String html) {
		java.util.regex.Matcher script = JSON_LD.matcher(html);
		assertThat(script.find()).as("a JSON-LD script in the page").isTrue();
		return JsonMapper.builder().build().readTree(script.group(1));
	}

	/**
	 * The page contains the text once its character references are decoded: form fields
	 * write accented letters as named references ({@code &eacute;}).
	 */
	private static Matcher<String> shows(String text) {
		return new TypeSafeMatcher<>() {

			@Override
			protected boolean matchesSafely(String html) {
				return HtmlEscape.unescapeHtml(html).contains(text);
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("a page showing ").appendValue(text);
			}

		};
	}

	private static MockHttpServletRequestBuilder french(MockHttpServletRequestBuilder request) {
		return request.header("Accept-Language", "fr");
	}

}
