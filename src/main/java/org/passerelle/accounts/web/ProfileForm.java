package org.passerelle.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user may change about their account. */
class ProfileForm {

	@NotBlank(message = "{accounts.validation.required}")
	@Size(max = 200, message = "{accounts.validation.tooLong}")
	private String displayName;

	@NotBlank(message = "{accounts.validation.required}")
	@Pattern(regexp = "fr|en|es|pt|ar", message = "{accounts.validation.language}")
	private String language;

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
