package org.passerelle.dialogues.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.DemoOrganisations;
import org.passerelle.dialogues.ContributionStatus;
import org.passerelle.dialogues.PositionStatus;
import org.passerelle.dialogues.RoundState;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo dialogue, loaded from its file over the demo organisations. */
@PasserelleIntegrationTest
class DemoDialoguesIntegrationTests {

	@Autowired
	DemoDialogues demo;

	@Autowired
	DemoOrganisations demoOrganisations;

	@Autowired
	DialogueRepository dialogues;

	@Autowired
	ContributionRepository contributions;

	@Autowired
	ModerationDecisionRepository decisions;

	@Autowired
	Accounts accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	PositionRepository positions;

	@Autowired
	SynthesisRepository syntheses;

	@Autowired
	EndorsementRepository endorsements;

	@Autowired
	TransmissionRepository transmissions;

	@Test
	void loadsTheDialogueItsRoundsAndItsModeratedContributions() {
		this.demoOrganisations.load();

		DemoDialogueLoaded loaded = this.demo.load(new ClassPathResource(DemoDialogues.FILE)).orElseThrow();

		Dialogue dialogue = new TransactionTemplate(this.transactions).execute(status -> {
			Dialogue found = this.dialogues.findById(loaded.dialogueId()).orElseThrow();
			found.getRounds().forEach(r -> r.getQuestions().size());
			return found;
		});
		assertThat(dialogue.getSlug()).startsWith("approche-territoriale-migration-developpement");
		assertThat(dialogue.getOrganiserIds()).hasSize(3);
		assertThat(dialogue.getLanguages()).containsExactly("fr", "en", "es");
		assertThat(dialogue.getRounds()).hasSize(4);
		assertThat(dialogue.getRounds().stream().mapToInt(r -> r.getQuestions().size()).sum()).isEqualTo(12);
		// the dialogue is over, its rounds one after the other and not announced again
		assertThat(dialogue.getRounds()).allSatisfy(r -> {
			assertThat(r.state(Instant.now())).isEqualTo(RoundState.CLOSED);
			assertThat(r.getAnnouncedAt()).isNotNull();
		});
		assertThat(dialogue.getRounds().get(1).getOpensAt()).isEqualTo(dialogue.getRounds().get(0).getClosesAt());

		List<Contribution> all = this.contributions.findAll()
			.stream()
			.filter(c -> c.getDialogueId() == loaded.dialogueId())
			.toList();
		assertThat(all).hasSize(40);
		assertThat(loaded.contributionIdsByKey()).hasSize(40);
		Map<ContributionStatus, Long> statuses = all.stream()
			.collect(Collectors.groupingBy(Contribution::getStatus, Collectors.counting()));
		assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(ContributionStatus.PUBLISHED, 37L,
				ContributionStatus.SPAM, 1L, ContributionStatus.REJECTED, 2L));
		assertThat(all.stream().collect(Collectors.groupingBy(Contribution::getLanguage, Collectors.counting())))
			.containsExactlyInAnyOrderEntriesOf(Map.of("fr", 19L, "en", 14L, "es", 7L));

		Map<Long, Contribution> byId = all.stream().collect(Collectors.toMap(Contribution::getId, Function.identity()));
		Contribution reply = byId.get(loaded.contributionIdsByKey().get("r2-reply-rennes"));
		Contribution parent = byId.get(loaded.contributionIdsByKey().get("r2-rennes"));
		assertThat(reply.getParentId()).isEqualTo(parent.getId());
		assertThat(reply.getRoundNumber()).isEqualTo(parent.getRoundNumber());
		assertThat(reply.getSubmittedAt()).isAfter(parent.getSubmittedAt());
		assertThat(reply.replyText()).isNotBlank();
		assertThat(all.stream().filter(Contribution::isReply)).hasSize(4)
			.allSatisfy(r -> assertThat(byId.get(r.getParentId()).getStatus()).isEqualTo(ContributionStatus.PUBLISHED));

		// attributed to the organisation through a demo account that belongs to it
		Contribution montreuil = byId.get(loaded.contributionIdsByKey().get("r1-montreuil"));
		long montreuilId = loaded.organisationIdsByName().get("Ville de Montreuil");
		assertThat(montreuil.getOrganisationId()).isEqualTo(montreuilId);
		assertThat(this.accounts.find(montreuil.getAuthorId()).orElseThrow().memberOf()).contains(montreuilId);

		// every status comes from a decision of the demo moderator; a rejection says why
		Contribution rejected = byId.get(loaded.contributionIdsByKey().get("r2-pending"));
		assertThat(this.decisions.findFirstByContributionIdOrderByIdDesc(rejected.getId())).hasValueSatisfying(d -> {
			assertThat(d.getDecision()).isEqualTo(DecisionKind.REJECTED);
			assertThat(d.getNote()).contains("Doublon");
			assertThat(d.getModeratorId()).isEqualTo(loaded.moderatorId());
		});
		assertThat(all)
			.allSatisfy(c -> assertThat(this.decisions.findFirstByContributionIdOrderByIdDesc(c.getId())).isPresent());

		// the published synthesis, with the moderators' summary of every question
		assertThat(this.syntheses.findByDialogueId(loaded.dialogueId())).hasValueSatisfying(synthesis -> {
			assertThat(synthesis.isPublished()).isTrue();
			assertThat(synthesis.getIntroduction()).contains("<p>");
			assertThat(synthesis.getSummaries()).hasSize(12);
			assertThat(synthesis.summary(1, 1)).hasValueSatisfying(text -> assertThat(text).contains("coopération"));
		});

		// the common position, endorsed, transmitted and under consideration
		List<Position> positions = this.positions.findByDialogueIdOrderByCreatedAtDescIdDesc(loaded.dialogueId());
		assertThat(positions).singleElement().satisfies(position -> {
			assertThat(position.getStatus()).isEqualTo(PositionStatus.UNDER_CONSIDERATION);
			assertThat(position.getFollowUp()).contains("Comité européen des régions");
			assertThat(this.endorsements.findByPositionIdOrderByEndorsedAtAscIdAsc(position.getId()))
				.extracting(Endorsement::getOrganisationId)
				.hasSize(6)
				.contains(montreuilId);
			assertThat(this.transmissions.findAll()
				.stream()
				.filter(t -> t.getPositionId() == position.getId())
				.map(Transmission::getInstitution)).containsExactlyInAnyOrder("Comité européen des régions",
						"Forum mondial sur la migration et le développement");
		});
	}

}
