package org.passerelle.dialogues.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.passerelle.actors.OrganisationSummary;
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionRejectedException;
import org.passerelle.dialogues.internal.Answer;
import org.passerelle.dialogues.internal.Contribution;
import org.passerelle.dialogues.internal.ContributionAlreadyDecidedException;
import org.passerelle.dialogues.internal.ContributionModeration;
import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.ModerationDecision;
import org.passerelle.dialogues.internal.ModerationFilter;
import org.passerelle.dialogues.internal.Round;
import org.passerelle.kernel.text.RichText;
import org.passerelle.kernel.web.Flash;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation queues: one per dialogue for its organisers and the moderators, and one
 * over every dialogue the user moderates. Pending contributions are listed the longest
 * waiting first; each can be approved, edited and approved with a note, rejected with a
 * reason or marked as spam. A decision names the version the moderator saw: when another
 * moderator decided first, the page says who.
 */
@Controller
class DialogueModerationController {

	static final String ALL = "/moderation/dialogues";

	private static final int PAGE_SIZE = 20;

	private static final int LATEST = 20;

	private final ContributionModeration moderation;

	private final DialogueLabels labels;

	DialogueModerationController(ContributionModeration moderation, DialogueLabels labels) {
		this.moderation = moderation;
		this.labels = labels;
	}

	@GetMapping("/dialogues/{slug}/moderation")
	String dialogueQueue(@PathVariable String slug, @RequestParam(required = false) Integer round,
			@RequestParam(required = false) String language,
			@RequestParam(required = false) ContributionChannel channel, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		Dialogue dialogue = this.moderation.moderated(slug);
		ModerationFilter filter = new ModerationFilter(round, blankToNull(language), channel);
		queue(List.of(dialogue), filter, page, model, locale);
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("action", "/dialogues/" + slug + "/moderation");
		model.addAttribute("decisions", decisions(dialogue, locale));
		return "dialogues/moderation";
	}

	@GetMapping(ALL)
	String allQueues(@RequestParam(required = false) Integer round, @RequestParam(required = false) String language,
			@RequestParam(required = false) ContributionChannel channel, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		ModerationFilter filter = new ModerationFilter(round, blankToNull(language), channel);
		queue(this.moderation.moderatedDialogues(), filter, page, model, locale);
		model.addAttribute("dialogue", null);
		model.addAttribute("action", ALL);
		model.addAttribute("decisions", List.of());
		return "dialogues/moderation";
	}

	@PostMapping("/dialogues/{slug}/moderation/{id}/approve")
	String approve(@PathVariable String slug, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		return decide(slug, id, back, redirect, "dialogues.moderation.approved",
				() -> this.moderation.approve(id, version));
	}

	@PostMapping("/dialogues/{slug}/moderation/{id}/edit")
	String edit(@PathVariable String slug, @PathVariable long id, @RequestParam long version,
			@RequestParam Map<String, String> parameters, @RequestParam(required = false) String note,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		Map<Integer, String> edited = parameters.entrySet()
			.stream()
			.filter(e -> e.getKey().matches("answer\\d+"))
			.collect(Collectors.toMap(e -> Integer.valueOf(e.getKey().substring("answer".length())),
					Map.Entry::getValue));
		return decide(slug, id, back, redirect, "dialogues.moderation.edited",
				() -> this.moderation.editAndApprove(id, version, edited, note));
	}

	@PostMapping("/dialogues/{slug}/moderation/{id}/reject")
	String reject(@PathVariable String slug, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		return decide(slug, id, back, redirect, "dialogues.moderation.rejected",
				() -> this.moderation.reject(id, version, reason));
	}

	@PostMapping("/dialogues/{slug}/moderation/{id}/take-down")
	String takeDown(@PathVariable String slug, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return decide(slug, id, "/dialogues/" + slug, redirect, "dialogues.moderation.takenDown",
				() -> this.moderation.takeDown(id, version, reason));
	}

	@PostMapping("/dialogues/{slug}/moderation/{id}/spam")
	String spam(@PathVariable String slug, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		return decide(slug, id, back, redirect, "dialogues.moderation.spam",
				() -> this.moderation.markSpam(id, version));
	}

	private String decide(String slug, long id, String back, RedirectAttributes redirect, String done,
			Runnable decision) {
		Dialogue dialogue = this.moderation.moderated(slug);
		this.moderation.contribution(dialogue, id);
		try {
			decision.run();
			Flash.success(done, id).addTo(redirect);
		}
		catch (ContributionAlreadyDecidedException ex) {
			(ex.decidedBy() == null ? Flash.warning("dialogues.moderation.changed", id)
					: Flash.warning("dialogues.moderation.alreadyDecided." + ex.decision().name(), id, ex.decidedBy()))
				.addTo(redirect);
		}
		catch (ContributionRejectedException ex) {
			Flash.danger(ex.has("dialogues.problem.required") ? "dialogues.moderation.noteRequired"
					: "dialogues.moderation.invalid", id)
				.addTo(redirect);
		}
		return "redirect:" + safeBack(back, "/dialogues/" + slug + "/moderation");
	}

	private void queue(List<Dialogue> dialogues, ModerationFilter filter, int page, Model model, Locale locale) {
		Page<Contribution> pending = this.moderation.queue(dialogues, filter,
				PageRequest.of(Math.max(0, page), PAGE_SIZE));
		Map<Long, Dialogue> byId = dialogues.stream().collect(Collectors.toMap(Dialogue::getId, Function.identity()));
		Set<Long> people = new LinkedHashSet<>();
		Set<Long> organisations = new LinkedHashSet<>();
		pending.forEach(c -> {
			people.add(c.getAuthorId());
			if (c.getOrganisationId() != null) {
				organisations.add(c.getOrganisationId());
			}
		});
		Map<Long, String> names = this.labels.userNames(people);
		Map<Long, OrganisationSummary> orgs = this.labels.organisations(organisations);
		List<QueueRow> rows = new ArrayList<>();
		for (Contribution c : pending) {
			Dialogue d = byId.get(c.getDialogueId());
			Round round = d.round(c.getRoundNumber()).orElse(null);
			List<AnswerRow> answers = c.getAnswers()
				.stream()
				.map(a -> new AnswerRow(a.question(),
						a.question() == Answer.REPLY || round == null || !round.hasQuestion(a.question()) ? null
								: round.question(a.question()),
						RichText.sanitise(a.text()), RichText.toPlainText(a.text())))
				.toList();
			OrganisationSummary org = c.getOrganisationId() == null ? null : orgs.get(c.getOrganisationId());
			rows.add(new QueueRow(c.getId(), c.getVersion(), d.getSlug(), d.getTitle(), c.getRoundNumber(), c.isReply(),
					names.getOrDefault(c.getAuthorId(), "—"), org == null ? null : org.displayName(),
					this.labels.language(c.getLanguage(), locale), c.getLanguage(), c.getChannel().name(),
					this.labels.dateTime(c.getSubmittedAt(), locale), answers));
		}
		model.addAttribute("filter", filter);
		model.addAttribute("pending", pending);
		model.addAttribute("rows", rows);
		model.addAttribute("channels", ContributionChannel.values());
		model.addAttribute("languageChoices",
				Dialogue.LANGUAGES.stream()
					.collect(Collectors.toMap(Function.identity(), l -> this.labels.language(l, locale), (a, b) -> a,
							java.util.LinkedHashMap::new)));
	}

	private List<DecisionRow> decisions(Dialogue dialogue, Locale locale) {
		List<ModerationDecision> latest = this.moderation.latestDecisions(dialogue, LATEST);
		Map<Long, String> names = this.labels
			.userNames(latest.stream().map(ModerationDecision::getModeratorId).collect(Collectors.toSet()));
		return latest.stream()
			.map(d -> new DecisionRow(d.getContributionId(), d.getDecision().name(),
					names.getOrDefault(d.getModeratorId(), "—"), this.labels.dateTime(d.getDecidedAt(), locale),
					d.getDecidedAt(), d.getNote()))
			.toList();
	}

	private static String safeBack(String back, String fallback) {
		return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : fallback;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	/** A pending contribution in the queue. */
	public record QueueRow(long id, long version, String slug, String dialogueTitle, int round, boolean reply,
			String author, String organisation, String languageName, String language, String channel,
			String submittedOn, List<AnswerRow> answers) {
	}

	/** One answer of a pending contribution, with its question. */
	public record AnswerRow(int question, String questionText, String html, String plain) {
	}

	/** A recorded decision: what, who and when. */
	public record DecisionRow(long contributionId, String decision, String moderator, String decidedOn,
			Instant decidedAt, String note) {
	}

}
