package org.passerelle.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Just an address: to resend a confirmation link or request a password reset. */
class EmailForm {

	@NotBlank(message = "{accounts.validation.required}")
	@Email(message = "{accounts.validation.email}")
	@Size(max = 320, message = "{accounts.validation.tooLong}")
	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
