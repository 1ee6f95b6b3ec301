package org.passerelle.accounts.web;

import jakarta.validation.constraints.NotBlank;

/**
 * The password (or, for an account without one, the address) typed again to delete the
 * account.
 */
class DeletionForm {

	@NotBlank(message = "{accounts.validation.required}")
	private String confirmation;

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
