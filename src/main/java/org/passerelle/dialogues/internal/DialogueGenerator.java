package org.passerelle.dialogues.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationQuery;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionStatus;
import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.ModerationPolicy;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.passerelle.kernel.thesaurus.Thesaurus;
import org.passerelle.practices.PracticeCatalog;
import org.passerelle.practices.PracticeSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Generates a dialogue with many published contributions, for benchmarks of the
 * synthesis: four closed weekly rounds of three questions, in French, English and
 * Spanish, from existing organisations (a tenth without organisation, a sixth replies,
 * some by e-mail), whose texts name thesaurus concepts, countries and, when practices are
 * published, practice titles; and a published synthesis with an introduction and a
 * summary per question. Contributions are stored straight away as published, without the
 * moderation queue.
 */
@Component
public class DialogueGenerator {

	/** The languages of generated contributions. */
	public static final List<String> LANGUAGES = List.of("fr", "en", "es");

	private static final int ROUNDS = 4;

	private static final int QUESTIONS = 3;

	private static final int BATCH = 500;

	private static final Map<String, List<String>> OPENINGS = Map
		.of("fr", List.of("Dans notre ville, nous travaillons sur {c} avec des partenaires de {p}.",
				"Notre priorité reste {c}, en lien avec {p}.", "Le {c} manque de moyens ; nous coopérons avec {p}."),
				"en",
				List.of("In our city we work on {c} with partners from {p}.",
						"Our priority remains {c}, together with {p}.",
						"There is too little money for {c}; we cooperate with {p}."),
				"es",
				List.of("En nuestra ciudad trabajamos en {c} con socios de {p}.",
						"Nuestra prioridad sigue siendo {c}, junto con {p}.",
						"Faltan recursos para {c}; cooperamos con {p}."));

	private static final Map<String, String> PRACTICE = Map.of("fr", " Nous nous inspirons de « {t} ».", "en",
			" We learnt from \"{t}\".", "es", " Nos inspiramos en «{t}».");

	private static final Map<String, String> MORE = Map.of("fr",
			" Les collectivités locales demandent un dialogue régulier avec l’État et un financement stable.", "en",
			" Local authorities ask for a regular dialogue with the state and stable funding.", "es",
			" Las autoridades locales piden un diálogo regular con el Estado y una financiación estable.");

	private final DialogueRepository dialogues;

	private final ContributionRepository contributions;

	private final SynthesisRepository syntheses;

	private final OrganisationDirectory organisations;

	private final Thesaurus thesaurus;

	private final Territories territories;

	private final PracticeCatalog practices;

	private final TransactionTemplate transaction;

	DialogueGenerator(DialogueRepository dialogues, ContributionRepository contributions, SynthesisRepository syntheses,
			OrganisationDirectory organisations, Thesaurus thesaurus, Territories territories,
			PracticeCatalog practices, PlatformTransactionManager transactions) {
		this.dialogues = dialogues;
		this.contributions = contributions;
		this.syntheses = syntheses;
		this.organisations = organisations;
		this.thesaurus = thesaurus;
		this.territories = territories;
		this.practices = practices;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Creates the dialogue and its contributions.
	 * @param slug the dialogue's address, which must be free
	 * @param count how many published contributions, replies included
	 * @param seed the seed of the random choices
	 * @return what was made
	 * @throws IllegalArgumentException if the address is taken
	 */
	public Report generate(String slug, int count, long seed) {
		if (this.dialogues.existsBySlug(slug)) {
			throw new IllegalArgumentException("There is already a dialogue at " + slug);
		}
		long started = System.nanoTime();
		Random random = new Random(seed);
		List<OrganisationSummary> orgs = organisations();
		List<String> practiceTitles = practiceTitles();
		Map<String, List<String>> concepts = new HashMap<>();
		Map<String, List<String>> countries = new HashMap<>();
		List<ConceptView> all = this.thesaurus.concepts()
			.stream()
			.filter(c -> "passerelle".equals(c.source()))
			.toList();
		for (String language : LANGUAGES) {
			concepts.put(language,
					all.stream()
						.map(c -> c.prefLabels().get(language))
						.filter(l -> l != null && !l.isBlank())
						.toList());
			countries.put(language,
					this.territories.countries(Locale.forLanguageTag(language))
						.stream()
						.map(t -> t.name(Locale.forLanguageTag(language)))
						.toList());
		}
		Instant now = Instant.now();
		Instant start = now.minus(Duration.ofDays(7L * ROUNDS + 1));
		Dialogue dialogue = this.transaction.execute(status -> {
			List<DialogueCommand.RoundCommand> rounds = new ArrayList<>();
			for (int r = 0; r < ROUNDS; r++) {
				Instant opens = start.plus(Duration.ofDays(7L * r));
				List<String> questions = new ArrayList<>();
				for (int q = 1; q <= QUESTIONS; q++) {
					questions.add("Question " + q + " of week " + (r + 1) + ": what works, and what do you need?");
				}
				rounds.add(new DialogueCommand.RoundCommand("Week " + (r + 1), opens, opens.plus(Duration.ofDays(7)),
						questions));
			}
			Dialogue d = new Dialogue(slug, null, now);
			Set<Long> organisers = new LinkedHashSet<>();
			if (!orgs.isEmpty()) {
				organisers.add(orgs.get(0).id());
			}
			d.describe(new DialogueCommand("Benchmark dialogue " + slug, "<p>Generated for benchmarks.</p>", LANGUAGES,
					DialogueVisibility.PUBLIC, ModerationPolicy.POST, organisers, Set.of(), rounds), now);
			d.schedule(rounds);
			return this.dialogues.saveAndFlush(d);
		});
		int replies = count / 6;
		int topLevel = count - replies;
		Map<Integer, List<Long>> parents = new HashMap<>();
		List<Contribution> batch = new ArrayList<>();
		for (int i = 0; i < topLevel; i++) {
			int round = 1 + random.nextInt(ROUNDS);
			List<Answer> answers = new ArrayList<>();
			for (int q = 1; q <= QUESTIONS; q++) {
				if (q == 1 || random.nextInt(3) == 0) {
					answers
						.add(new Answer(q, text(random, pick(random, LANGUAGES), concepts, countries, practiceTitles)));
				}
			}
			batch.add(contribution(dialogue, round, null, answers, random, orgs, start));
			if (batch.size() == BATCH) {
				save(batch, parents);
			}
		}
		save(batch, parents);
		for (int i = 0; i < replies; i++) {
			int round = 1 + random.nextInt(ROUNDS);
			List<Long> candidates = parents.getOrDefault(round, List.of());
			if (candidates.isEmpty()) {
				continue;
			}
			long parent = candidates.get(random.nextInt(candidates.size()));
			batch.add(contribution(dialogue, round, parent,
					List.of(new Answer(Answer.REPLY,
							text(random, pick(random, LANGUAGES), concepts, countries, List.of()))),
					random, orgs, start));
			if (batch.size() == BATCH) {
				save(batch, parents);
			}
		}
		save(batch, parents);
		this.transaction.executeWithoutResult(status -> {
			Synthesis synthesis = new Synthesis(dialogue.getId(), now);
			List<SynthesisSummary> summaries = new ArrayList<>();
			for (int r = 1; r <= ROUNDS; r++) {
				for (int q = 1; q <= QUESTIONS; q++) {
					summaries.add(new SynthesisSummary(r, q, "<p>Summary of question " + q + " of round " + r
							+ ": housing and reception come first.</p>"));
				}
			}
			synthesis.edit("<p>Four weeks of exchanges between levels of government.</p>", summaries, null, now);
			synthesis.publish(null, now);
			this.syntheses.save(synthesis);
		});
		long total = this.contributions.countByDialogueIdAndStatus(dialogue.getId(), ContributionStatus.PUBLISHED);
		return new Report(slug, total, orgs.size(), practiceTitles.size(),
				Duration.ofNanos(System.nanoTime() - started));
	}

	private Contribution contribution(Dialogue dialogue, int round, Long parent, List<Answer> answers, Random random,
			List<OrganisationSummary> orgs, Instant start) {
		Long organisation = orgs.isEmpty() || random.nextInt(10) == 0 ? null
				: orgs.get(random.nextInt(orgs.size())).id();
		String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
		ContributionChannel channel = random.nextInt(7) == 0 ? ContributionChannel.EMAIL : ContributionChannel.WEB;
		Instant at = start.plus(Duration.ofDays(7L * (round - 1))).plusSeconds(random.nextInt(6 * 24 * 3600));
		return new Contribution(dialogue.getId(), round, parent, answers, 0L, organisation, language, channel,
				ContributionStatus.PUBLISHED, at);
	}

	private void save(List<Contribution> batch, Map<Integer, List<Long>> parents) {
		if (batch.isEmpty()) {
			return;
		}
		this.transaction.executeWithoutResult(status -> this.contributions.saveAll(batch));
		for (Contribution c : batch) {
			if (!c.isReply()) {
				parents.computeIfAbsent(c.getRoundNumber(), r -> new ArrayList<>()).add(c.getId());
			}
		}
		batch.clear();
	}

	private static String text(Random random, String language, Map<String, List<String>> concepts,
			Map<String, List<String>> countries, List<String> practiceTitles) {
		String concept = concepts.get(language).isEmpty() ? "" : pick(random, concepts.get(language));
		String place = pick(random, countries.get(language));
		StringBuilder text = new StringBuilder(
				pick(random, OPENINGS.get(language)).replace("{c}", concept).replace("{p}", place));
		if (!practiceTitles.isEmpty() && random.nextInt(5) == 0) {
			text.append(PRACTICE.get(language).replace("{t}", pick(random, practiceTitles)));
		}
		for (int i = random.nextInt(4); i > 0; i--) {
			text.append(MORE.get(language));
		}
		return "<p>" + HtmlUtils.htmlEscape(text.toString()) + "</p>";
	}

	private static <T> T pick(Random random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private List<OrganisationSummary> organisations() {
		List<OrganisationSummary> found = new ArrayList<>();
		for (int page = 0; page < 5; page++) {
			List<OrganisationSummary> items = this.organisations
				.search(new OrganisationQuery(null, List.of(), List.of(), List.of(), page, OrganisationQuery.MAX_SIZE))
				.items();
			found.addAll(items);
			if (items.size() < OrganisationQuery.MAX_SIZE) {
				break;
			}
		}
		return found;
	}

	/**
	 * Titles of some published practices, looked up by id (generated ones start at 1).
	 */
	private List<String> practiceTitles() {
		List<String> titles = new ArrayList<>();
		for (long id = 1; id <= 300 && titles.size() < 100; id++) {
			this.practices.find(id).map(PracticeSummary::title).ifPresent(titles::add);
		}
		return titles;
	}

	/**
	 * What {@link #generate} made.
	 *
	 * @param slug the dialogue's address
	 * @param contributions published contributions stored
	 * @param organisations organisations they come from
	 * @param practices practice titles the texts may name
	 * @param time how long it took
	 */
	public record Report(String slug, long contributions, int organisations, int practices, Duration time) {
	}

}
