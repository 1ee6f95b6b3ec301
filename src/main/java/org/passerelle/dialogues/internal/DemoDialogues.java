package org.passerelle.dialogues.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.MemberView;
import org.passerelle.accounts.MembershipRole;
import org.passerelle.accounts.Role;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationName;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.dialogues.ContributionStatus;
import org.passerelle.dialogues.internal.DemoDialogueFile.DemoContribution;
import org.passerelle.dialogues.internal.DemoDialogueFile.DemoRound;
import org.passerelle.kernel.PasserelleProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo content: on the first start with {@code passerelle.demo=true} (no dialogue yet,
 * not in command-line mode), after the organisations and practices, loads the dialogue of
 * {@value #FILE}: its rounds dated back from today so that it is over, and its
 * contributions, each dated within its round and attributed to an organisation of the
 * directory through the organisation's first demo member, or else a demo account made to
 * speak for it ("focal point", never a named person; it has no password, so nobody signs
 * in with it). A demo moderator's decisions publish, reject or mark them as spam.
 * Organisations the directory lacks are skipped with a log line (the actors' demo content
 * loads them all).
 * <p>
 * Contributions and decisions are written here rather than through
 * {@link org.passerelle.dialogues.Contributions} and {@link ContributionModeration}:
 * those take contributions to the open round only and decide at the current time as the
 * signed-in user, while demo content is dated in the past. The same rules are kept: a
 * decision per contribution version, replies one level deep in their parent's round.
 * <p>
 * When done it publishes {@link DemoDialogueLoaded}, for the loaders of the synthesis and
 * the position.
 */
@Component
class DemoDialogues {

	static final String FILE = "demo/dialogues/territorial-approach.json";

	/** Where the directory's demo organisations come from: their countries are there. */
	static final String ORGANISATIONS_FILE = "demo/organisations.csv";

	static final String MODERATOR_EMAIL = "moderation.dialogues@example.org";

	private static final Logger log = LoggerFactory.getLogger(DemoDialogues.class);

	private final DialogueRepository dialogues;

	private final ContributionRepository contributions;

	private final ModerationDecisionRepository decisions;

	private final OrganisationDirectory organisations;

	private final Accounts accounts;

	private final DialogueClock clock;

	private final ApplicationEventPublisher events;

	private final PasserelleProperties properties;

	private final Environment environment;

	private final TransactionTemplate transaction;

	DemoDialogues(DialogueRepository dialogues, ContributionRepository contributions,
			ModerationDecisionRepository decisions, OrganisationDirectory organisations, Accounts accounts,
			DialogueClock clock, ApplicationEventPublisher events, PasserelleProperties properties,
			Environment environment, PlatformTransactionManager transactions) {
		this.dialogues = dialogues;
		this.contributions = contributions;
		this.decisions = decisions;
		this.organisations = organisations;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
		this.properties = properties;
		this.environment = environment;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Last of the first-start listeners: the practices' demo content runs just before.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void loadOnFirstStart() {
		boolean commandLine = this.environment.getProperty("passerelle.cli", Boolean.class, false);
		if (this.properties.demo() && !commandLine && this.dialogues.count() == 0) {
			load(new ClassPathResource(FILE));
		}
	}

	/**
	 * Loads the dialogue of a demo file and announces it.
	 * @return what was loaded, or nothing if the file is absent or names no known
	 * organiser
	 */
	Optional<DemoDialogueLoaded> load(Resource file) {
		if (!file.exists()) {
			log.debug("No demo dialogue: {} is absent", file);
			return Optional.empty();
		}
		DemoDialogueFile demo = DemoDialogueFile.read(file);
		Optional<DemoDialogueLoaded> loaded = this.transaction.execute(status -> write(demo));
		loaded.ifPresent(this.events::publishEvent);
		return loaded;
	}

	private Optional<DemoDialogueLoaded> write(DemoDialogueFile demo) {
		Map<String, Long> organisationIds = organisationIds(demo);
		Set<Long> organisers = new LinkedHashSet<>();
		demo.organisers().stream().map(organisationIds::get).filter(id -> id != null).forEach(organisers::add);
		if (organisers.isEmpty()) {
			log.warn("Demo dialogue '{}' not loaded: none of its organisers is in the directory", demo.title());
			return Optional.empty();
		}
		long moderator = account(MODERATOR_EMAIL, "Modération des dialogues (démo)", Role.MODERATOR);
		Instant now = this.clock.now();
		Instant firstOpening = now.minus(Duration.ofDays(demo.firstRoundOpensDaysAgo())).truncatedTo(ChronoUnit.HOURS);
		Duration length = Duration.ofDays(demo.roundLengthDays());
		List<DialogueCommand.RoundCommand> rounds = new ArrayList<>();
		for (int i = 0; i < demo.rounds().size(); i++) {
			DemoRound round = demo.rounds().get(i);
			Instant opens = firstOpening.plus(length.multipliedBy(i));
			rounds.add(new DialogueCommand.RoundCommand(round.title(), opens, opens.plus(length), round.questions()));
		}
		Dialogue dialogue = new Dialogue(uniqueSlug(demo.slug()), moderator, now);
		dialogue.describe(new DialogueCommand(demo.title(), demo.description(), demo.languages(), demo.visibility(),
				demo.moderation(), organisers, Set.of(), rounds), now);
		dialogue.schedule(rounds);
		// rounds long past are not announced again to the members
		dialogue.getRounds().stream().filter(r -> !r.getOpensAt().isAfter(now)).forEach(r -> r.announce(now));
		this.dialogues.saveAndFlush(dialogue);

		Map<String, Long> users = new LinkedHashMap<>();
		Map<String, Long> ids = new LinkedHashMap<>();
		Map<String, Contribution> byKey = new HashMap<>();
		Map<Integer, Integer> seenInRound = new HashMap<>();
		Map<Integer, Long> perRound = new HashMap<>();
		demo.contributions().forEach(c -> perRound.merge(c.round(), 1L, Long::sum));
		for (DemoContribution c : demo.contributions()) {
			Optional<Round> round = dialogue.round(c.round());
			Long organisationId = c.organisation() == null ? null : organisationIds.get(c.organisation());
			if (round.isEmpty() || (c.organisation() != null && organisationId == null)) {
				log.info("Demo contribution '{}' skipped: {}", c.key(),
						round.isEmpty() ? "no round " + c.round() : "organisation not in the directory");
				continue;
			}
			Contribution parent = c.replyTo() == null ? null : byKey.get(c.replyTo());
			if (c.replyTo() != null
					&& (parent == null || parent.isReply() || parent.getStatus() != ContributionStatus.PUBLISHED)) {
				log.info("Demo contribution '{}' skipped: it replies to '{}', not a published contribution", c.key(),
						c.replyTo());
				continue;
			}
			long author = c.organisation() == null ? account("visiteur.dialogues@example.org", "Visiteur (démo)", null)
					: users.computeIfAbsent(c.organisation(), name -> focalPoint(name, organisationId));
			// spread over the round, in file order, so that replies follow their parent
			int index = seenInRound.merge(c.round(), 1, Integer::sum);
			Duration step = length.dividedBy(perRound.get(c.round()) + 1);
			Instant submitted = round.get().getOpensAt().plus(step.multipliedBy(index));
			Contribution saved = this.contributions.saveAndFlush(new Contribution(dialogue.getId(), c.round(),
					parent == null ? null : parent.getId(), answers(c, parent != null), author, organisationId,
					c.language(), c.channel(), ContributionStatus.PENDING, submitted));
			decide(saved, c, moderator, submitted.plus(step.dividedBy(2)));
			byKey.put(c.key(), saved);
			ids.put(c.key(), saved.getId());
		}
		log.info("Demo content: dialogue '{}' loaded with {} contributions", dialogue.getSlug(), ids.size());
		return Optional
			.of(new DemoDialogueLoaded(dialogue.getId(), dialogue.getSlug(), ids, organisationIds, users, moderator));
	}

	private void decide(Contribution contribution, DemoContribution demo, long moderator, Instant at) {
		DecisionKind kind = switch (demo.statusOrPublished()) {
			case PUBLISHED -> DecisionKind.APPROVED;
			case REJECTED -> DecisionKind.REJECTED;
			case SPAM -> DecisionKind.SPAM;
			case PENDING -> null;
		};
		if (kind == null) {
			return;
		}
		String note = kind == DecisionKind.REJECTED ? demo.rejectionReason() : null;
		this.decisions
			.save(new ModerationDecision(contribution.getId(), contribution.getVersion(), moderator, kind, note, at));
		contribution.decide(kind.leadsTo(), at);
		this.contributions.flush();
	}

	/** The answers by question number; a reply's one text as the reply. */
	private static List<Answer> answers(DemoContribution c, boolean reply) {
		List<Answer> answers = new ArrayList<>();
		new TreeMap<>(c.answers() == null ? Map.<String, String>of() : c.answers()).forEach((question, text) -> {
			String rich = ContributionText.toRichText(text);
			if (rich != null) {
				answers.add(new Answer(reply ? Answer.REPLY : Integer.parseInt(question.strip()), rich));
			}
		});
		return reply && answers.size() > 1 ? answers.subList(0, 1) : answers;
	}

	/** The organisations the file names, by name, found in the directory. */
	private Map<String, Long> organisationIds(DemoDialogueFile demo) {
		Set<String> names = new LinkedHashSet<>(demo.organisers());
		demo.contributions().stream().map(DemoContribution::organisation).filter(n -> n != null).forEach(names::add);
		Map<String, String> countries = demoCountries();
		Map<String, OrganisationName> wanted = new LinkedHashMap<>();
		names.forEach(name -> wanted.put(name, new OrganisationName(name, countries.get(name))));
		Map<OrganisationName, OrganisationSummary> found = this.organisations.findByNames(wanted.values());
		Map<String, Long> ids = new LinkedHashMap<>();
		wanted.forEach((name, key) -> {
			OrganisationSummary organisation = found.get(key);
			if (organisation != null) {
				ids.put(name, organisation.id());
			}
			else {
				log.info("Demo dialogue: organisation '{}' is not in the directory, its part is skipped", name);
			}
		});
		return ids;
	}

	/** Name → country of the demo organisations, to find them in the directory. */
	private static Map<String, String> demoCountries() {
		Resource file = new ClassPathResource(ORGANISATIONS_FILE);
		Map<String, String> countries = new HashMap<>();
		if (!file.exists()) {
			return countries;
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord row : format.parse(reader)) {
				String country = row.get("country");
				countries.put(row.get("name").strip(), country == null || country.isBlank() ? null : country.strip());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
		return countries;
	}

	/**
	 * The account that speaks for the organisation: its first demo member when it has one
	 * (so that signing in as that member shows their contributions), else a focal point
	 * account made for it.
	 */
	private long focalPoint(String organisationName, long organisationId) {
		List<MemberView> members = this.accounts.membersOf(organisationId);
		if (!members.isEmpty()) {
			return members.get(0).userId();
		}
		long user = account("point-focal." + Slugs.from(organisationName) + "@example.org", "Point focal", null);
		this.accounts.setMembership(user, organisationId, MembershipRole.MEMBER);
		return user;
	}

	private long account(String email, String name, Role role) {
		return this.accounts.findByEmail(email)
			.map(CurrentUser::id)
			.orElseGet(() -> this.accounts.createConfirmedUser(email, name, null, Locale.FRENCH,
					role == null ? Set.of(Role.MEMBER) : Set.of(Role.MEMBER, role)));
	}

	private String uniqueSlug(String wanted) {
		String base = Slugs.from(wanted);
		String slug = base;
		for (int n = 2; this.dialogues.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
