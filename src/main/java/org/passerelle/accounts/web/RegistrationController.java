package org.passerelle.accounts.web;

import jakarta.validation.Valid;

import org.passerelle.accounts.internal.PasswordPolicy;
import org.passerelle.accounts.internal.Registrations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Opening an account: the form, the "check your mail" page, the confirmation link and
 * asking for a new link. The pages after a submission are the same whether the address
 * was known or not.
 */
@Controller
class RegistrationController {

	/** The arguments of the password rules' messages. */
	private static final Object[] PASSWORD_ARGS = { PasswordPolicy.MIN_LENGTH };

	private final Registrations registrations;

	private final PasswordPolicy policy;

	RegistrationController(Registrations registrations, PasswordPolicy policy) {
		this.registrations = registrations;
		this.policy = policy;
	}

	@ModelAttribute("languages")
	java.util.List<Languages.Language> languages() {
		return Languages.all();
	}

	@GetMapping("/register")
	String form(Model model) {
		RegistrationForm form = new RegistrationForm();
		form.setLanguage(Languages.current());
		model.addAttribute("form", form);
		return "accounts/register";
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result) {
		if (form.getPassword() != null && !form.getPassword().isBlank()) {
			this.policy.problems(form.getPassword(), form.getEmail(), form.getDisplayName())
				.forEach(problem -> result.rejectValue("password", problem, PASSWORD_ARGS, null));
		}
		if (result.hasErrors()) {
			return "accounts/register";
		}
		this.registrations.register(form.toCommand());
		return "redirect:/register/sent";
	}

	@GetMapping("/register/sent")
	String sent() {
		return "accounts/register-sent";
	}

	@GetMapping("/register/confirm")
	String confirm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("confirmed", this.registrations.confirm(token));
		return "accounts/confirmed";
	}

	@GetMapping("/register/resend")
	String resendForm(Model model) {
		model.addAttribute("form", new EmailForm());
		return "accounts/resend";
	}

	@PostMapping("/register/resend")
	String resend(@Valid @ModelAttribute("form") EmailForm form, BindingResult result) {
		if (result.hasErrors()) {
			return "accounts/resend";
		}
		this.registrations.resendConfirmation(form.getEmail());
		return "redirect:/register/sent";
	}

}
