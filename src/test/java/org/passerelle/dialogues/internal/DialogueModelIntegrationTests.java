package org.passerelle.dialogues.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.MembershipRole;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionRejectedException;
import org.passerelle.dialogues.ContributionStatus;
import org.passerelle.dialogues.Contributions;
import org.passerelle.dialogues.DialogueTestSupport;
import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.RoundOpened;
import org.passerelle.kernel.ConflictException;
import org.passerelle.practices.PracticeTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.passerelle.test.PasserelleIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.dialogues.DialogueTestSupport.command;
import static org.passerelle.dialogues.DialogueTestSupport.round;

@PasserelleIntegrationTest
class DialogueModelIntegrationTests {

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
	ContributionRepository contributionRepository;

	@Autowired
	ModerationDecisionRepository decisions;

	@Autowired
	RoundRepository rounds;

	@Autowired
	DialogueRepository dialogues;

	@Autowired
	EntityManager entityManager;

	DialogueTestSupport support;

	long organisation;

	User organiser;

	User member;

	@BeforeEach
	void setUp() {
		this.support = new DialogueTestSupport(this.accounts, this.organisations, this.transactions, this.editor);
		this.organisation = this.support.users.organisation("Région Dialogue " + UUID.randomUUID());
		this.organiser = this.support.users.editorOf(this.organisation, "Olga Organisatrice");
		this.member = this.support.users.member("Marc Membre");
	}

	@Test
	void rejectsOverlappingRounds() {
		var overlapping = command("Chevauchement", this.organisation, DialogueVisibility.PUBLIC,
				List.of(round("A", Duration.ofDays(1), Duration.ofDays(7)),
						round("B", Duration.ofDays(5), Duration.ofDays(7))));

		assertThatThrownBy(() -> this.support.create(this.organiser, overlapping))
			.isInstanceOfSatisfying(DialogueRejectedException.class, ex -> {
				assertThat(ex.has("dialogues.problem.overlap")).isTrue();
				assertThat(ex.problems()).anyMatch(p -> p.field().equals("rounds[1].opensAt"));
			});
	}

	@Test
	void rejectsRoundClosingBeforeItOpensAndRoundWithoutQuestion() {
		Instant opens = Instant.now().plus(Duration.ofDays(3));
		var wrong = command("Fermeture avant ouverture", this.organisation, DialogueVisibility.PUBLIC,
				List.of(new DialogueCommand.RoundCommand(null, opens, opens.minusSeconds(60), List.of())));

		assertThatThrownBy(() -> this.support.create(this.organiser, wrong))
			.isInstanceOfSatisfying(DialogueRejectedException.class, ex -> {
				assertThat(ex.has("dialogues.problem.closesBeforeOpening")).isTrue();
				assertThat(ex.has("dialogues.problem.noQuestion")).isTrue();
			});
	}

	@Test
	void givesEachDialogueItsOwnAddressFromItsTitle() {
		String first = this.support.openDialogue(this.organiser, this.organisation, "Accueil des réfugiés à Lyon");
		String second = this.support.openDialogue(this.organiser, this.organisation, "Accueil des réfugiés à Lyon");

		assertThat(first).startsWith("accueil-des-refugies-a-lyon");
		assertThat(second).startsWith("accueil-des-refugies-a-lyon").isNotEqualTo(first);
	}

	@Test
	void refusesContributionOutsideAnOpenRound() {
		String slug = this.support.create(this.organiser,
				command("Pas encore ouvert " + UUID.randomUUID(), this.organisation, DialogueVisibility.PUBLIC,
						List.of(round("Plus tard", Duration.ofDays(2), Duration.ofDays(7)))));

		assertThatThrownBy(() -> this.contributions.submit(slug, this.member.id(), null,
				Map.of(1, "Nos pratiques locales."), "fr", ContributionChannel.WEB))
			.isInstanceOfSatisfying(ContributionRejectedException.class,
					ex -> assertThat(ex.has("dialogues.problem.noOpenRound")).isTrue());
	}

	@Test
	void refusesAnswersToQuestionsOfNoRoundAndBlankContributions() {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Questions " + UUID.randomUUID());

		assertThatThrownBy(() -> this.contributions.submit(slug, this.member.id(), null,
				Map.of(1, "Oui.", 9, "Une question qui n’existe pas."), "fr", ContributionChannel.WEB))
			.isInstanceOfSatisfying(ContributionRejectedException.class, ex -> assertThat(ex.problems()).anyMatch(
					p -> p.field().equals("answers[9]") && p.messageKey().equals("dialogues.problem.unknownQuestion")));
		assertThatThrownBy(() -> this.contributions.submit(slug, this.member.id(), null, Map.of(1, "  "), "fr",
				ContributionChannel.WEB))
			.isInstanceOfSatisfying(ContributionRejectedException.class,
					ex -> assertThat(ex.has("dialogues.problem.noAnswer")).isTrue());
	}

	@Test
	void refusesReplyToReply() {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Réponses " + UUID.randomUUID());
		long contribution = publish(this.contributions.submit(slug, this.member.id(), null,
				Map.of(1, "Des cours de langue dès l’arrivée."), "fr", ContributionChannel.WEB));
		long reply = publish(this.contributions.reply(slug, contribution, this.organiser.id(), null,
				"Nous faisons de même.", null, ContributionChannel.WEB));

		assertThatThrownBy(() -> this.contributions.reply(slug, reply, this.member.id(), null, "Et nous aussi.", null,
				ContributionChannel.WEB))
			.isInstanceOfSatisfying(ContributionRejectedException.class,
					ex -> assertThat(ex.has("dialogues.problem.replyToReply")).isTrue());
	}

	@Test
	void refusesOrganisationTheAuthorDoesNotBelongTo() {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Au nom de " + UUID.randomUUID());

		assertThatThrownBy(() -> this.contributions.submit(slug, this.member.id(), this.organisation,
				Map.of(1, "Au nom d’une autre."), "fr", ContributionChannel.WEB))
			.isInstanceOfSatisfying(ContributionRejectedException.class,
					ex -> assertThat(ex.has("dialogues.problem.notMember")).isTrue());
	}

	@Test
	void twoModeratorsApprovingTheSameContributionAtOnceRecordExactlyOneDecision() throws Exception {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Concurrence " + UUID.randomUUID());
		long id = this.contributions.submit(slug, this.member.id(), null, Map.of(1, "Un guichet unique."), "fr",
				ContributionChannel.WEB);
		long version = this.contributionRepository.findById(id).orElseThrow().getVersion();
		List<User> moderators = List.of(this.support.users.moderator("Première Modératrice"),
				this.support.users.moderator("Second Modérateur"));

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Future<Throwable>> outcomes = new ArrayList<>();
		try {
			for (User moderator : moderators) {
				outcomes.add(threads.submit(() -> {
					start.await();
					try {
						this.support.users.run(moderator, () -> this.moderation.approve(id, version));
						return null;
					}
					catch (Throwable ex) {
						return ex;
					}
				}));
			}
			start.countDown();
			List<Throwable> failures = new ArrayList<>();
			for (Future<Throwable> outcome : outcomes) {
				Throwable failure = outcome.get(30, TimeUnit.SECONDS);
				if (failure != null) {
					failures.add(failure);
				}
			}
			assertThat(this.decisions.countByContributionId(id)).isEqualTo(1);
			assertThat(failures).singleElement().isInstanceOf(ConflictException.class);
			assertThat(this.contributionRepository.findById(id).orElseThrow().getStatus())
				.isEqualTo(ContributionStatus.PUBLISHED);
			ModerationDecision recorded = this.decisions.findFirstByContributionIdOrderByIdDesc(id).orElseThrow();
			String winner = moderators.stream()
				.filter(m -> m.id() == recorded.getModeratorId())
				.findFirst()
				.orElseThrow()
				.name();
			ContributionAlreadyDecidedException loser = (ContributionAlreadyDecidedException) failures.get(0);
			if (loser.decidedBy() != null) {
				assertThat(loser.getMessage()).contains("already decided by " + winner);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aLateDecisionOnADecidedContributionSaysWhoDecided() {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Trop tard " + UUID.randomUUID());
		long id = this.contributions.submit(slug, this.member.id(), null, Map.of(2, "Des moyens."), "fr",
				ContributionChannel.WEB);
		User first = this.support.users.moderator("Rapide Modératrice");
		User second = this.support.users.moderator("Lent Modérateur");
		this.support.users.run(first, () -> this.moderation.reject(id, 0, "Hors sujet"));

		assertThatThrownBy(() -> this.support.users.run(second, () -> this.moderation.approve(id, 0)))
			.isInstanceOf(ContributionAlreadyDecidedException.class)
			.hasMessageContaining("already decided by Rapide Modératrice");
		assertThat(this.decisions.countByContributionId(id)).isEqualTo(1);
	}

	@Test
	void editingBeforeApprovalPublishesTheEditAndKeepsTheOriginalInTheHistory() {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Édition " + UUID.randomUUID());
		long id = this.contributions.submit(slug, this.member.id(), null,
				Map.of(1, "Appelez-moi au 06 12 34 56 78, nous avons un foyer."), "fr", ContributionChannel.WEB);

		this.support.users.run(this.organiser,
				() -> this.moderation.editAndApprove(id, 0, Map.of(1, "Nous avons un foyer."), "Numéro retiré"));

		Contribution published = this.contributionRepository.findById(id).orElseThrow();
		assertThat(published.getStatus()).isEqualTo(ContributionStatus.PUBLISHED);
		assertThat(published.answer(1).orElseThrow().text()).isEqualTo("<p>Nous avons un foyer.</p>");
		List<String> history = new TransactionTemplate(this.transactions).execute(status -> {
			var reader = AuditReaderFactory.get(this.entityManager);
			return reader.getRevisions(Contribution.class, id)
				.stream()
				.map(rev -> reader.find(Contribution.class, id, rev).answer(1).orElseThrow().text())
				.toList();
		});
		assertThat(history).first().asString().contains("06 12 34 56 78");
		assertThat(history).last().asString().doesNotContain("06 12 34 56 78");
	}

	@Test
	void announcesEachOpenedRoundOnceWithRoundOpened() {
		Instant week1 = Instant.parse("2101-03-01T08:00:00Z");
		String slug = this.support.create(this.organiser,
				command("Horloge " + UUID.randomUUID(), this.organisation, DialogueVisibility.PUBLIC,
						List.of(round("Semaine 1", week1, week1.plus(Duration.ofDays(7))),
								round("Semaine 2", week1.plus(Duration.ofDays(7)), week1.plus(Duration.ofDays(14))))));
		long dialogueId = this.dialogues.findBySlug(slug).orElseThrow().getId();
		List<Object> published = new ArrayList<>();
		ApplicationEventPublisher events = published::add;

		RoundAnnouncer beforeOpening = announcer(week1.minusSeconds(60), events);
		assertThat(beforeOpening.announceOpenedRounds()).doesNotContain(new RoundOpened(dialogueId, 1));

		RoundAnnouncer duringWeek1 = announcer(week1.plus(Duration.ofHours(1)), events);
		assertThat(duringWeek1.announceOpenedRounds()).contains(new RoundOpened(dialogueId, 1))
			.doesNotContain(new RoundOpened(dialogueId, 2));
		assertThat(duringWeek1.announceOpenedRounds()).doesNotContain(new RoundOpened(dialogueId, 1));

		RoundAnnouncer duringWeek2 = announcer(week1.plus(Duration.ofDays(8)), events);
		assertThat(duringWeek2.announceOpenedRounds()).contains(new RoundOpened(dialogueId, 2))
			.doesNotContain(new RoundOpened(dialogueId, 1));
		assertThat(published).filteredOn(e -> e instanceof RoundOpened r && r.dialogueId() == dialogueId)
			.containsExactly(new RoundOpened(dialogueId, 1), new RoundOpened(dialogueId, 2));
	}

	private RoundAnnouncer announcer(Instant now, ApplicationEventPublisher events) {
		return new RoundAnnouncer(this.rounds, events, new DialogueClock(Clock.fixed(now, ZoneOffset.UTC)),
				this.transactions);
	}

	private long publish(long contributionId) {
		this.support.users.run(this.organiser, () -> this.moderation.approve(contributionId,
				this.contributionRepository.findById(contributionId).orElseThrow().getVersion()));
		return contributionId;
	}

}
