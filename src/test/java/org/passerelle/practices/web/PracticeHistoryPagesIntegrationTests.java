package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.practices.internal.PracticeContent;
import org.passerelle.practices.internal.PracticeEditor;
import org.passerelle.practices.internal.PracticeRepository;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;

@PasserelleIntegrationTest
class PracticeHistoryPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	PracticeEditor editor;

	@Autowired
	PracticeRepository practices;

	PracticeFixtures fixtures;

	long lead;

	User camille;

	@BeforeEach
	void setUp() {
		this.fixtures = new PracticeFixtures(this.accounts, this.organisations, this.transactions, this.editor,
				this.practices);
		this.lead = this.fixtures.support.organisation("Ville d’Historique " + UUID.randomUUID());
		this.camille = this.fixtures.support.editorOf(this.lead, "Camille Historienne");
	}

	@Test
	void historyShowsEachVersionWithItsAuthorAndTheFieldsItChanged() throws Exception {
		long id = this.fixtures.draft(this.camille, PracticeTestSupport.content(this.lead));
		PracticeContent changed = withThemes(PracticeTestSupport.withTitle(PracticeTestSupport.content(this.lead),
				"Hébergement d’urgence intercommunal"), List.of("emergency-shelter", "housing"));
		this.fixtures.support.run(this.camille, () -> this.editor.update(id, changed, null));

		String page = html(this.mvc.perform(get("/practices/{id}/history", id).with(this.camille.signedIn()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(count(page, "<tr>")).isEqualTo(3); // the header and two versions
		assertThat(count(page, "class=\"practice-history-author\">Camille Historienne<")).isEqualTo(2);
		assertThat(page).contains("Création", "Titre, Thèmes", "Comparer avec la précédente");
	}

	@Test
	void comparisonShowsTheChangedWordsAndTheAddedCodesWithTheirLabels() throws Exception {
		long id = this.fixtures.draft(this.camille, PracticeTestSupport.content(this.lead));
		PracticeContent changed = withThemes(PracticeTestSupport.withTitle(PracticeTestSupport.content(this.lead),
				"Hébergement d’urgence intercommunal"), List.of("emergency-shelter", "housing"));
		this.fixtures.support.run(this.camille, () -> this.editor.update(id, changed, null));
		String history = html(
				this.mvc.perform(get("/practices/{id}/history", id).with(this.camille.signedIn())).andReturn());
		Matcher link = Pattern.compile("/practices/" + id + "/history/compare\\?from=(\\d+)&amp;to=(\\d+)")
			.matcher(history);
		assertThat(link.find()).isTrue();

		String page = html(this.mvc
			.perform(get("/practices/{id}/history/compare", id).param("from", link.group(1))
				.param("to", link.group(2))
				.with(this.camille.signedIn()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page).contains("<del class=\"bg-danger-subtle\">municipal</del>")
			.contains("<ins class=\"bg-success-subtle\">intercommunal</ins>");
		assertThat(page).contains("Ajoutés", "Logement").doesNotContain("Retirés");
		assertThat(page).contains("Camille Historienne");
	}

	@Test
	void richTextIsComparedAsPlainText() throws Exception {
		long id = this.fixtures.draft(this.camille, PracticeTestSupport.content(this.lead));
		PracticeContent base = PracticeTestSupport.content(this.lead);
		PracticeContent changed = new PracticeContent(base.language(), base.title(), base.summary(),
				"<p>Un dispositif <em>intercommunal</em> d’hébergement.</p>", base.leadOrganisationId(),
				base.partners(), base.countries(), base.territories(), base.originTerritories(), base.levels(),
				base.themes(), base.gcmObjectives(), base.sdgTargets(), base.targetGroups(), base.startYear(),
				base.endYear(), base.budget(), base.fundingSources(), base.results(), base.lessons(),
				base.transferability(), base.links(), base.translations());
		this.fixtures.support.run(this.camille, () -> this.editor.update(id, changed, null));
		String history = html(
				this.mvc.perform(get("/practices/{id}/history", id).with(this.camille.signedIn())).andReturn());
		Matcher link = Pattern.compile("from=(\\d+)&amp;to=(\\d+)").matcher(history);
		assertThat(link.find()).isTrue();

		String page = html(this.mvc
			.perform(get("/practices/{id}/history/compare", id).param("from", link.group(1))
				.param("to", link.group(2))
				.with(this.camille.signedIn()))
			.andReturn());

		assertThat(page).contains("Description", "<del class=\"bg-danger-subtle\">municipal</del>",
				"<ins class=\"bg-success-subtle\">intercommunal</ins>");
		assertThat(page).doesNotContain("&lt;em&gt;").doesNotContain("<em>intercommunal");
	}

	@Test
	void historyOfADraftIsNotFoundForVisitorsAndOtherMembers() throws Exception {
		long id = this.fixtures.draft(this.camille, PracticeTestSupport.content(this.lead));
		User stranger = this.fixtures.support.member("Curieux");

		this.mvc.perform(get("/practices/{id}/history", id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/practices/{id}/history", id).with(stranger.signedIn())).andExpect(status().isNotFound());
		this.mvc.perform(get("/practices/{id}/history/compare", id).param("from", "1").param("to", "2"))
			.andExpect(status().isNotFound());
	}

	@Test
	void historyOfAPublishedPracticeIsPublicWithoutTheReturnReasons() throws Exception {
		long id = this.fixtures.submitted(this.camille, PracticeTestSupport.content(this.lead));
		User moderator = this.fixtures.support.moderator("Modérateur d’historique");
		this.fixtures.support.run(moderator, () -> this.editor.returnToAuthor(id, "Raison confidentielle"));
		this.fixtures.support.run(this.camille, () -> this.editor.submit(id));
		this.fixtures.support.run(moderator, () -> this.editor.publish(id));

		String page = html(this.mvc.perform(get("/practices/{id}/history", id)).andExpect(status().isOk()).andReturn());

		assertThat(page).contains("Publiée", "Renvoyée aux auteurs", "Camille Historienne", "Modérateur d’historique");
		assertThat(page).doesNotContain("Raison du renvoi");
		String forEditor = html(
				this.mvc.perform(get("/practices/{id}/history", id).with(this.camille.signedIn())).andReturn());
		assertThat(forEditor).contains("Raison du renvoi");
	}

	@Test
	void unknownVersionIsNotFound() throws Exception {
		long id = this.fixtures.published(this.camille, PracticeTestSupport.content(this.lead));

		this.mvc.perform(get("/practices/{id}/history/compare", id).param("from", "999999999").param("to", "1"))
			.andExpect(status().isNotFound());
	}

	private static PracticeContent withThemes(PracticeContent c, List<String> themes) {
		return new PracticeContent(c.language(), c.title(), c.summary(), c.description(), c.leadOrganisationId(),
				c.partners(), c.countries(), c.territories(), c.originTerritories(), c.levels(), themes,
				c.gcmObjectives(), c.sdgTargets(), c.targetGroups(), c.startYear(), c.endYear(), c.budget(),
				c.fundingSources(), c.results(), c.lessons(), c.transferability(), c.links(), c.translations());
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
	}

}
