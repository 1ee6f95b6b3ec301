package org.passerelle.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.passerelle.accounts.internal.AccountBound;
import org.passerelle.accounts.internal.AccountExport;
import org.passerelle.accounts.internal.MyAccount;
import org.passerelle.accounts.internal.NotificationFrequency;
import org.passerelle.accounts.internal.MyAccount.Deletion;
import org.passerelle.accounts.internal.PasswordPolicy;
import org.passerelle.accounts.internal.UserAccount;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own account: name and language, downloading their data, deleting the account.
 * (How often they are notified is changed by {@link NotificationController}.)
 */
@Controller
class AccountController {

	/** The arguments of the password rules' messages. */
	private static final Object[] PASSWORD_ARGS = { PasswordPolicy.MIN_LENGTH };

	private final MyAccount accounts;

	private final PasswordPolicy policy;

	private final ObjectProvider<LocaleResolver> locales;

	AccountController(MyAccount accounts, PasswordPolicy policy, ObjectProvider<LocaleResolver> locales) {
		this.accounts = accounts;
		this.policy = policy;
		this.locales = locales;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal AccountBound principal, Model model) {
		UserAccount user = this.accounts.get(principal.accountId());
		ProfileForm form = new ProfileForm();
		form.setDisplayName(user.getDisplayName());
		form.setLanguage(user.getLocale().getLanguage());
		model.addAttribute("form", form);
		model.addAttribute("passwordForm", new PasswordChangeForm());
		return page(user, model);
	}

	@PostMapping("/account")
	String update(@AuthenticationPrincipal AccountBound principal, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("passwordForm", new PasswordChangeForm());
			return page(this.accounts.get(principal.accountId()), model);
		}
		Locale locale = Locale.forLanguageTag(form.getLanguage());
		this.accounts.updateProfile(principal.accountId(), form.getDisplayName(), locale);
		LocaleResolver resolver = this.locales.getIfAvailable();
		if (resolver != null) {
			try {
				resolver.setLocale(request, response, locale);
			}
			catch (UnsupportedOperationException ex) {
				// The resolver follows the browser only.
			}
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal AccountBound principal,
			@Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserAccount user = this.accounts.get(principal.accountId());
		if (form.getPassword() != null && !form.getPassword().isBlank()) {
			this.policy.problems(form.getPassword(), user.getEmail(), user.getDisplayName())
				.forEach(problem -> result.rejectValue("password", problem, PASSWORD_ARGS, null));
			if (!form.getPassword().equals(form.getConfirmation())) {
				result.rejectValue("confirmation", "accounts.password.mismatch");
			}
		}
		if (!result.hasErrors()
				&& !this.accounts.changePassword(principal.accountId(), form.getCurrent(), form.getPassword())) {
			result.rejectValue("current", "accounts.account.password.wrongCurrent");
		}
		if (result.hasErrors()) {
			ProfileForm profile = new ProfileForm();
			profile.setDisplayName(user.getDisplayName());
			profile.setLanguage(user.getLocale().getLanguage());
			model.addAttribute("form", profile);
			return page(user, model);
		}
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/account";
	}

	@GetMapping(path = "/account/export", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AccountExport> export(@AuthenticationPrincipal AccountBound principal) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("passerelle-my-data.json").build().toString())
			.body(this.accounts.export(principal.accountId()));
	}

	@GetMapping("/account/delete")
	String confirmDeletion(@AuthenticationPrincipal AccountBound principal, Model model) {
		model.addAttribute("form", new DeletionForm());
		model.addAttribute("hasPassword", this.accounts.hasPassword(principal.accountId()));
		return "accounts/delete";
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal AccountBound principal, @Valid @ModelAttribute("form") DeletionForm form,
			BindingResult result, Model model, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("hasPassword", this.accounts.hasPassword(principal.accountId()));
		if (result.hasErrors()) {
			return "accounts/delete";
		}
		Deletion outcome = this.accounts.delete(principal.accountId(), form.getConfirmation());
		if (outcome == Deletion.WRONG_CONFIRMATION) {
			result.rejectValue("confirmation", "accounts.delete.wrongConfirmation");
			return "accounts/delete";
		}
		if (outcome == Deletion.LAST_ADMINISTRATOR) {
			result.reject("accounts.delete.lastAdministrator");
			return "accounts/delete";
		}
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/login?deleted";
	}

	private String page(UserAccount user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("languages", Languages.all());
		model.addAttribute("frequencies", NotificationFrequency.values());
		return "accounts/account";
	}

}
