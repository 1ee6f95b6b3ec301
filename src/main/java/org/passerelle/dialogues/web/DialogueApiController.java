package org.passerelle.dialogues.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.Contributions;
import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.ModerationPolicy;
import org.passerelle.dialogues.RoundState;
import org.passerelle.dialogues.internal.AttachmentInfo;
import org.passerelle.dialogues.internal.Contribution;
import org.passerelle.dialogues.internal.ContributionAttachments;
import org.passerelle.dialogues.internal.ContributionStore;
import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.DialogueClock;
import org.passerelle.dialogues.internal.DialoguePermissions;
import org.passerelle.dialogues.internal.DialogueReader;
import org.passerelle.dialogues.internal.PublishedContributions;
import org.passerelle.dialogues.internal.Round;
import org.passerelle.kernel.NotFoundException;
import org.passerelle.kernel.reference.ResultPage;
import org.passerelle.kernel.text.RichText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dialogues as JSON: the dialogues the caller may see, one dialogue with its rounds and
 * questions, its published contributions with their replies, and contributing with an
 * access token ({@code Authorization: Bearer …}) like through the form. Unpublished
 * contributions are shown to no one but their author (by their own address).
 */
@RestController
@RequestMapping(path = "/api/v1/dialogues", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Dialogues", description = "E-discussions and consultations between levels of government, in rounds")
class DialogueApiController {

	private static final String PROBLEM = "application/problem+json";

	private final DialogueReader reader;

	private final PublishedContributions published;

	private final Contributions contributions;

	private final ContributionStore store;

	private final ContributionAttachments attachments;

	private final DialoguePermissions permissions;

	private final DialogueLabels labels;

	private final DialogueClock clock;

	DialogueApiController(DialogueReader reader, PublishedContributions published, Contributions contributions,
			ContributionStore store, ContributionAttachments attachments, DialoguePermissions permissions,
			DialogueLabels labels, DialogueClock clock) {
		this.reader = reader;
		this.published = published;
		this.contributions = contributions;
		this.store = store;
		this.attachments = attachments;
		this.permissions = permissions;
		this.labels = labels;
		this.clock = clock;
	}

	@GetMapping
	@Operation(operationId = "listDialogues", summary = "The dialogues the caller may see, newest first",
			description = "Public dialogues for everyone; member-only ones for a signed-in caller; invitation-only "
					+ "ones for members of their organisers and invited organisations.")
	ResultPage<DialogueSummaryJson> list(
			@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Dialogues per page, at most " + ResultPage.MAX_SIZE) @RequestParam(
					defaultValue = "20") int size) {
		int safeSize = ResultPage.clampSize(size);
		Page<Dialogue> found = this.reader.visible(PageRequest.of(Math.max(0, page), safeSize));
		Map<Long, OrganisationSummary> organisations = this.labels
			.organisations(found.stream().flatMap(d -> d.getOrganiserIds().stream()).distinct().toList());
		Instant now = this.clock.now();
		return new ResultPage<>(found.getTotalElements(), Math.max(0, page), safeSize,
				found.stream().map(d -> summary(d, organisations, now)).toList());
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getDialogue", summary = "One dialogue with its rounds and questions",
			description = "The state of each round (UPCOMING, OPEN, CLOSED) follows from the clock.")
	@ApiResponse(responseCode = "200", description = "The dialogue")
	@ApiResponse(responseCode = "404", description = "No such dialogue, or not one the caller may see",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	DialogueJson get(@PathVariable String slug) {
		Dialogue dialogue = this.reader.get(slug);
		Instant now = this.clock.now();
		Map<Long, OrganisationSummary> organisations = this.labels.organisations(dialogue.getOrganiserIds());
		return new DialogueJson(dialogue.getSlug(), dialogue.getTitle(), dialogue.getDescription(),
				dialogue.getLanguages(), dialogue.getVisibility(), dialogue.getModerationPolicy(),
				organisers(dialogue, organisations), dialogue.getRounds().stream().map(r -> round(r, now)).toList(),
				new DialogueLinks(page(dialogue), "/api/v1/dialogues/" + dialogue.getSlug() + "/contributions",
						page(dialogue) + "/rounds.ics", page(dialogue) + "/contributions.atom"));
	}

	@GetMapping("/{slug}/contributions")
	@Operation(operationId = "listDialogueContributions",
			summary = "Published contributions, oldest first, with their published replies",
			description = "Answers to the questions of a round (or of every round), each with its replies nested. "
					+ "Contributions waiting for moderation, rejected or marked as spam are never listed.")
	@ApiResponse(responseCode = "200", description = "A page of contributions")
	@ApiResponse(responseCode = "404", description = "No such dialogue, or not one the caller may see",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	ResultPage<ContributionJson> contributions(@PathVariable String slug,
			@Parameter(description = "Only this round (number from 1)") @RequestParam(required = false) Integer round,
			@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Contributions per page, at most " + ResultPage.MAX_SIZE) @RequestParam(
					defaultValue = "20") int size) {
		Dialogue dialogue = this.reader.get(slug);
		int safeSize = ResultPage.clampSize(size);
		Page<Contribution> found = this.published.answers(dialogue, round, PageRequest.of(Math.max(0, page), safeSize));
		Map<Long, List<Contribution>> replies = this.published
			.replies(found.stream().map(Contribution::getId).toList());
		List<Contribution> all = new ArrayList<>(found.getContent());
		replies.values().forEach(all::addAll);
		Names names = names(all);
		return new ResultPage<>(found.getTotalElements(), Math.max(0, page), safeSize,
				found.stream()
					.map(c -> json(dialogue, c, names,
							replies.getOrDefault(c.getId(), List.of())
								.stream()
								.map(r -> json(dialogue, r, names, List.of()))
								.toList()))
					.toList());
	}

	@GetMapping("/{slug}/contributions/{id}")
	@Operation(operationId = "getDialogueContribution", summary = "One contribution",
			description = "A published contribution for every reader of the dialogue; a contribution waiting for "
					+ "moderation (or refused) for its author and the dialogue's moderators only.")
	@ApiResponse(responseCode = "200", description = "The contribution, with its status")
	@ApiResponse(responseCode = "404", description = "No such contribution, or not one the caller may see",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	ContributionJson contribution(@PathVariable String slug, @PathVariable long id) {
		Dialogue dialogue = this.reader.get(slug);
		Contribution contribution = this.store.find(id)
			.filter(c -> c.getDialogueId() == dialogue.getId())
			.filter(c -> DialoguePermissions.canSee(this.permissions.user(), dialogue, c))
			.orElseThrow(() -> new NotFoundException("contribution", id));
		return json(dialogue, contribution, names(List.of(contribution)), List.of());
	}

	@PostMapping(path = "/{slug}/contributions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "contributeToDialogue", summary = "Answer questions of the open round",
			description = "With an access token. The answers are keyed by question number (from 1) in the open "
					+ "round; blank ones are ignored. Under pre-moderation the contribution waits for a moderator "
					+ "(status PENDING); under post-moderation it is published at once. Every problem is listed "
					+ "at once in the 400 answer.")
	@ApiResponse(responseCode = "201", description = "Recorded; Location gives its address")
	@ApiResponse(responseCode = "400", description = "Refused: every problem in errors [{field, message}]",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "No valid access token",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such dialogue, or not one the caller may see",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ContributionJson> contribute(@PathVariable String slug,
			@RequestBody(required = false) ContributionInput input) {
		CurrentUser user = caller();
		ContributionInput body = input == null ? new ContributionInput(null, null, null) : input;
		long id = this.contributions.submit(slug, user.id(), body.organisationId(),
				body.answers() == null ? Map.of() : body.answers(), body.language(), ContributionChannel.API);
		return created(slug, id);
	}

	@PostMapping(path = "/{slug}/contributions/{id}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replyToDialogueContribution", summary = "Reply to a published contribution",
			description = "With an access token. Replies go one level deep: a reply to a reply is refused. The "
					+ "language defaults to the contribution's.")
	@ApiResponse(responseCode = "201", description = "Recorded; Location gives its address")
	@ApiResponse(responseCode = "400", description = "Refused: every problem in errors [{field, message}]",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "No valid access token",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such dialogue, or not one the caller may see",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ContributionJson> reply(@PathVariable String slug, @PathVariable long id,
			@RequestBody(required = false) ReplyInput input) {
		CurrentUser user = caller();
		ReplyInput body = input == null ? new ReplyInput(null, null, null) : input;
		long replyId = this.contributions.reply(slug, id, user.id(), body.organisationId(), body.text(),
				body.language(), ContributionChannel.API);
		return created(slug, replyId);
	}

	private ResponseEntity<ContributionJson> created(String slug, long id) {
		Dialogue dialogue = this.reader.get(slug);
		Contribution contribution = this.store.find(id).orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/dialogues/" + slug + "/contributions/" + id))
			.body(json(dialogue, contribution, names(List.of(contribution)), List.of()));
	}

	private CurrentUser caller() {
		return this.permissions.user()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Send an access token to contribute"));
	}

	private DialogueSummaryJson summary(Dialogue d, Map<Long, OrganisationSummary> organisations, Instant now) {
		Optional<Round> open = d.openRound(now);
		return new DialogueSummaryJson(d.getSlug(), d.getTitle(), d.getLanguages(), d.getVisibility(),
				d.getModerationPolicy(), organisers(d, organisations), d.getRounds().size(),
				open.map(Round::getNumber).orElse(null), "/api/v1/dialogues/" + d.getSlug(), page(d));
	}

	private static List<OrganisationJson> organisers(Dialogue d, Map<Long, OrganisationSummary> organisations) {
		return d.getOrganiserIds()
			.stream()
			.map(organisations::get)
			.filter(o -> o != null)
			.map(OrganisationJson::of)
			.sorted(java.util.Comparator.comparing(OrganisationJson::name))
			.toList();
	}

	private static RoundJson round(Round r, Instant now) {
		return new RoundJson(r.getNumber(), r.getTitle(), r.getOpensAt(), r.getClosesAt(), r.state(now),
				IntStream.rangeClosed(1, r.getQuestions().size())
					.mapToObj(q -> new QuestionJson(q, r.question(q)))
					.toList());
	}

	private Names names(Collection<Contribution> all) {
		Set<Long> people = new LinkedHashSet<>();
		Set<Long> organisations = new LinkedHashSet<>();
		all.forEach(c -> {
			people.add(c.getAuthorId());
			if (c.getOrganisationId() != null) {
				organisations.add(c.getOrganisationId());
			}
		});
		return new Names(this.labels.userNames(people), this.labels.organisations(organisations),
				this.attachments.of(all.stream().map(Contribution::getId).toList()));
	}

	private ContributionJson json(Dialogue dialogue, Contribution c, Names names, List<ContributionJson> replies) {
		OrganisationSummary org = c.getOrganisationId() == null ? null
				: names.organisations().get(c.getOrganisationId());
		List<AnswerJson> answers = c.isReply() ? List.of()
				: c.getAnswers().stream().map(a -> new AnswerJson(a.question(), RichText.sanitise(a.text()))).toList();
		List<AttachmentJson> files = names.attachments()
			.getOrDefault(c.getId(), List.of())
			.stream()
			.map(a -> new AttachmentJson(a.filename(), a.contentType(), a.size(),
					page(dialogue) + "/attachments/" + a.id()))
			.toList();
		return new ContributionJson(c.getId(), c.getRoundNumber(), c.getParentId(), c.getStatus().name(),
				names.people().get(c.getAuthorId()), org == null ? null : OrganisationJson.of(org), c.getLanguage(),
				c.getSubmittedAt(), answers, c.isReply() ? RichText.sanitise(c.replyText()) : null, files, replies);
	}

	private static String page(Dialogue dialogue) {
		return "/dialogues/" + dialogue.getSlug();
	}

	private record Names(Map<Long, String> people, Map<Long, OrganisationSummary> organisations,
			Map<Long, List<AttachmentInfo>> attachments) {
	}

	/**
	 * A contribution sent through the API.
	 *
	 * @param organisationId an organisation the caller belongs to and speaks for, or none
	 * @param language the language written in (one of the dialogue's; its first by
	 * default)
	 * @param answers question number (from 1) → text (plain text or simple HTML)
	 */
	record ContributionInput(Long organisationId, String language, Map<Integer, String> answers) {
	}

	/**
	 * A reply sent through the API.
	 *
	 * @param organisationId an organisation the caller belongs to and speaks for, or none
	 * @param language the language written in (the contribution's by default)
	 * @param text the reply (plain text or simple HTML)
	 */
	record ReplyInput(Long organisationId, String language, String text) {
	}

	/** A dialogue in the list. */
	record DialogueSummaryJson(String slug, String title, List<String> languages, DialogueVisibility visibility,
			ModerationPolicy moderationPolicy, List<OrganisationJson> organisers, int rounds, Integer openRound,
			String url, String page) {
	}

	/** A dialogue with its rounds. */
	record DialogueJson(String slug, String title, String description, List<String> languages,
			DialogueVisibility visibility, ModerationPolicy moderationPolicy, List<OrganisationJson> organisers,
			List<RoundJson> rounds, DialogueLinks links) {
	}

	/** Where else the dialogue is found. */
	record DialogueLinks(String page, String contributions, String calendar, String feed) {
	}

	/** A round and its questions. */
	record RoundJson(int number, String title, Instant opensAt, Instant closesAt, RoundState state,
			List<QuestionJson> questions) {
	}

	/** A question, numbered from 1 in its round. */
	record QuestionJson(int number, String text) {
	}

	/** An organisation, by id and name. */
	record OrganisationJson(long id, String name) {

		static OrganisationJson of(OrganisationSummary summary) {
			return new OrganisationJson(summary.id(), summary.displayName());
		}

	}

	/**
	 * A contribution: answers (or, for a reply, its text), its author and organisation,
	 * its files and its published replies.
	 */
	record ContributionJson(long id, int round, Long parentId, String status, String author,
			OrganisationJson organisation, String language, Instant submittedAt, List<AnswerJson> answers, String text,
			List<AttachmentJson> attachments, List<ContributionJson> replies) {
	}

	/** The answer to one question, sanitised HTML. */
	record AnswerJson(int question, String html) {
	}

	/** A file attached to a contribution. */
	record AttachmentJson(String filename, String contentType, long size, String url) {
	}

}
