package org.passerelle.dialogues.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionRejectedException;
import org.passerelle.dialogues.Contributions;
import org.passerelle.dialogues.DialogueProblem;
import org.passerelle.dialogues.internal.ContributionAttachments;
import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.DialogueClock;
import org.passerelle.dialogues.internal.DialoguePermissions;
import org.passerelle.dialogues.internal.DialogueReader;
import org.passerelle.dialogues.internal.Round;
import org.passerelle.kernel.web.Flash;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contributing to the open round of a dialogue, and replying to a published contribution.
 * Both go through {@link Contributions}, like contributions by e-mail.
 */
@Controller
class ContributionController {

	private final DialogueReader reader;

	private final Contributions contributions;

	private final DialoguePermissions permissions;

	private final DialogueLabels labels;

	private final DialogueClock clock;

	private final ContributionAttachments attachments;

	ContributionController(DialogueReader reader, Contributions contributions, DialoguePermissions permissions,
			DialogueLabels labels, DialogueClock clock, ContributionAttachments attachments) {
		this.reader = reader;
		this.contributions = contributions;
		this.permissions = permissions;
		this.labels = labels;
		this.clock = clock;
		this.attachments = attachments;
	}

	@GetMapping("/dialogues/{slug}/contribute")
	String form(@PathVariable String slug, Model model, Locale locale, RedirectAttributes redirect) {
		Dialogue dialogue = this.reader.get(slug);
		if (dialogue.openRound(this.clock.now()).isEmpty()) {
			Flash.warning("dialogues.contribute.closed").addTo(redirect);
			return "redirect:/dialogues/" + slug;
		}
		ContributionForm form = new ContributionForm();
		form.setLanguage(dialogue.getLanguages().get(0));
		return page(dialogue, form, model, locale);
	}

	@PostMapping("/dialogues/{slug}/contribute")
	String contribute(@PathVariable String slug, @ModelAttribute("form") ContributionForm form, BindingResult binding,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Dialogue dialogue = this.reader.get(slug);
		CurrentUser user = user();
		try {
			this.attachments.submit(slug, user.id(), form.getOrganisationId(), form.getAnswers(), form.getLanguage(),
					ContributionChannel.WEB, uploads(form.getFiles()));
		}
		catch (ContributionRejectedException ex) {
			if (ex.has("dialogues.problem.noOpenRound")) {
				Flash.warning("dialogues.contribute.closed").addTo(redirect);
				return "redirect:/dialogues/" + slug;
			}
			ex.problems().forEach(p -> report(p, binding));
			model.addAttribute("filesLost", form.getFiles().stream().anyMatch(f -> !f.isEmpty()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(dialogue, form, model, locale);
		}
		Flash.success(switch (dialogue.getModerationPolicy()) {
			case PRE -> "dialogues.contribute.received";
			case POST -> "dialogues.contribute.published";
		}).addTo(redirect);
		return "redirect:/dialogues/" + slug;
	}

	@PostMapping("/dialogues/{slug}/contributions/{id}/replies")
	String reply(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) Long organisationId, RedirectAttributes redirect) {
		this.reader.get(slug);
		try {
			this.contributions.reply(slug, id, user().id(), organisationId, text, null, ContributionChannel.WEB);
			Flash.success(this.reader.get(slug).getModerationPolicy() == org.passerelle.dialogues.ModerationPolicy.PRE
					? "dialogues.reply.received" : "dialogues.reply.published")
				.addTo(redirect);
		}
		catch (ContributionRejectedException ex) {
			DialogueProblem first = ex.problems().get(0);
			Flash.danger("dialogues.reply.refused." + first.messageKey().replace("dialogues.problem.", ""))
				.addTo(redirect);
		}
		return "redirect:/dialogues/" + slug + "#contribution-" + id;
	}

	private String page(Dialogue dialogue, ContributionForm form, Model model, Locale locale) {
		Round round = dialogue.openRound(this.clock.now()).orElseThrow();
		CurrentUser user = user();
		Map<String, String> languages = new LinkedHashMap<>();
		dialogue.getLanguages().forEach(l -> languages.put(l, this.labels.language(l, locale)));
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("round", round);
		model.addAttribute("closesOn", this.labels.dateTime(round.getClosesAt(), locale));
		model.addAttribute("form", form);
		model.addAttribute("languageChoices", languages);
		model.addAttribute("organisationChoices", List.copyOf(this.labels.organisations(user.memberOf()).values()));
		model.addAttribute("maxFiles", ContributionAttachments.MAX_FILES);
		model.addAttribute("maxMegabytes", ContributionAttachments.MAX_MEGABYTES);
		return "dialogues/contribute";
	}

	private static void report(DialogueProblem problem, BindingResult binding) {
		String field = problem.field();
		if (field != null && field.startsWith("files")) {
			// a file input cannot be filled again: its problems are reported on the input
			binding.rejectValue("files", problem.messageKey(), problem.argumentArray(), problem.messageKey());
		}
		else if (field == null || field.equals("answers") || field.equals("round")) {
			binding.reject(problem.messageKey(), problem.argumentArray(), problem.messageKey());
		}
		else {
			binding.rejectValue(field, problem.messageKey(), problem.argumentArray(), problem.messageKey());
		}
	}

	/** The files sent; one too large to be kept is not read. */
	private static List<ContributionAttachments.Upload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
			try {
				byte[] content = f.getSize() > ContributionAttachments.MAX_BYTES ? null : f.getBytes();
				return new ContributionAttachments.Upload(f.getOriginalFilename(), f.getSize(), content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}

	private CurrentUser user() {
		return this.permissions.user().orElseThrow(() -> new AccessDeniedException("Sign in"));
	}

}
