package org.passerelle.dialogues.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.dialogues.DialoguesProperties;
import org.passerelle.dialogues.RoundState;
import org.passerelle.dialogues.internal.Answer;
import org.passerelle.dialogues.internal.Contribution;
import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.DialogueClock;
import org.passerelle.dialogues.internal.DialogueCommand;
import org.passerelle.dialogues.internal.DialogueEditor;
import org.passerelle.dialogues.internal.DialoguePermissions;
import org.passerelle.dialogues.internal.DialogueReader;
import org.passerelle.dialogues.internal.DialogueRejectedException;
import org.passerelle.dialogues.internal.Round;
import org.passerelle.dialogues.internal.SynthesisEditor;
import org.passerelle.kernel.ConflictException;
import org.passerelle.kernel.text.RichText;
import org.passerelle.kernel.web.Flash;
import org.passerelle.kernel.web.Htmx;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dialogues' list, page, and the organisers' form (description, organisers,
 * visibility, and the timeline of rounds with their questions).
 */
@Controller
class DialogueController {

	private static final int PAGE_SIZE = 20;

	private static final int EXCERPT = 280;

	private final DialogueReader reader;

	private final DialogueEditor editor;

	private final DialoguePermissions permissions;

	private final DialogueLabels labels;

	private final DialogueClock clock;

	private final DialoguesProperties properties;

	private final DialogueFormSupport formSupport;

	private final SynthesisEditor syntheses;

	DialogueController(DialogueReader reader, DialogueEditor editor, DialoguePermissions permissions,
			DialogueLabels labels, DialogueClock clock, DialoguesProperties properties, DialogueFormSupport formSupport,
			SynthesisEditor syntheses) {
		this.syntheses = syntheses;
		this.reader = reader;
		this.editor = editor;
		this.permissions = permissions;
		this.labels = labels;
		this.clock = clock;
		this.properties = properties;
		this.formSupport = formSupport;
	}

	@GetMapping("/dialogues")
	String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model, Locale locale) {
		Page<Dialogue> dialogues = this.reader.visible(PageRequest.of(Math.max(0, page), PAGE_SIZE));
		Instant now = this.clock.now();
		Map<Long, OrganisationSummary> organisations = this.labels
			.organisations(dialogues.stream().flatMap(d -> d.getOrganiserIds().stream()).distinct().toList());
		model.addAttribute("dialogues", dialogues);
		model.addAttribute("rows", dialogues.stream().map(d -> listRow(d, organisations, now, locale)).toList());
		model.addAttribute("canCreate", this.permissions.user().map(DialoguePermissions::canCreate).orElse(false));
		return Htmx.view(request, "dialogues/list", "results");
	}

	@GetMapping("/dialogues/new")
	String newForm(Model model, Locale locale) {
		CurrentUser user = creator();
		return form(new DialogueForm(), null, user, Set.of(), model, locale);
	}

	@PostMapping("/dialogues")
	String create(@ModelAttribute("form") DialogueForm form, BindingResult binding, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser user = creator();
		List<Integer> rows = new ArrayList<>();
		DialogueCommand command = form.toCommand(this.properties.timeZone(), rows, binding);
		if (!binding.hasErrors()) {
			try {
				String slug = this.editor.create(command);
				Flash.success("dialogues.saved", form.getTitle()).addTo(redirect);
				return "redirect:/dialogues/" + slug;
			}
			catch (DialogueRejectedException ex) {
				ex.problems().forEach(p -> DialogueForm.report(p, rows, binding));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		form.fill();
		return form(form, null, user, Set.of(), model, locale);
	}

	@GetMapping("/dialogues/{slug}/edit")
	String editForm(@PathVariable String slug, Model model, Locale locale) {
		Dialogue dialogue = this.editor.editable(slug);
		return form(DialogueForm.of(dialogue, this.properties.timeZone()), dialogue,
				this.permissions.user().orElseThrow(), dialogue.getOrganiserIds(), model, locale);
	}

	@PostMapping("/dialogues/{slug}/edit")
	String update(@PathVariable String slug, @ModelAttribute("form") DialogueForm form, BindingResult binding,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Dialogue dialogue = this.editor.editable(slug);
		List<Integer> rows = new ArrayList<>();
		DialogueCommand command = form.toCommand(this.properties.timeZone(), rows, binding);
		if (!binding.hasErrors()) {
			try {
				this.editor.update(slug, form.getVersion(), command);
				Flash.success("dialogues.saved", form.getTitle()).addTo(redirect);
				return "redirect:/dialogues/" + slug;
			}
			catch (DialogueRejectedException ex) {
				ex.problems().forEach(p -> DialogueForm.report(p, rows, binding));
			}
			catch (ConflictException ex) {
				binding.reject("dialogues.form.changed");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		form.fill();
		return form(form, dialogue, this.permissions.user().orElseThrow(), dialogue.getOrganiserIds(), model, locale);
	}

	@GetMapping("/dialogues/{slug}")
	String show(@PathVariable String slug, Model model, Locale locale) {
		Dialogue dialogue = this.reader.get(slug);
		Instant now = this.clock.now();
		Optional<CurrentUser> user = this.permissions.user();
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("organisers",
				this.labels.organisations(dialogue.getOrganiserIds())
					.values()
					.stream()
					.sorted(Comparator.comparing(OrganisationSummary::name))
					.toList());
		model.addAttribute("rounds", dialogue.getRounds().stream().map(r -> roundView(r, now, locale)).toList());
		Optional<Round> open = dialogue.openRound(now);
		Optional<Round> next = dialogue.nextRound(now);
		model.addAttribute("current", open.map(r -> roundView(r, now, locale)).orElse(null));
		model.addAttribute("next", next.map(r -> roundView(r, now, locale)).orElse(null));
		if (open.isPresent()) {
			model.addAttribute("countdown", new Countdown("dialogues.countdown.closes", open.get().getClosesAt(),
					this.labels.remaining(now, open.get().getClosesAt(), locale)));
		}
		else if (next.isPresent()) {
			model.addAttribute("countdown", new Countdown("dialogues.countdown.opens", next.get().getOpensAt(),
					this.labels.remaining(now, next.get().getOpensAt(), locale)));
		}
		model.addAttribute("languages",
				dialogue.getLanguages().stream().map(l -> this.labels.language(l, locale)).toList());
		model.addAttribute("sections", published(dialogue, locale));
		model.addAttribute("mine", mine(dialogue, locale));
		model.addAttribute("canModerate", this.permissions.canModerate(dialogue));
		model.addAttribute("synthesisPublished", this.syntheses.isPublished(dialogue));
		model.addAttribute("signedIn", user.isPresent());
		model.addAttribute("memberOf",
				user.map(u -> this.labels.organisations(u.memberOf()).values().stream().toList()).orElse(List.of()));
		return "dialogues/show";
	}

	private List<RoundSection> published(Dialogue dialogue, Locale locale) {
		List<Contribution> all = this.reader.published(dialogue);
		Set<Long> people = new LinkedHashSet<>();
		Set<Long> organisations = new LinkedHashSet<>();
		all.forEach(c -> {
			people.add(c.getAuthorId());
			if (c.getOrganisationId() != null) {
				organisations.add(c.getOrganisationId());
			}
		});
		Map<Long, String> names = this.labels.userNames(people);
		Map<Long, OrganisationSummary> orgs = this.labels.organisations(organisations);
		Map<Long, List<ContributionView>> replies = new LinkedHashMap<>();
		all.stream()
			.filter(Contribution::isReply)
			.forEach(r -> replies.computeIfAbsent(r.getParentId(), k -> new ArrayList<>())
				.add(view(r, r.replyText(), names, orgs, List.of(), locale)));
		List<RoundSection> sections = new ArrayList<>();
		for (Round round : dialogue.getRounds()) {
			List<QuestionSection> questions = new ArrayList<>();
			for (int q = 1; q <= round.getQuestions().size(); q++) {
				int question = q;
				List<ContributionView> answers = all.stream()
					.filter(c -> !c.isReply() && c.getRoundNumber() == round.getNumber())
					.filter(c -> c.answer(question).isPresent())
					.map(c -> view(c, c.answer(question).orElseThrow().text(), names, orgs,
							firstQuestion(c) == question ? replies.getOrDefault(c.getId(), List.of()) : List.of(),
							locale))
					.toList();
				questions.add(new QuestionSection(question, round.question(question), answers));
			}
			if (questions.stream().anyMatch(s -> !s.contributions().isEmpty())) {
				sections.add(new RoundSection(round.getNumber(), round.getTitle(), questions));
			}
		}
		return sections;
	}

	private static int firstQuestion(Contribution contribution) {
		return contribution.getAnswers().stream().mapToInt(Answer::question).min().orElse(0);
	}

	private List<MineView> mine(Dialogue dialogue, Locale locale) {
		return this.reader.mine(dialogue)
			.stream()
			.map(c -> new MineView(c.getId(), c.getRoundNumber(), c.getStatus().name(), c.isReply(),
					RichText.excerpt(String.join(" ", c.getAnswers().stream().map(Answer::text).toList()), EXCERPT),
					this.labels.dateTime(c.getSubmittedAt(), locale)))
			.toList();
	}

	private ContributionView view(Contribution c, String html, Map<Long, String> names,
			Map<Long, OrganisationSummary> orgs, List<ContributionView> replies, Locale locale) {
		OrganisationSummary org = c.getOrganisationId() == null ? null : orgs.get(c.getOrganisationId());
		return new ContributionView(c.getId(), names.getOrDefault(c.getAuthorId(), "—"), org == null ? null : org.id(),
				org == null ? null : org.displayName(), c.getLanguage(),
				this.labels.dateTime(c.getSubmittedAt(), locale), c.getSubmittedAt(), RichText.sanitise(html), replies,
				c.getVersion());
	}

	private RoundView roundView(Round round, Instant now, Locale locale) {
		return new RoundView(round.getNumber(), round.getTitle(), round.state(now).name(),
				this.labels.dateTime(round.getOpensAt(), locale), round.getOpensAt(),
				this.labels.dateTime(round.getClosesAt(), locale), round.getClosesAt(), round.getQuestions());
	}

	private ListRow listRow(Dialogue d, Map<Long, OrganisationSummary> organisations, Instant now, Locale locale) {
		Optional<Round> open = d.openRound(now);
		Optional<Round> next = d.nextRound(now);
		String state = open.isPresent() ? "open" : next.isPresent() ? "upcoming" : "closed";
		return new ListRow(d.getSlug(), d.getTitle(), RichText.excerpt(d.getDescription(), EXCERPT),
				d.getOrganiserIds()
					.stream()
					.map(organisations::get)
					.filter(o -> o != null)
					.map(OrganisationSummary::displayName)
					.sorted()
					.toList(),
				d.getVisibility().name(), state, open.map(Round::getNumber).orElse(null), d.getRounds().size());
	}

	private String form(DialogueForm form, Dialogue dialogue, CurrentUser user, Set<Long> current, Model model,
			Locale locale) {
		return this.formSupport.model(form, dialogue, user, current, Map.of(), model, locale);
	}

	private CurrentUser creator() {
		CurrentUser user = this.permissions.user().orElseThrow(() -> new AccessDeniedException("Sign in"));
		if (!DialoguePermissions.canCreate(user)) {
			throw new AccessDeniedException("Only editors of an organisation and moderators create dialogues");
		}
		return user;
	}

	/** A dialogue in the list. */
	public record ListRow(String slug, String title, String excerpt, List<String> organisers, String visibility,
			String state, Integer openRound, int roundCount) {
	}

	/** A round in the timeline. */
	public record RoundView(int number, String title, String state, String opensOn, Instant opensAt, String closesOn,
			Instant closesAt, List<String> questions) {

		public boolean isOpen() {
			return RoundState.OPEN.name().equals(this.state);
		}

	}

	/** The time left until the current round closes or the next one opens. */
	public record Countdown(String messageKey, Instant target, String remaining) {
	}

	/** A round's published contributions, by question. */
	public record RoundSection(int number, String title, List<QuestionSection> questions) {
	}

	/** A question's published answers. */
	public record QuestionSection(int number, String text, List<ContributionView> contributions) {
	}

	/** A published contribution (or reply), as readers see it. */
	public record ContributionView(long id, String author, Long organisationId, String organisation, String language,
			String submittedOn, Instant submittedAt, String html, List<ContributionView> replies, long version) {
	}

	/** One of the reader's own contributions, whatever its status. */
	public record MineView(long id, int round, String status, boolean reply, String excerpt, String submittedOn) {
	}

}
