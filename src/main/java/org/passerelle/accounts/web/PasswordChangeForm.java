package org.passerelle.accounts.web;

import jakarta.validation.constraints.NotBlank;

/** A new password chosen on the account page. */
class PasswordChangeForm {

	private String current;

	@NotBlank(message = "{accounts.validation.required}")
	private String password;

	@NotBlank(message = "{accounts.validation.required}")
	private String confirmation;

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
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
