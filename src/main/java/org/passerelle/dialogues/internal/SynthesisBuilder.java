package org.passerelle.dialogues.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.dialogues.SynthesisStatus;
import org.passerelle.dialogues.internal.SynthesisModel.Count;
import org.passerelle.dialogues.internal.SynthesisModel.Figures;
import org.passerelle.dialogues.internal.SynthesisModel.Item;
import org.passerelle.dialogues.internal.SynthesisModel.PracticeDraft;
import org.passerelle.dialogues.internal.SynthesisModel.QuestionPart;
import org.passerelle.dialogues.internal.SynthesisModel.RoundPart;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.kernel.territory.TerritoryView;
import org.passerelle.kernel.text.RichText;
import org.passerelle.kernel.thesaurus.ConceptLink;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.passerelle.kernel.thesaurus.QueryExpansion;
import org.passerelle.kernel.thesaurus.Thesaurus;
import org.passerelle.practices.PracticeCatalog;
import org.passerelle.practices.PracticeMention;
import org.passerelle.practices.PracticeMentions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a dialogue's synthesis from its published contributions: per round, figures
 * (by country, level and type of the contributors' organisations, by language, by
 * channel; a contribution without organisation counts as "unspecified"), and per question
 * its answers with their replies, the thesaurus concepts, territories and published
 * practices they name. Reads the contributions with one query and their organisations
 * with another; everything else comes from memory.
 */
@Service
@Transactional(readOnly = true)
public class SynthesisBuilder {

	/** How many concepts and places a question lists. */
	public static final int TOP = 10;

	/** The code of contributions without an organisation, or of an unknown value. */
	public static final String UNSPECIFIED = "unspecified";

	private static final int DRAFT_TITLE_MAX = 150;

	private static final int DRAFT_SUMMARY_MAX = 600;

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");

	private final DialogueReader reader;

	private final OrganisationDirectory organisations;

	private final QueryExpansion expansion;

	private final Thesaurus thesaurus;

	private final Territories territories;

	private final Taxonomies taxonomies;

	private final PracticeCatalog practices;

	private final MessageSource messages;

	SynthesisBuilder(DialogueReader reader, OrganisationDirectory organisations, QueryExpansion expansion,
			Thesaurus thesaurus, Territories territories, Taxonomies taxonomies, PracticeCatalog practices,
			MessageSource messages) {
		this.reader = reader;
		this.organisations = organisations;
		this.expansion = expansion;
		this.thesaurus = thesaurus;
		this.territories = territories;
		this.taxonomies = taxonomies;
		this.practices = practices;
		this.messages = messages;
	}

	/**
	 * The synthesis of the dialogue.
	 * @param dialogue the dialogue, its rounds loaded
	 * @param synthesis the moderators' texts, or {@code null} when none were written
	 * @param locale the reader's language, for the labels
	 */
	public SynthesisModel build(Dialogue dialogue, Synthesis synthesis, Locale locale) {
		List<Contribution> all = this.reader.published(dialogue);
		Set<Long> organisationIds = new LinkedHashSet<>();
		all.forEach(c -> {
			if (c.getOrganisationId() != null) {
				organisationIds.add(c.getOrganisationId());
			}
		});
		Map<Long, OrganisationSummary> orgs = this.organisations.findAll(organisationIds)
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
		Context context = new Context(locale, orgs, this.practices.mentions());
		// the text analysis is most of the work and independent for each answer: run it
		// on
		// every core, then assemble in order
		Map<AnswerKey, Analysis> analyses = all.parallelStream()
			.flatMap(c -> c.getAnswers().stream().map(a -> new AnswerKey(c, a)))
			.collect(Collectors.toConcurrentMap(k -> k, k -> analyse(k, context)));
		context.analyses = analyses;

		Map<Long, List<Contribution>> replies = new HashMap<>();
		Map<Integer, List<Contribution>> byRound = new HashMap<>();
		for (Contribution c : all) {
			byRound.computeIfAbsent(c.getRoundNumber(), r -> new ArrayList<>()).add(c);
			if (c.isReply()) {
				replies.computeIfAbsent(c.getParentId(), p -> new ArrayList<>()).add(c);
			}
		}
		List<RoundPart> rounds = new ArrayList<>();
		for (Round round : dialogue.getRounds()) {
			List<Contribution> inRound = byRound.getOrDefault(round.getNumber(), List.of());
			List<QuestionPart> questions = new ArrayList<>();
			for (int q = 1; q <= round.getQuestions().size(); q++) {
				questions.add(question(round, q, inRound, replies, synthesis, context));
			}
			rounds.add(new RoundPart(round.getNumber(), round.getTitle(), inRound.size(), figures(inRound, context),
					questions));
		}
		return new SynthesisModel(dialogue.getSlug(), dialogue.getTitle(),
				synthesis == null ? SynthesisStatus.DRAFT : synthesis.getStatus(),
				synthesis == null ? null : synthesis.getIntroduction(),
				synthesis == null ? null : synthesis.getPublishedAt(),
				synthesis == null ? null : synthesis.getUpdatedAt(), synthesis == null ? null : synthesis.getVersion(),
				all.size(), figures(all, context), rounds);
	}

	private QuestionPart question(Round round, int question, List<Contribution> inRound,
			Map<Long, List<Contribution>> replies, Synthesis synthesis, Context context) {
		List<Item> items = new ArrayList<>();
		Tally concepts = new Tally();
		Tally places = new Tally();
		Tally practices = new Tally();
		for (Contribution c : inRound) {
			if (c.isReply() || c.answer(question).isEmpty()) {
				continue;
			}
			List<Item> under = new ArrayList<>();
			if (firstQuestion(c) == question) {
				for (Contribution reply : replies.getOrDefault(c.getId(), List.of())) {
					under.add(item(reply, Answer.REPLY, List.of(), context, concepts, places, practices));
				}
			}
			items.add(item(c, question, under, context, concepts, places, practices));
		}
		return new QuestionPart(round.getNumber(), question, round.question(question),
				synthesis == null ? null : synthesis.summary(round.getNumber(), question).orElse(null),
				concepts.top(TOP), places.top(TOP), practices.top(Integer.MAX_VALUE), items);
	}

	private Analysis analyse(AnswerKey key, Context context) {
		// stored answers were sanitised when written (ContributionText, moderation edits)
		String html = key.answer().text();
		String text = RichText.toPlainText(html);
		String language = key.contribution().getLanguage();
		return new Analysis(html == null ? "" : html, text, List.copyOf(this.expansion.conceptsIn(text, language)),
				this.territories.mentionedIn(text, language), context.practices.in(text));
	}

	private Item item(Contribution c, int question, List<Item> replies, Context context, Tally conceptTally,
			Tally placeTally, Tally practiceTally) {
		Analysis analysis = context.analyses.get(new AnswerKey(c, c.answer(question).orElseThrow()));
		String safe = analysis.html();
		String text = analysis.text();
		String language = c.getLanguage();
		List<Count> concepts = new ArrayList<>();
		List<String> themes = new ArrayList<>();
		for (String id : analysis.concepts()) {
			ConceptView concept = context.concept(id);
			if (concept == null) {
				continue;
			}
			String label = concept.prefLabel(context.locale);
			concepts.add(new Count(id, label, 1));
			conceptTally.add(id, label);
			for (ConceptLink link : concept.links()) {
				if (Taxonomies.THEME.equals(link.taxonomy()) && !themes.contains(link.code())) {
					themes.add(link.code());
				}
			}
		}
		List<Count> places = new ArrayList<>();
		Set<String> countries = new LinkedHashSet<>();
		List<String> territoryIds = new ArrayList<>();
		for (TerritoryView place : analysis.places()) {
			String label = place.name(context.locale);
			places.add(new Count(place.id(), label, 1));
			placeTally.add(place.id(), label);
			if (place.countryCode() != null) {
				countries.add(place.countryCode());
			}
			if (!"iso".equals(place.scheme())) {
				territoryIds.add(place.id());
			}
		}
		List<Count> practices = new ArrayList<>();
		for (PracticeMention practice : analysis.practices()) {
			String id = Long.toString(practice.id());
			practices.add(new Count(id, practice.title(), 1));
			practiceTally.add(id, practice.title());
		}
		OrganisationSummary org = c.getOrganisationId() == null ? null
				: context.organisations.get(c.getOrganisationId());
		if (countries.isEmpty() && org != null && org.country() != null) {
			countries.add(org.country());
		}
		PracticeDraft draft = new PracticeDraft(firstSentence(text), cut(text, DRAFT_SUMMARY_MAX), language,
				List.copyOf(countries), territoryIds, themes, org == null ? null : org.id());
		return new Item(c.getId(), org == null ? null : org.id(), org == null ? null : org.displayName(), language,
				c.getChannel().name(), safe, text, concepts, places, practices, draft, replies);
	}

	private Figures figures(List<Contribution> contributions, Context context) {
		Tally country = new Tally();
		Tally level = new Tally();
		Tally type = new Tally();
		Tally language = new Tally();
		Tally channel = new Tally();
		String unspecified = context.unspecified(this.messages);
		for (Contribution c : contributions) {
			OrganisationSummary org = c.getOrganisationId() == null ? null
					: context.organisations.get(c.getOrganisationId());
			String countryCode = org == null || org.country() == null ? null : org.country();
			country.add(countryCode == null ? UNSPECIFIED : countryCode,
					countryCode == null ? unspecified : context.country(countryCode, this.territories));
			String levelCode = org == null ? null : org.level();
			level.add(levelCode == null ? UNSPECIFIED : levelCode,
					levelCode == null ? unspecified : context.term(Taxonomies.LEVEL, levelCode, this.taxonomies));
			String typeCode = org == null ? null : org.type();
			type.add(typeCode == null ? UNSPECIFIED : typeCode, typeCode == null ? unspecified
					: context.term(Taxonomies.ORGANISATION_TYPE, typeCode, this.taxonomies));
			language.add(c.getLanguage(), context.language(c.getLanguage()));
			channel.add(c.getChannel().name(), context.channel(c.getChannel().name(), this.messages));
		}
		int all = Integer.MAX_VALUE;
		return new Figures(country.top(all), level.top(all), type.top(all), language.top(all), channel.top(all));
	}

	/** One answer of one contribution (identity of the contribution, question number). */
	private record AnswerKey(Contribution contribution, Answer answer) {

		@Override
		public boolean equals(Object other) {
			return other instanceof AnswerKey k && k.contribution == this.contribution
					&& k.answer.question() == this.answer.question();
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.contribution) * 31 + this.answer.question();
		}

	}

	/** What one answer's text names. */
	private record Analysis(String html, String text, List<String> concepts, List<TerritoryView> places,
			List<PracticeMention> practices) {
	}

	private static int firstQuestion(Contribution contribution) {
		return contribution.getAnswers().stream().mapToInt(Answer::question).min().orElse(0);
	}

	/** The text's first sentence, cut to a title's length. */
	static String firstSentence(String text) {
		String first = SENTENCE_END.split(text.strip(), 2)[0].strip();
		return cut(first, DRAFT_TITLE_MAX);
	}

	private static String cut(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int blank = text.lastIndexOf(' ', max - 1);
		return text.substring(0, blank > max / 2 ? blank : max - 1).strip() + "…";
	}

	/** Counts by code, remembering each code's label. */
	private static final class Tally {

		private final Map<String, long[]> counts = new LinkedHashMap<>();

		private final Map<String, String> labels = new HashMap<>();

		void add(String code, String label) {
			this.counts.computeIfAbsent(code, k -> new long[1])[0]++;
			this.labels.putIfAbsent(code, label);
		}

		/** The largest counts first, then by label; unspecified last. */
		List<Count> top(int limit) {
			return this.counts.entrySet()
				.stream()
				.map(e -> new Count(e.getKey(), this.labels.get(e.getKey()), e.getValue()[0]))
				.sorted(Comparator.comparing((Count c) -> UNSPECIFIED.equals(c.code()))
					.thenComparing(Comparator.comparingLong(Count::count).reversed())
					.thenComparing(Count::label))
				.limit(limit)
				.toList();
		}

	}

	/** What one build looks up many times, looked up once. */
	private final class Context {

		final Locale locale;

		final Map<Long, OrganisationSummary> organisations;

		final PracticeMentions practices;

		Map<AnswerKey, Analysis> analyses = Map.of();

		private final Map<String, ConceptView> concepts = new HashMap<>();

		private final Map<String, String> labels = new HashMap<>();

		Context(Locale locale, Map<Long, OrganisationSummary> organisations, PracticeMentions practices) {
			this.locale = locale;
			this.organisations = organisations;
			this.practices = practices;
		}

		ConceptView concept(String id) {
			return this.concepts.computeIfAbsent(id, k -> SynthesisBuilder.this.thesaurus.find(k).orElse(null));
		}

		String country(String code, Territories territories) {
			return this.labels.computeIfAbsent("country:" + code, k -> territories.name("iso:" + code, this.locale));
		}

		String term(String taxonomy, String code, Taxonomies taxonomies) {
			return this.labels.computeIfAbsent(taxonomy + ":" + code,
					k -> taxonomies.label(taxonomy, code, this.locale));
		}

		String language(String code) {
			return this.labels.computeIfAbsent("language:" + code, k -> {
				String name = Locale.forLanguageTag(code).getDisplayLanguage(this.locale);
				return name.isEmpty() ? code : Character.toUpperCase(name.charAt(0)) + name.substring(1);
			});
		}

		String channel(String code, MessageSource messages) {
			return this.labels.computeIfAbsent("channel:" + code,
					k -> messages.getMessage("dialogues.channel." + code, null, code, this.locale));
		}

		String unspecified(MessageSource messages) {
			return this.labels.computeIfAbsent(UNSPECIFIED,
					k -> messages.getMessage("dialogues.synthesis.unspecified", null, UNSPECIFIED, this.locale));
		}

	}

}
