package org.passerelle.actors.web;

import jakarta.validation.Valid;

import org.passerelle.accounts.MembershipRole;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.internal.LastEditorException;
import org.passerelle.actors.internal.OrganisationEditor;
import org.passerelle.actors.internal.OrganisationEditor.MembershipChange;
import org.passerelle.kernel.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors and administrators manage who belongs to an organisation and who may edit for
 * it.
 */
@Controller
@RequestMapping("/organisations/{id}/members")
class OrganisationMembersController {

	private final OrganisationDirectory directory;

	private final OrganisationEditor editor;

	OrganisationMembersController(OrganisationDirectory directory, OrganisationEditor editor) {
		this.directory = directory;
		this.editor = editor;
	}

	@GetMapping
	String members(@PathVariable long id, Model model) {
		model.addAttribute("memberForm", new MemberForm());
		return showMembers(id, model);
	}

	@PostMapping
	String add(@PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.editor.checkCanEdit(id);
		if (!result.hasErrors()) {
			try {
				MembershipChange change = this.editor.addMember(id, form.getEmail().strip(), form.getRole());
				if (change == MembershipChange.NO_ACCOUNT) {
					result.rejectValue("email", "actors.members.no-account");
				}
				else {
					Flash
						.success(change == MembershipChange.ADDED ? "actors.members.added"
								: "actors.members.role-changed")
						.addTo(redirect);
					return "redirect:/organisations/" + id + "/members";
				}
			}
			catch (LastEditorException ex) {
				result.rejectValue("role", "actors.members.last-editor");
			}
		}
		return showMembers(id, model);
	}

	@PostMapping("/{userId}/role")
	String changeRole(@PathVariable long id, @PathVariable long userId,
			@RequestParam(required = false) MembershipRole role, RedirectAttributes redirect) {
		this.editor.checkCanEdit(id);
		if (role == null) {
			return "redirect:/organisations/" + id + "/members";
		}
		try {
			this.editor.changeRole(id, userId, role);
			Flash.success("actors.members.role-changed").addTo(redirect);
		}
		catch (LastEditorException ex) {
			Flash.warning("actors.members.last-editor").addTo(redirect);
		}
		return "redirect:/organisations/" + id + "/members";
	}

	@PostMapping("/{userId}/remove")
	String remove(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
		try {
			this.editor.removeMember(id, userId);
			Flash.success("actors.members.removed").addTo(redirect);
		}
		catch (LastEditorException ex) {
			Flash.warning("actors.members.last-editor").addTo(redirect);
		}
		return "redirect:/organisations/" + id + "/members";
	}

	private String showMembers(long id, Model model) {
		model.addAttribute("members", this.editor.members(id));
		model.addAttribute("organisation", this.directory.get(id));
		model.addAttribute("roles", MembershipRole.values());
		return "actors/organisations/members";
	}

}
