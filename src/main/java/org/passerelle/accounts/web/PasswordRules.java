package org.passerelle.accounts.web;

import org.passerelle.accounts.internal.PasswordPolicy;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the pages of this module that ask for a new password what the rules are. */
@ControllerAdvice(
		assignableTypes = { RegistrationController.class, PasswordResetController.class, AccountController.class })
class PasswordRules {

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return PasswordPolicy.MIN_LENGTH;
	}

}
