package org.passerelle.accounts.web;

import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.AccountBound;
import org.passerelle.accounts.internal.UserAdministration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage accounts: search, roles, disabling. */
@Controller
class UserAdminController {

	private static final int PAGE_SIZE = 25;

	private final UserAdministration users;

	UserAdminController(UserAdministration users) {
		this.users = users;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var found = this.users.search(q, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("email")));
		model.addAttribute("q", q);
		model.addAttribute("users", found);
		model.addAttribute("grantableRoles", java.util.List.of(Role.MODERATOR, Role.ADMINISTRATOR));
		return htmx != null ? "accounts/admin/users :: results" : "accounts/admin/users";
	}

	@PostMapping("/admin/users/{id}/roles")
	String setRole(@AuthenticationPrincipal AccountBound principal, @PathVariable long id, @RequestParam Role role,
			@RequestParam boolean granted, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
		try {
			this.users.setRole(principal.accountId(), id, role, granted);
			redirect.addFlashAttribute("message", "accounts.admin.users.saved");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "accounts.admin.users.notYourself");
		}
		return back(q, page, redirect);
	}

	@PostMapping("/admin/users/{id}/enabled")
	String setEnabled(@AuthenticationPrincipal AccountBound principal, @PathVariable long id,
			@RequestParam boolean enabled, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
		try {
			this.users.setEnabled(principal.accountId(), id, enabled);
			redirect.addFlashAttribute("message", "accounts.admin.users.saved");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "accounts.admin.users.notYourself");
		}
		return back(q, page, redirect);
	}

	private static String back(String q, int page, RedirectAttributes redirect) {
		redirect.addAttribute("q", q);
		redirect.addAttribute("page", page);
		return "redirect:/admin/users";
	}

}
