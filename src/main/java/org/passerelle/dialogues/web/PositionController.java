package org.passerelle.dialogues.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.dialogues.DialogueProblem;
import org.passerelle.dialogues.DialoguesProperties;
import org.passerelle.dialogues.PositionStatus;
import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.DialogueClock;
import org.passerelle.dialogues.internal.DialoguePermissions;
import org.passerelle.dialogues.internal.Endorsement;
import org.passerelle.dialogues.internal.Position;
import org.passerelle.dialogues.internal.PositionDossier;
import org.passerelle.dialogues.internal.PositionEditor;
import org.passerelle.dialogues.internal.PositionEndorsements;
import org.passerelle.dialogues.internal.PositionReader;
import org.passerelle.dialogues.internal.PositionRejectedException;
import org.passerelle.dialogues.internal.Transmission;
import org.passerelle.kernel.ConflictException;
import org.passerelle.kernel.web.Flash;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * A dialogue's common positions: the position's page (text, endorsing organisations,
 * transmissions, status and follow-up), the organisers' forms (draft, edit, status,
 * transmission), and endorsing or withdrawing for one's organisation.
 */
@Controller
class PositionController {

	private static final String BASE = "/dialogues/{slug}/positions";

	private final PositionReader reader;

	private final PositionEditor editor;

	private final PositionEndorsements endorsements;

	private final DialoguePermissions permissions;

	private final DialogueLabels labels;

	private final DialogueClock clock;

	private final MessageSource messages;

	private final DialoguesProperties properties;

	PositionController(PositionReader reader, PositionEditor editor, PositionEndorsements endorsements,
			DialoguePermissions permissions, DialogueLabels labels, DialogueClock clock, MessageSource messages,
			DialoguesProperties properties) {
		this.reader = reader;
		this.editor = editor;
		this.endorsements = endorsements;
		this.permissions = permissions;
		this.labels = labels;
		this.clock = clock;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping(BASE + "/new")
	String newForm(@PathVariable String slug, Model model, Locale locale) {
		Dialogue dialogue = this.editor.managedDialogue(slug);
		PositionForm form = new PositionForm();
		form.setTitle(this.messages.getMessage("dialogues.positions.form.prefillTitle",
				new Object[] { dialogue.getTitle() }, locale));
		form.setText("<p>" + HtmlUtils.htmlEscape(this.messages.getMessage("dialogues.positions.form.prefillText",
				new Object[] { dialogue.getTitle() }, locale)) + "</p>");
		form.getDrafterIds().addAll(dialogue.getOrganiserIds());
		return form(form, dialogue, null, model);
	}

	@PostMapping(BASE)
	String create(@PathVariable String slug, @ModelAttribute("form") PositionForm form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Dialogue dialogue = this.editor.managedDialogue(slug);
		try {
			String position = this.editor.create(slug, form.toCommand());
			Flash.success("dialogues.positions.saved", form.getTitle()).addTo(redirect);
			return "redirect:/dialogues/" + slug + "/positions/" + position;
		}
		catch (PositionRejectedException ex) {
			report(ex, binding);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(form, dialogue, null, model);
	}

	@GetMapping(BASE + "/{position}")
	String show(@PathVariable String slug, @PathVariable String position, Model model, Locale locale) {
		PositionDossier dossier = this.reader.get(slug, position);
		Position p = dossier.position();
		Set<Long> ids = new LinkedHashSet<>(p.getDrafterIds());
		dossier.endorsements().forEach(e -> ids.add(e.getOrganisationId()));
		Optional<CurrentUser> user = this.permissions.user();
		user.ifPresent(u -> ids.addAll(u.editorOf()));
		Map<Long, OrganisationSummary> names = this.labels.organisations(ids);
		model.addAttribute("dialogue", dossier.dialogue());
		model.addAttribute("position", p);
		model.addAttribute("drafters", p.getDrafterIds().stream().map(names::get).filter(o -> o != null).toList());
		model.addAttribute("endorsements",
				dossier.endorsements().stream().map(e -> endorsementRow(e, names, user, locale)).toList());
		model.addAttribute("transmissions",
				dossier.transmissions().stream().map(t -> transmissionRow(t, locale)).toList());
		model.addAttribute("statusChangedOn", this.labels.dateTime(p.getStatusChangedAt(), locale));
		model.addAttribute("updatedOn", this.labels.dateTime(p.getUpdatedAt(), locale));
		model.addAttribute("canManage", dossier.canManage());
		Set<Long> endorsed = dossier.endorsements()
			.stream()
			.map(Endorsement::getOrganisationId)
			.collect(Collectors.toSet());
		model.addAttribute("canEndorseFor",
				p.getStatus().isOpenForEndorsement() ? user.map(u -> u.editorOf()
					.stream()
					.filter(id -> !endorsed.contains(id))
					.map(names::get)
					.filter(o -> o != null)
					.sorted(Comparator.comparing(OrganisationSummary::name))
					.toList()).orElse(List.of()) : List.of());
		model.addAttribute("signedIn", user.isPresent());
		return "dialogues/positions/show";
	}

	@GetMapping(BASE + "/{position}/edit")
	String editForm(@PathVariable String slug, @PathVariable String position, Model model) {
		Position p = this.editor.managed(slug, position);
		return form(PositionForm.of(p), this.editor.managedDialogue(slug), p, model);
	}

	@PostMapping(BASE + "/{position}/edit")
	String update(@PathVariable String slug, @PathVariable String position, @ModelAttribute("form") PositionForm form,
			BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Position p = this.editor.managed(slug, position);
		try {
			this.editor.update(slug, position, form.getVersion(), form.toCommand());
			Flash.success("dialogues.positions.saved", form.getTitle()).addTo(redirect);
			return "redirect:/dialogues/" + slug + "/positions/" + position;
		}
		catch (PositionRejectedException ex) {
			report(ex, binding);
		}
		catch (ConflictException ex) {
			binding.reject("dialogues.positions.changed");
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(form, this.editor.managedDialogue(slug), p, model);
	}

	@PostMapping(BASE + "/{position}/endorsements")
	String endorse(@PathVariable String slug, @PathVariable String position, @RequestParam long organisationId,
			RedirectAttributes redirect) {
		PositionDossier dossier = this.reader.get(slug, position);
		try {
			this.endorsements.endorse(dossier.position().getId(), organisationId);
			Flash.success("dialogues.positions.endorsed", organisationName(organisationId)).addTo(redirect);
		}
		catch (ConflictException ex) {
			Flash.warning("dialogues.positions.alreadyEndorsed", organisationName(organisationId)).addTo(redirect);
		}
		catch (PositionRejectedException ex) {
			Flash.danger(ex.problems().get(0).messageKey()).addTo(redirect);
		}
		return "redirect:/dialogues/" + slug + "/positions/" + position;
	}

	@PostMapping(BASE + "/{position}/endorsements/{organisationId}/withdraw")
	String withdraw(@PathVariable String slug, @PathVariable String position, @PathVariable long organisationId,
			RedirectAttributes redirect) {
		PositionDossier dossier = this.reader.get(slug, position);
		try {
			if (this.endorsements.withdraw(dossier.position().getId(), organisationId)) {
				Flash.success("dialogues.positions.withdrawn", organisationName(organisationId)).addTo(redirect);
			}
		}
		catch (PositionRejectedException ex) {
			Flash.danger(ex.problems().get(0).messageKey()).addTo(redirect);
		}
		return "redirect:/dialogues/" + slug + "/positions/" + position;
	}

	@GetMapping(BASE + "/{position}/status")
	String statusForm(@PathVariable String slug, @PathVariable String position, Model model) {
		Position p = this.editor.managed(slug, position);
		return statusForm(PositionStatusForm.of(p), this.editor.managedDialogue(slug), p, model);
	}

	@PostMapping(BASE + "/{position}/status")
	String changeStatus(@PathVariable String slug, @PathVariable String position,
			@ModelAttribute("form") PositionStatusForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Position p = this.editor.managed(slug, position);
		if (!binding.hasErrors()) {
			try {
				this.editor.changeStatus(slug, position, form.getVersion(), form.getStatus(), form.getFollowUp());
				Flash.success("dialogues.positions.statusSaved").addTo(redirect);
				return "redirect:/dialogues/" + slug + "/positions/" + position;
			}
			catch (PositionRejectedException ex) {
				report(ex, binding);
			}
			catch (ConflictException ex) {
				binding.reject("dialogues.positions.changed");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return statusForm(form, this.editor.managedDialogue(slug), p, model);
	}

	@GetMapping(BASE + "/{position}/transmissions/new")
	String transmissionForm(@PathVariable String slug, @PathVariable String position, Model model) {
		Position p = this.editor.managed(slug, position);
		TransmissionForm form = new TransmissionForm();
		form.setTransmittedOn(LocalDate.ofInstant(this.clock.now(), this.properties.timeZone()));
		return transmissionForm(form, this.editor.managedDialogue(slug), p, model);
	}

	@PostMapping(BASE + "/{position}/transmissions")
	String recordTransmission(@PathVariable String slug, @PathVariable String position,
			@ModelAttribute("form") TransmissionForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Position p = this.editor.managed(slug, position);
		if (!binding.hasErrors()) {
			try {
				this.editor.recordTransmission(slug, position, form.toCommand());
				Flash.success("dialogues.positions.transmitted", form.getInstitution().strip()).addTo(redirect);
				return "redirect:/dialogues/" + slug + "/positions/" + position;
			}
			catch (PositionRejectedException ex) {
				report(ex, binding);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return transmissionForm(form, this.editor.managedDialogue(slug), p, model);
	}

	private String form(PositionForm form, Dialogue dialogue, Position position, Model model) {
		Set<Long> choices = new LinkedHashSet<>(dialogue.getOrganiserIds());
		this.permissions.user().ifPresent(u -> choices.addAll(u.editorOf()));
		if (position != null) {
			choices.addAll(position.getDrafterIds());
		}
		model.addAttribute("form", form);
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("position", position);
		model.addAttribute("drafterChoices",
				this.labels.organisations(choices)
					.values()
					.stream()
					.sorted(Comparator.comparing(OrganisationSummary::name))
					.toList());
		return "dialogues/positions/form";
	}

	private String statusForm(PositionStatusForm form, Dialogue dialogue, Position position, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("position", position);
		model.addAttribute("statusChoices", PositionStatus.values());
		return "dialogues/positions/status";
	}

	private String transmissionForm(TransmissionForm form, Dialogue dialogue, Position position, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("position", position);
		return "dialogues/positions/transmission";
	}

	private static void report(PositionRejectedException ex, BindingResult binding) {
		for (DialogueProblem problem : ex.problems()) {
			if (problem.field() == null) {
				binding.reject(problem.messageKey(), problem.argumentArray(), problem.messageKey());
			}
			else {
				binding.rejectValue(problem.field(), problem.messageKey(), problem.argumentArray(),
						problem.messageKey());
			}
		}
	}

	private String organisationName(long id) {
		OrganisationSummary organisation = this.labels.organisations(List.of(id)).get(id);
		return organisation == null ? String.valueOf(id) : organisation.displayName();
	}

	private EndorsementRow endorsementRow(Endorsement e, Map<Long, OrganisationSummary> names,
			Optional<CurrentUser> user, Locale locale) {
		OrganisationSummary organisation = names.get(e.getOrganisationId());
		return new EndorsementRow(e.getOrganisationId(),
				organisation == null ? String.valueOf(e.getOrganisationId()) : organisation.displayName(),
				this.labels.dateTime(e.getEndorsedAt(), locale), e.getEndorsedAt(),
				user.map(u -> u.editorOf().contains(e.getOrganisationId())).orElse(false));
	}

	private TransmissionRow transmissionRow(Transmission t, Locale locale) {
		return new TransmissionRow(t.getInstitution(),
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(t.getTransmittedOn()),
				t.getTransmittedOn(), t.getDocumentTitle(), t.getDocumentUrl());
	}

	/**
	 * An organisation that endorsed the position.
	 *
	 * @param organisationId the organisation
	 * @param name its name
	 * @param endorsedOn when, formatted
	 * @param endorsedAt when
	 * @param mine whether the reader edits for it (and may withdraw the endorsement)
	 */
	public record EndorsementRow(long organisationId, String name, String endorsedOn, Instant endorsedAt,
			boolean mine) {
	}

	/**
	 * A transmission of the position.
	 *
	 * @param institution to whom
	 * @param transmittedOn the day, formatted
	 * @param date the day
	 * @param documentTitle the document sent
	 * @param documentUrl where to read it, or {@code null}
	 */
	public record TransmissionRow(String institution, String transmittedOn, LocalDate date, String documentTitle,
			String documentUrl) {
	}

}
