package org.passerelle.accounts.web;

import java.util.Locale;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.accounts.internal.Registration;

/**
 * The registration form. The password's strength is checked by the controller (it needs
 * the other fields).
 */
class RegistrationForm {

	@NotBlank(message = "{accounts.validation.required}")
	@Size(max = 200, message = "{accounts.validation.tooLong}")
	private String displayName;

	@NotBlank(message = "{accounts.validation.required}")
	@Email(message = "{accounts.validation.email}")
	@Size(max = 320, message = "{accounts.validation.tooLong}")
	private String email;

	@NotBlank(message = "{accounts.validation.required}")
	private String password;

	@NotBlank(message = "{accounts.validation.required}")
	@Pattern(regexp = "fr|en|es|pt|ar", message = "{accounts.validation.language}")
	private String language;

	@AssertTrue(message = "{accounts.register.consent.required}")
	private boolean consent;

	Registration toCommand() {
		return new Registration(this.displayName.strip(), this.email.strip(), this.password,
				Locale.forLanguageTag(this.language));
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
