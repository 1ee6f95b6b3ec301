package org.passerelle.dialogues.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.Contributions;
import org.passerelle.dialogues.DialogueTestSupport;
import org.passerelle.dialogues.internal.ContributionModeration;
import org.passerelle.dialogues.internal.DialogueEditor;
import org.passerelle.dialogues.internal.SynthesisBuilder;
import org.passerelle.dialogues.internal.SynthesisEditor;
import org.passerelle.dialogues.internal.SynthesisEditor.QuestionKey;
import org.passerelle.dialogues.internal.SynthesisModel;
import org.passerelle.dialogues.internal.SynthesisModel.Count;
import org.passerelle.dialogues.internal.SynthesisModel.Item;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A dialogue's synthesis: figures over a small fixture of published contributions, the
 * concepts, places and practice drafts detected, who sees the draft, the form, and the
 * downloads.
 */
@PasserelleIntegrationTest
class SynthesisIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DialogueEditor editor;

	@Autowired
	Contributions contributions;

	@Autowired
	ContributionModeration moderation;

	@Autowired
	SynthesisEditor syntheses;

	@Autowired
	SynthesisBuilder builder;

	DialogueTestSupport support;

	long city;

	long ministry;

	User organiser;

	User cityEditor;

	User ministryEditor;

	User member;

	String slug;

	long shelterAnswer;

	@BeforeEach
	void setUp() {
		this.support = new DialogueTestSupport(this.accounts, this.organisations, this.transactions, this.editor);
		this.city = this.support.users.organisation("Ville Synthèse " + UUID.randomUUID(), "local-authority", "local",
				"FR");
		this.ministry = this.support.users.organisation("Ministère Synthèse " + UUID.randomUUID(), "national-ministry",
				"national", "SN");
		this.organiser = this.support.users.editorOf(this.city, "Odile Organisatrice");
		this.cityEditor = this.support.users.editorOf(this.city, "Céline Ville");
		this.ministryEditor = this.support.users.editorOf(this.ministry, "Moussa Ministère");
		this.member = this.support.users.member("Mina Membre");
		this.slug = this.support.openDialogue(this.organiser, this.city, "Synthèse " + UUID.randomUUID());
		// published: two from the city (fr, one by e-mail), one from the ministry (en),
		// one
		// without organisation (fr) replying to the city's; pending: one from the member
		this.shelterAnswer = publish(this.contributions.submit(this.slug, this.cityEditor.id(), this.city,
				Map.of(1, "Nous ouvrons un accès au logement au Sénégal. Le reste suit."), "fr",
				ContributionChannel.WEB));
		publish(this.contributions.submit(this.slug, this.cityEditor.id(), this.city,
				Map.of(2, "Des interprètes en Bretagne."), "fr", ContributionChannel.EMAIL));
		publish(this.contributions.submit(this.slug, this.ministryEditor.id(), this.ministry,
				Map.of(1, "Housing first in Senegal.", 2, "Funding."), "en", ContributionChannel.WEB));
		publish(this.contributions.reply(this.slug, this.shelterAnswer, this.member.id(), null, "Et le logement ?",
				"fr", ContributionChannel.WEB));
		this.contributions.submit(this.slug, this.member.id(), null, Map.of(1, "Texte secret en attente."), "fr",
				ContributionChannel.WEB);
	}

	private long publish(long id) {
		this.support.users.run(this.organiser, () -> this.moderation.approve(id, 0));
		return id;
	}

	private SynthesisModel build() {
		return this.support.users.as(this.organiser, () -> {
			SynthesisEditor.Readable readable = this.syntheses.editable(this.slug);
			return this.builder.build(readable.dialogue(), readable.synthesis(), Locale.FRENCH);
		});
	}

	private static Map<String, Long> counts(List<Count> counts) {
		return counts.stream()
			.collect(java.util.stream.Collectors.toMap(Count::code, Count::count, (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	@Test
	void countsPublishedContributionsByCountryLevelTypeLanguageAndChannel() {
		SynthesisModel synthesis = build();

		assertThat(synthesis.contributions()).isEqualTo(4);
		SynthesisModel.Figures round = synthesis.rounds().get(0).figures();
		assertThat(counts(round.byCountry())).containsExactly(Map.entry("FR", 2L), Map.entry("SN", 1L),
				Map.entry("unspecified", 1L));
		assertThat(round.byCountry()).extracting(Count::label).containsExactly("France", "Sénégal", "Non précisé");
		assertThat(counts(round.byLevel())).containsExactly(Map.entry("local", 2L), Map.entry("national", 1L),
				Map.entry("unspecified", 1L));
		assertThat(counts(round.byOrganisationType())).containsExactly(Map.entry("local-authority", 2L),
				Map.entry("national-ministry", 1L), Map.entry("unspecified", 1L));
		assertThat(counts(round.byLanguage())).containsExactly(Map.entry("fr", 3L), Map.entry("en", 1L));
		assertThat(counts(round.byChannel())).containsExactly(Map.entry("WEB", 3L), Map.entry("EMAIL", 1L));
		assertThat(synthesis.rounds().get(1).contributions()).isZero();
	}

	@Test
	void neverShowsUnpublishedContributions() throws Exception {
		SynthesisModel synthesis = build();

		assertThat(synthesis.rounds().get(0).questions().get(0).contributions()).extracting(Item::text)
			.containsExactly("Nous ouvrons un accès au logement au Sénégal. Le reste suit.",
					"Housing first in Senegal.");
		this.mvc.perform(get("/dialogues/" + this.slug + "/synthesis").with(this.organiser.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Housing first in Senegal.")))
			.andExpect(content().string(not(containsString("Texte secret en attente"))));
	}

	@Test
	void detectsConceptsPlacesAndPrefillsAPracticeDraft() throws Exception {
		Item answer = build().rounds().get(0).questions().get(0).contributions().get(0);

		assertThat(answer.concepts()).extracting(Count::code).contains("pas-housing");
		assertThat(answer.concepts()).extracting(Count::label).contains("logement");
		assertThat(answer.places()).extracting(Count::code).containsExactly("iso:SN");
		assertThat(answer.replies()).extracting(Item::text).containsExactly("Et le logement ?");
		assertThat(answer.draft().title()).isEqualTo("Nous ouvrons un accès au logement au Sénégal.");
		assertThat(answer.draft().themes()).contains("housing");
		assertThat(answer.draft().countries()).containsExactly("SN");
		assertThat(answer.draft().lead()).isEqualTo(this.city);
		assertThat(build().rounds().get(0).questions().get(0).concepts()).first()
			.satisfies(c -> assertThat(c.code()).isEqualTo("pas-housing"));

		String form = this.mvc.perform(get(URI.create(answer.draft().url())).with(this.organiser.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Document page = Jsoup.parse(form);
		assertThat(page.selectFirst("input[name=title]").attr("value"))
			.isEqualTo("Nous ouvrons un accès au logement au Sénégal.");
		assertThat(page.selectFirst("textarea[name=summary]").text())
			.isEqualTo("Nous ouvrons un accès au logement au Sénégal. Le reste suit.");
		assertThat(page.select("select#countries option[value=SN][selected]")).isNotEmpty();
	}

	@Test
	void visitorSeesNeitherTheDraftNorTheFormUntilItIsPublished() throws Exception {
		this.mvc.perform(get("/dialogues/" + this.slug + "/synthesis")).andExpect(status().isNotFound());
		this.mvc.perform(get("/dialogues/" + this.slug + "/synthesis.pdf")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/dialogues/" + this.slug + "/synthesis")).andExpect(status().isNotFound());
		this.mvc.perform(get("/dialogues/" + this.slug + "/synthesis/edit").with(this.member.signedIn()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/dialogues/" + this.slug + "/synthesis/publish").with(this.member.signedIn()).with(csrf()))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(
					post("/dialogues/" + this.slug + "/synthesis/publish").with(this.organiser.signedIn()).with(csrf()))
			.andExpect(redirectedUrl("/dialogues/" + this.slug + "/synthesis"));

		this.mvc.perform(get("/dialogues/" + this.slug + "/synthesis"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Publiée")))
			.andExpect(content().string(not(containsString("Créer un brouillon de pratique"))));
		this.mvc.perform(get("/api/v1/dialogues/" + this.slug + "/synthesis"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.rounds[0].figures.byLanguage[0].code").value("fr"))
			.andExpect(jsonPath("$.rounds[0].figures.byLanguage[0].count").value(3));
		this.mvc.perform(get("/dialogues/" + this.slug + "/synthesis/edit").with(this.member.signedIn()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/dialogues/" + this.slug)).andExpect(content().string(containsString("/synthesis\"")));
	}

	@Test
	void organiserSavesSummariesAndIsToldWhenSomeoneSavedMeanwhile() throws Exception {
		this.mvc
			.perform(post("/dialogues/" + this.slug + "/synthesis/edit").with(this.organiser.signedIn())
				.with(csrf())
				.param("introduction", "Quatre semaines d’échanges.")
				.param("summaries[1-1]", "<p>Le <strong>logement</strong> revient partout.</p><script>x()</script>"))
			.andExpect(redirectedUrl("/dialogues/" + this.slug + "/synthesis"));
		SynthesisModel saved = build();
		assertThat(saved.introduction()).contains("Quatre semaines");
		assertThat(saved.rounds().get(0).questions().get(0).summary())
			.isEqualTo("<p>Le <strong>logement</strong> revient partout.</p>");

		this.mvc
			.perform(post("/dialogues/" + this.slug + "/synthesis/edit").with(this.organiser.signedIn())
				.with(csrf())
				.param("version", Long.toString(saved.version() + 7))
				.param("introduction", "Autre version."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Quelqu’un a modifié la synthèse")));
		this.mvc
			.perform(post("/dialogues/" + this.slug + "/synthesis/edit").with(this.organiser.signedIn())
				.with(csrf())
				.param("version", Long.toString(saved.version()))
				.param("summaries[9-1]", "Nulle part."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Ce dialogue n’a pas de question 9.1.")));
	}

	@Test
	void pdfAndDocxHoldTheSummaryAQuestionAndTheContributions() throws Exception {
		this.support.users.run(this.organiser, () -> this.syntheses.save(this.slug, null, "Introduction générale.",
				Map.of(new QuestionKey(1, 1), "Le logement est la priorité des villes.")));

		byte[] pdf = this.mvc.perform(get("/dialogues/" + this.slug + "/synthesis.pdf").with(this.organiser.signedIn()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument read = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
			assertThat(text)
				.contains("Le logement est la priorité des villes.", "Quelles pratiques locales fonctionnent ?",
						"Housing first in Senegal.", "Contributions par langue")
				.doesNotContain("Texte secret");
		}

		byte[] docx = this.mvc
			.perform(get("/dialogues/" + this.slug + "/synthesis.docx").with(this.organiser.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(read)) {
			assertThat(extractor.getText()).contains("Le logement est la priorité des villes.",
					"Quelles pratiques locales fonctionnent ?", "Introduction générale.", "Housing first in Senegal.");
		}
	}

}
