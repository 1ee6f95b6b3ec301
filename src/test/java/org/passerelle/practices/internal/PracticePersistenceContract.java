package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.kernel.history.History;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.practices.internal.PracticeContent.PartnerRole;
import org.passerelle.practices.internal.PracticeHistory.FieldChange;
import org.passerelle.practices.internal.PracticeHistory.PracticeVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What moderation, history and marks read from the database, on either set-up: revisions
 * with their author, the moderation queue's filters on the code lists, and the practices
 * of an organisation (lead or partner, stored in a column of lines).
 */
abstract class PracticePersistenceContract {

	@Autowired
	PracticeEditor editor;

	@Autowired
	PracticeHistory history;

	@Autowired
	History kernelHistory;

	@Autowired
	PracticeModeration moderation;

	@Autowired
	PracticeRepository practiceRepository;

	@Autowired
	PracticeMarks marks;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	PracticeTestSupport support;

	long lead;

	User camille;

	@BeforeEach
	void setUp() {
		this.support = new PracticeTestSupport(this.accounts, this.organisations,
				new TransactionTemplate(this.transactionManager));
		this.lead = this.support.organisation("Ville de Persistance " + UUID.randomUUID());
		this.camille = this.support.editorOf(this.lead, "Camille Persistance");
	}

	@Test
	void recordsWhoMadeEachRevisionAndWhatChanged() {
		PracticeContent first = PracticeTestSupport.content(this.lead);
		long id = this.support.as(this.camille, () -> this.editor.create(first));
		this.support.run(this.camille, () -> this.editor.update(id,
				PracticeTestSupport.withTitle(first, "Hébergement d’urgence solidaire"), null));
		this.support.run(this.camille, () -> this.editor.update(id,
				PracticeTestSupport.withTitle(first, "Hébergement solidaire et municipal"), null));

		var revisions = this.kernelHistory.versions(Practice.class, id);
		assertThat(revisions).hasSize(3);
		assertThat(revisions).allSatisfy(v -> assertThat(v.revision().getUserId()).isEqualTo(this.camille.id()));
		assertThat(revisions.get(0).revision().getId()).isLessThan(revisions.get(1).revision().getId());
		assertThat(revisions.get(1).revision().getId()).isLessThan(revisions.get(2).revision().getId());

		List<PracticeVersion> versions = this.support.as(this.camille, () -> this.history.versions(id)).versions();
		assertThat(versions).extracting(PracticeVersion::authorName).containsOnly("Camille Persistance");
		assertThat(versions.get(0).changes()).extracting(FieldChange::field).containsExactly("title");

		var comparison = this.support.as(this.camille,
				() -> this.history.compare(id, versions.get(1).revision(), versions.get(0).revision()));
		assertThat(comparison.changes()).singleElement().satisfies(change -> {
			assertThat(change.field()).isEqualTo("title");
			assertThat(change.text()).extracting(s -> s.change() + ":" + s.text().strip())
				.containsExactly("SAME:Hébergement", "REMOVED:d’urgence", "SAME:solidaire", "ADDED:et municipal");
		});
	}

	@Test
	void changesWithoutASignedInUserHaveNoAuthor() {
		long id = this.support.as(this.camille, () -> this.editor.create(PracticeTestSupport.content(this.lead)));
		// as an import or a scheduled task would: nobody is signed in
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult(status -> this.practiceRepository.findById(id).orElseThrow().publishDirectly());

		var revisions = this.kernelHistory.versions(Practice.class, id);
		assertThat(revisions.get(revisions.size() - 1).revision().getUserId()).isNull();
	}

	@Test
	void queueFiltersByLanguageThemeAndCountry() {
		String tag = UUID.randomUUID().toString();
		long french = submitted(content("fr", "Logement " + tag, List.of("FR"), List.of("housing")));
		long english = submitted(content("en", "Housing " + tag, List.of("MA", "SN"), List.of("housing", "health")));
		long health = submitted(content("fr", "Santé " + tag, List.of("SN"), List.of("health")));
		User moderator = this.support.moderator("Modératrice");

		assertThat(queue(moderator, new ModerationQueueFilter("en", null, null), tag)).containsExactly(english);
		assertThat(queue(moderator, new ModerationQueueFilter(null, "health", null), tag)).containsExactly(english,
				health);
		assertThat(queue(moderator, new ModerationQueueFilter(null, null, "SN"), tag)).containsExactly(english, health);
		assertThat(queue(moderator, new ModerationQueueFilter(null, "housing", "FR"), tag)).containsExactly(french);
		// a code is matched whole: "health" does not find "health-x", "S" does not find
		// "SN"
		assertThat(queue(moderator, new ModerationQueueFilter(null, null, "S"), tag)).isEmpty();
	}

	@Test
	void findsThePracticesAnOrganisationLeadsTakesPartInOrReplicated() {
		long partner = this.support.organisation("Partenaire " + UUID.randomUUID());
		long replicating = this.support.organisation("Reproductrice " + UUID.randomUUID());
		User member = this.support.editorOf(replicating, "Membre reproductrice");
		User moderator = this.support.moderator("Modérateur des marques");
		long led = published(PracticeTestSupport.content(this.lead), moderator);
		long partnered = published(PracticeTestSupport.withPartners(PracticeTestSupport.content(this.lead),
				List.of(new PartnerRole(partner, "co-financement"))), moderator);
		this.support.run(member, () -> this.marks.toggleReplicated(partnered, replicating));

		assertThat(this.marks.ledOrPartneredBy(this.lead)).extracting(Practice::getId)
			.containsExactlyInAnyOrder(led, partnered);
		assertThat(this.marks.ledOrPartneredBy(partner)).extracting(Practice::getId).containsExactly(partnered);
		assertThat(this.marks.replicatedBy(replicating)).extracting(Practice::getId).containsExactly(partnered);
		assertThat(this.marks.ledOrPartneredBy(replicating)).isEmpty();
	}

	private List<Long> queue(User moderator, ModerationQueueFilter filter, String tag) {
		return this.support.as(moderator, () -> this.moderation.queue(filter, PageRequest.of(0, 100)))
			.stream()
			.filter(p -> p.getTitle().endsWith(tag))
			.map(Practice::getId)
			.toList();
	}

	private long submitted(PracticeContent content) {
		long id = this.support.as(this.camille, () -> this.editor.create(content));
		this.support.run(this.camille, () -> this.editor.submit(id));
		return id;
	}

	private long published(PracticeContent content, User moderator) {
		long id = submitted(content);
		long version = this.practiceRepository.findById(id).orElseThrow().getVersion();
		this.support.run(moderator, () -> this.moderation.approve(id, version));
		return id;
	}

	private PracticeContent content(String language, String title, List<String> countries, List<String> themes) {
		PracticeContent c = PracticeTestSupport.content(this.lead);
		return new PracticeContent(language, title, c.summary(), c.description(), c.leadOrganisationId(), c.partners(),
				countries, List.of(), List.of(), c.levels(), themes, c.gcmObjectives(), c.sdgTargets(),
				c.targetGroups(), c.startYear(), c.endYear(), c.budget(), c.fundingSources(), c.results(), c.lessons(),
				c.transferability(), c.links(), Map.of());
	}

}
