package org.passerelle.accounts.web;

import jakarta.validation.constraints.NotBlank;

/** A new password chosen through a reset link. */
class NewPasswordForm {

	@NotBlank
	private String token;

	@NotBlank(message = "{accounts.validation.required}")
	private String password;

	@NotBlank(message = "{accounts.validation.required}")
	private String confirmation;

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
