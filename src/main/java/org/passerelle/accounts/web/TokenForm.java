package org.passerelle.accounts.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new access token: what it is for, and optionally the last day it works. */
class TokenForm {

	@NotBlank(message = "{accounts.validation.required}")
	@Size(max = 100, message = "{accounts.validation.tooLong}")
	private String name;

	@Future(message = "{accounts.tokens.expiresOn.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

}
