package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.practices.internal.PracticeContent.PartnerRole;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PasserelleIntegrationTest
class PracticeEditorIntegrationTests {

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

	PracticeTestSupport support;

	long rennes;

	User camille;

	@BeforeEach
	void setUp() {
		this.support = new PracticeTestSupport(this.accounts, this.organisations,
				new TransactionTemplate(this.transactionManager));
		this.rennes = this.support.organisation("Ville de Rennes (test)");
		this.camille = this.support.editorOf(this.rennes, "Camille");
	}

	@Test
	void editorOfTheLeadOrganisationCreatesADraft() {
		long id = this.support.as(this.camille, () -> this.editor.create(PracticeTestSupport.content(this.rennes)));

		Practice practice = this.practices.findById(id).orElseThrow();
		assertThat(practice.getStatus()).isEqualTo(PracticeStatus.DRAFT);
		assertThat(practice.getCreatedBy()).isEqualTo(this.camille.id());
		assertThat(practice.getThemes()).containsExactly("emergency-shelter");
		assertThat(practice.getGcmObjectives()).containsExactly(15);
		assertThat(practice.getTranslations()).containsKey("en");
		assertThat(practice.getOrganisationTypes()).containsExactly("local-authority");
	}

	@Test
	void memberWhoEditsNoneOfItsOrganisationsCannotCreateIt() {
		User stranger = this.support.member("Stranger");
		long before = this.practices.count();

		assertThatThrownBy(
				() -> this.support.as(stranger, () -> this.editor.create(PracticeTestSupport.content(this.rennes))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.practices.count()).isEqualTo(before);
	}

	@Test
	void storesRichTextWithoutScripts() {
		PracticeContent content = PracticeTestSupport.content(this.rennes);
		PracticeContent hostile = new PracticeContent(content.language(), content.title(), content.summary(),
				"<p onclick=\"steal()\">Texte</p><script>alert(1)</script>", content.leadOrganisationId(),
				content.partners(), content.countries(), content.territories(), content.originTerritories(),
				content.levels(), content.themes(), content.gcmObjectives(), content.sdgTargets(),
				content.targetGroups(), content.startYear(), content.endYear(), content.budget(),
				content.fundingSources(), "<a href=\"javascript:alert(1)\">lien</a>", content.lessons(),
				content.transferability(), content.links(), content.translations());

		long id = this.support.as(this.camille, () -> this.editor.create(hostile));

		Practice practice = this.practices.findById(id).orElseThrow();
		assertThat(practice.getDescription()).contains("Texte").doesNotContain("script").doesNotContain("onclick");
		assertThat(practice.getResults()).contains("lien").doesNotContain("javascript");
	}

	@Test
	void rejectsUnknownThemeNamingTheField() {
		PracticeContent content = PracticeTestSupport.content(this.rennes);
		PracticeContent wrong = new PracticeContent(content.language(), content.title(), content.summary(),
				content.description(), content.leadOrganisationId(), content.partners(), content.countries(),
				content.territories(), content.originTerritories(), content.levels(), List.of("emergency-shelters"),
				content.gcmObjectives(), content.sdgTargets(), content.targetGroups(), 2020, 2019, content.budget(),
				content.fundingSources(), content.results(), content.lessons(), content.transferability(),
				content.links(), content.translations());

		assertThatThrownBy(() -> this.support.as(this.camille, () -> this.editor.create(wrong))).isInstanceOfSatisfying(
				PracticeRejectedException.class,
				ex -> assertThat(ex.problems()).extracting(PracticeProblem::field, PracticeProblem::messageKey)
					.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("themes", "practices.problem.code"),
							org.assertj.core.groups.Tuple.tuple("endYear", "practices.problem.yearOrder")));
	}

	@Test
	void goesThroughModerationAndBack() {
		User moderator = this.support.moderator("Moderator");
		long id = this.support.as(this.camille, () -> this.editor.create(PracticeTestSupport.content(this.rennes)));

		this.support.run(this.camille, () -> this.editor.submit(id));
		assertThatThrownBy(() -> this.support.run(this.camille, () -> this.editor.publish(id)))
			.isInstanceOf(AccessDeniedException.class);
		this.support.run(moderator, () -> this.editor.returnToAuthor(id, "Ajoutez des chiffres."));
		assertThat(this.practices.findById(id).orElseThrow().getReturnReason()).isEqualTo("Ajoutez des chiffres.");

		this.support.run(this.camille, () -> this.editor.submit(id));
		this.support.run(moderator, () -> this.editor.publish(id));

		Practice published = this.practices.findById(id).orElseThrow();
		assertThat(published.getStatus()).isEqualTo(PracticeStatus.PUBLISHED);
		assertThat(published.getPublishedAt()).isNotNull();
		assertThat(published.getReturnReason()).isNull();
	}

	@Test
	void cannotPublishADraftThatWasNotSubmitted() {
		User moderator = this.support.moderator("Moderator");
		long id = this.support.as(this.camille, () -> this.editor.create(PracticeTestSupport.content(this.rennes)));

		assertThatThrownBy(() -> this.support.run(moderator, () -> this.editor.publish(id)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void editorsOfAPartnerMayEditButOthersMayNot() {
		long palermo = this.support.organisation("Comune di Palermo (test)", "local-authority", "local", "IT");
		User giulia = this.support.editorOf(palermo, "Giulia");
		User stranger = this.support.member("Stranger");
		PracticeContent content = PracticeTestSupport.withPartners(PracticeTestSupport.content(this.rennes),
				List.of(new PartnerRole(palermo, "partner")));
		long id = this.support.as(this.camille, () -> this.editor.create(content));

		this.support.run(giulia, () -> this.editor.update(id, content, null));
		assertThatThrownBy(() -> this.support.run(stranger, () -> this.editor.update(id, content, null)))
			.isInstanceOf(org.passerelle.practices.PracticeNotFoundException.class);
		assertThat(this.practices.findById(id).orElseThrow().getOrganisationTypes()).containsExactly("local-authority");
	}

	@Test
	void refusesAnUpdateMadeFromAnOlderVersion() {
		long id = this.support.as(this.camille, () -> this.editor.create(PracticeTestSupport.content(this.rennes)));
		PracticeContent changed = PracticeTestSupport.withTitle(PracticeTestSupport.content(this.rennes),
				"Hébergement d’urgence : bilan");
		this.support.run(this.camille, () -> this.editor.update(id, changed, 0L));

		assertThatThrownBy(() -> this.support.run(this.camille,
				() -> this.editor.update(id, PracticeTestSupport.content(this.rennes), 0L)))
			.isInstanceOf(PracticeChangedException.class);
		assertThat(this.practices.findById(id).orElseThrow().getTitle()).isEqualTo("Hébergement d’urgence : bilan");
	}

}
