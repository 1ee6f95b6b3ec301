package org.passerelle.accounts.web;

import jakarta.validation.Valid;

import org.passerelle.accounts.internal.PasswordPolicy;
import org.passerelle.accounts.internal.Registrations;
import org.passerelle.accounts.internal.Registrations.ResetTarget;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A forgotten password: ask for a link by address (the answer never says whether the
 * address has an account), follow it, choose a new password.
 */
@Controller
class PasswordResetController {

	/** The arguments of the password rules' messages. */
	private static final Object[] PASSWORD_ARGS = { PasswordPolicy.MIN_LENGTH };

	private final Registrations registrations;

	private final PasswordPolicy policy;

	PasswordResetController(Registrations registrations, PasswordPolicy policy) {
		this.registrations = registrations;
		this.policy = policy;
	}

	@GetMapping("/password/forgot")
	String requestForm(Model model) {
		model.addAttribute("form", new EmailForm());
		return "accounts/password-forgot";
	}

	@PostMapping("/password/forgot")
	String request(@Valid @ModelAttribute("form") EmailForm form, BindingResult result) {
		if (result.hasErrors()) {
			return "accounts/password-forgot";
		}
		this.registrations.requestPasswordReset(form.getEmail());
		return "redirect:/password/sent";
	}

	@GetMapping("/password/sent")
	String sent() {
		return "accounts/password-sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(required = false) String token, Model model) {
		if (this.registrations.resetTarget(token).isEmpty()) {
			return "accounts/password-invalid";
		}
		NewPasswordForm form = new NewPasswordForm();
		form.setToken(token);
		model.addAttribute("form", form);
		return "accounts/password-reset";
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult result) {
		ResetTarget target = this.registrations.resetTarget(form.getToken()).orElse(null);
		if (target == null) {
			return "accounts/password-invalid";
		}
		if (form.getPassword() != null && !form.getPassword().isBlank()) {
			this.policy.problems(form.getPassword(), target.email(), target.displayName())
				.forEach(problem -> result.rejectValue("password", problem, PASSWORD_ARGS, null));
			if (!form.getPassword().equals(form.getConfirmation())) {
				result.rejectValue("confirmation", "accounts.password.mismatch");
			}
		}
		if (result.hasErrors()) {
			return "accounts/password-reset";
		}
		if (!this.registrations.resetPassword(form.getToken(), form.getPassword())) {
			return "accounts/password-invalid";
		}
		return "redirect:/login?reset";
	}

}
