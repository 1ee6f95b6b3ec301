package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.AccountDeleted;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.MembershipRole;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.practices.internal.PracticeEditor;
import org.passerelle.practices.internal.PracticeMarks;
import org.passerelle.practices.internal.PracticeRepository;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PasserelleIntegrationTest
class PracticeMarksIntegrationTests {

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

	@Autowired
	PracticeMarks marks;

	@Autowired
	ApplicationEventPublisher events;

	PracticeFixtures fixtures;

	long lead;

	long practice;

	@BeforeEach
	void setUp() {
		this.fixtures = new PracticeFixtures(this.accounts, this.organisations, this.transactions, this.editor,
				this.practices);
		this.lead = this.fixtures.support.organisation("Ville de Rennes-Marques " + UUID.randomUUID());
		User author = this.fixtures.support.editorOf(this.lead, "Autrice");
		this.practice = this.fixtures.published(author, PracticeTestSupport.content(this.lead));
	}

	@Test
	void membersMarkAPracticeUsefulOnceEachAndCanTakeItBack() throws Exception {
		User ana = this.fixtures.support.member("Ana");
		User bruno = this.fixtures.support.member("Bruno");

		String afterAna = html(this.mvc
			.perform(post("/practices/{id}/marks/useful", this.practice).header("HX-Request", "true")
				.with(ana.signedIn())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(afterAna).startsWith("<section").contains("Un membre la trouve utile", "aria-pressed=\"true\"");

		String afterBruno = html(this.mvc
			.perform(post("/practices/{id}/marks/useful", this.practice).header("HX-Request", "true")
				.with(bruno.signedIn())
				.with(csrf()))
			.andReturn());
		assertThat(afterBruno).contains("2 membres la trouvent utile");

		String afterUndo = html(this.mvc
			.perform(post("/practices/{id}/marks/useful", this.practice).header("HX-Request", "true")
				.with(ana.signedIn())
				.with(csrf()))
			.andReturn());
		assertThat(afterUndo).contains("Un membre la trouve utile", "aria-pressed=\"false\"", "Je la trouve utile");
	}

	@Test
	void withoutHtmxMarkingReturnsToThePracticePage() throws Exception {
		User ana = this.fixtures.support.member("Ana sans script");

		this.mvc.perform(post("/practices/{id}/marks/useful", this.practice).with(ana.signedIn()).with(csrf()))
			.andExpect(redirectedUrl("/practices/" + this.practice));
		assertThat(this.fixtures.support.as(ana, () -> this.marks.summary(this.practice)).markedUseful()).isTrue();
	}

	@Test
	void replicatedByAppearsOnThePracticeAndOnTheOrganisationPage() throws Exception {
		long lyon = this.fixtures.support.organisation("Ville de Lyon-Reproduction " + UUID.randomUUID());
		User member = this.fixtures.support.member("Membre lyonnais");
		this.accounts.setMembership(member.id(), lyon, MembershipRole.MEMBER);

		String marksBox = html(this.mvc
			.perform(post("/practices/{id}/marks/replicated", this.practice).param("organisation", String.valueOf(lyon))
				.header("HX-Request", "true")
				.with(member.signedIn())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(marksBox).contains("Reproduite par", "href=\"/organisations/" + lyon + "\"",
				"Retirer : reproduite par Ville de Lyon-Reproduction");

		String section = html(
				this.mvc.perform(get("/practices/organisation/{id}/section", lyon).header("HX-Request", "true"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(section).startsWith("<div")
			.contains("Pratiques qu’elle a reproduites", "href=\"/practices/" + this.practice + "\"");
		String leadSection = html(this.mvc.perform(get("/practices/organisation/{id}/section", this.lead))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(leadSection).contains("<html", "href=\"/practices/" + this.practice + "\"", "Cheffe de file");

		String organisationPage = html(this.mvc.perform(get("/organisations/{id}", lyon)).andReturn());
		assertThat(organisationPage).contains("/practices/organisation/" + lyon + "/section");
	}

	@Test
	void memberCannotMarkForAnOrganisationTheyDoNotBelongTo() throws Exception {
		long other = this.fixtures.support.organisation("Ville étrangère " + UUID.randomUUID());
		User member = this.fixtures.support.member("Membre sans organisation");

		this.mvc
			.perform(
					post("/practices/{id}/marks/replicated", this.practice).param("organisation", String.valueOf(other))
						.with(member.signedIn())
						.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.marks.replicatedBy(other)).isEmpty();
	}

	@Test
	void draftCannotBeMarkedByOthers() throws Exception {
		User author = this.fixtures.support.editorOf(this.lead, "Auteur de brouillon");
		long draft = this.fixtures.draft(author, PracticeTestSupport.content(this.lead));
		User member = this.fixtures.support.member("Membre curieux");

		this.mvc.perform(post("/practices/{id}/marks/useful", draft).with(member.signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/practices/{id}/marks/useful", draft).with(author.signedIn()).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void deletedAccountsUsefulMarkGoesWhileItsOrganisationsMarkStays() throws Exception {
		long nantes = this.fixtures.support.organisation("Ville de Nantes-Départ " + UUID.randomUUID());
		User leaving = this.fixtures.support.member("Membre sur le départ");
		this.accounts.setMembership(leaving.id(), nantes, MembershipRole.MEMBER);
		this.fixtures.support.run(leaving, () -> {
			this.marks.toggleUseful(this.practice);
			this.marks.toggleReplicated(this.practice, nantes);
		});
		long usefulBefore = this.marks.summary(this.practice).usefulCount();

		new TransactionTemplate(this.transactions)
			.executeWithoutResult(status -> this.events.publishEvent(new AccountDeleted(leaving.id())));

		await("the marks of the deleted account").atMost(Duration.ofSeconds(20))
			.until(() -> this.marks.summary(this.practice).usefulCount() == usefulBefore - 1);
		assertThat(this.marks.replicatedBy(nantes)).extracting(p -> p.getId()).containsExactly(this.practice);
	}

	@Test
	void visitorsAreAskedToSignInToMark() throws Exception {
		this.mvc.perform(post("/practices/{id}/marks/useful", this.practice).with(csrf()))
			.andExpect(redirectedUrl("/login"));
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
	}

}
