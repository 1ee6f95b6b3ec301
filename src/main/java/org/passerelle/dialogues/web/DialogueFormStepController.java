package org.passerelle.dialogues.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.DialogueEditor;
import org.passerelle.dialogues.internal.DialoguePermissions;
import org.passerelle.kernel.web.Htmx;
import org.passerelle.kernel.web.PickerSuggestion;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The steps of the dialogue form's organisation pickers: a post of the form with a
 * {@value DialogueFormSupport#STEP} button (find, pick, remove) comes here rather than to
 * {@link DialogueController}, which saves, and shows the form again unsaved with the
 * change made. An htmx request gets only the picker's region. The suggestions shown while
 * the organiser types come from {@code /dialogues/pickers/organisations}, as fragments of
 * the same step buttons.
 */
@Controller
class DialogueFormStepController {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,200}");

	private final DialogueFormSupport support;

	private final DialogueEditor editor;

	private final DialoguePermissions permissions;

	DialogueFormStepController(DialogueFormSupport support, DialogueEditor editor, DialoguePermissions permissions) {
		this.support = support;
		this.editor = editor;
		this.permissions = permissions;
	}

	@PostMapping(path = "/dialogues", params = DialogueFormSupport.STEP)
	String createStep(@ModelAttribute("form") DialogueForm form, BindingResult binding,
			@RequestParam(DialogueFormSupport.STEP) String step, HttpServletRequest request, Model model,
			Locale locale) {
		CurrentUser user = this.permissions.user().orElseThrow(() -> new AccessDeniedException("Sign in"));
		if (!DialoguePermissions.canCreate(user)) {
			throw new AccessDeniedException("Only editors of an organisation and moderators create dialogues");
		}
		return step(step, form, null, user, Set.of(), request, model, locale);
	}

	@PostMapping(path = "/dialogues/{slug}/edit", params = DialogueFormSupport.STEP)
	String updateStep(@PathVariable String slug, @ModelAttribute("form") DialogueForm form, BindingResult binding,
			@RequestParam(DialogueFormSupport.STEP) String step, HttpServletRequest request, Model model,
			Locale locale) {
		Dialogue dialogue = this.editor.editable(slug);
		return step(step, form, dialogue, this.permissions.user().orElseThrow(), dialogue.getOrganiserIds(), request,
				model, locale);
	}

	/**
	 * Suggestions for a picker's search box; the box sends its text under its own name.
	 * @param slot the picker, {@value DialogueFormSupport#ORGANISERS} or
	 * {@value DialogueFormSupport#INVITED}
	 * @param dialogue the slug of the dialogue edited, none for a new one
	 */
	@GetMapping("/dialogues/pickers/organisations")
	String suggestions(@RequestParam String slot, @RequestParam(required = false) String dialogue,
			@RequestParam(required = false) String otherOrganiserQuery,
			@RequestParam(required = false) String invitedQuery, Model model, Locale locale) {
		String query;
		String step;
		if (DialogueFormSupport.ORGANISERS.equals(slot)) {
			query = otherOrganiserQuery;
			step = "organiser-pick:";
		}
		else if (DialogueFormSupport.INVITED.equals(slot)) {
			query = invitedQuery;
			step = "invited-pick:";
		}
		else {
			return "fragments/pickers :: nothing";
		}
		boolean known = dialogue != null && SLUG.matcher(dialogue).matches();
		model.addAttribute("items", this.support.suggest(query, locale));
		model.addAttribute("searched", query != null && !query.isBlank());
		model.addAttribute("step", step);
		model.addAttribute("region", slot);
		model.addAttribute("formAction", known ? "/dialogues/" + dialogue + "/edit" : "/dialogues");
		return "fragments/pickers :: suggestions";
	}

	private String step(String step, DialogueForm form, Dialogue dialogue, CurrentUser user, Set<Long> current,
			HttpServletRequest request, Model model, Locale locale) {
		Map<String, List<PickerSuggestion>> suggestions = new LinkedHashMap<>();
		String region = this.support.apply(step, form, user, current, suggestions, locale);
		form.fill();
		String view = this.support.model(form, dialogue, user, current, suggestions, model, locale);
		return region == null ? view : Htmx.view(request, view, region);
	}

}
