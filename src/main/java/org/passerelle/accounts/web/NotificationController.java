package org.passerelle.accounts.web;

import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.accounts.internal.AccountBound;
import org.passerelle.accounts.internal.NotificationFrequency;
import org.passerelle.accounts.internal.NotificationSettings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How often a user is notified (a form on the account page), and the unsubscribe link of
 * every notification mail. Following the link only asks for confirmation, because mail
 * scanners fetch links; the POST, which mail clients also send for one-click
 * unsubscription (RFC 8058, without a CSRF token: the signed link is the credential),
 * stops the mail.
 */
@Controller
class NotificationController {

	private final NotificationSettings settings;

	NotificationController(NotificationSettings settings) {
		this.settings = settings;
	}

	@PostMapping("/account/notifications")
	String change(@AuthenticationPrincipal AccountBound principal,
			@RequestParam(name = "frequency", required = false) String frequency, RedirectAttributes redirect) {
		NotificationFrequency chosen = parse(frequency);
		if (chosen == null) {
			redirect.addFlashAttribute("notificationsInvalid", true);
		}
		else {
			this.settings.change(principal.accountId(), chosen);
			redirect.addFlashAttribute("notificationsSaved", true);
		}
		return "redirect:/account#notifications";
	}

	@GetMapping("/notifications/unsubscribe/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.settings.isValidUnsubscribeToken(token)) {
			return invalid(response);
		}
		model.addAttribute("token", token);
		return "accounts/unsubscribe";
	}

	@PostMapping("/notifications/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.settings.unsubscribe(token)) {
			return invalid(response);
		}
		model.addAttribute("done", true);
		return "accounts/unsubscribe";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "accounts/unsubscribe-invalid";
	}

	private static NotificationFrequency parse(String value) {
		try {
			return value == null ? null : NotificationFrequency.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
