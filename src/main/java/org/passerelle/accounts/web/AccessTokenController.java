package org.passerelle.accounts.web;

import jakarta.validation.Valid;

import org.passerelle.accounts.internal.AccessTokens;
import org.passerelle.accounts.internal.AccessTokens.IssuedToken;
import org.passerelle.accounts.internal.AccountBound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's personal access tokens. A new token's value is shown once, in the answer to
 * the form (never stored, not even in the session).
 */
@Controller
class AccessTokenController {

	private final AccessTokens tokens;

	AccessTokenController(AccessTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String list(@AuthenticationPrincipal AccountBound principal, Model model) {
		model.addAttribute("form", new TokenForm());
		return page(principal, model);
	}

	@PostMapping("/account/tokens")
	String create(@AuthenticationPrincipal AccountBound principal, @Valid @ModelAttribute("form") TokenForm form,
			BindingResult result, Model model) {
		if (!result.hasErrors()) {
			IssuedToken issued = this.tokens.create(principal.accountId(), form.getName(), form.getExpiresOn());
			model.addAttribute("issued", issued);
			model.addAttribute("form", new TokenForm());
		}
		return page(principal, model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal AccountBound principal, @PathVariable long id, RedirectAttributes redirect) {
		if (this.tokens.revoke(principal.accountId(), id)) {
			redirect.addFlashAttribute("revoked", true);
		}
		return "redirect:/account/tokens";
	}

	private String page(AccountBound principal, Model model) {
		model.addAttribute("tokens", this.tokens.of(principal.accountId()));
		model.addAttribute("now", java.time.Instant.now());
		return "accounts/tokens";
	}

}
