package org.passerelle.actors.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.passerelle.accounts.MembershipRole;

/** Adds a user, found by their e-mail address, to an organisation. */
public class MemberForm {

	@NotBlank(message = "{actors.validation.email}")
	@Email(message = "{actors.validation.email}")
	@Size(max = 320, message = "{actors.validation.size}")
	private String email;

	@NotNull
	private MembershipRole role = MembershipRole.MEMBER;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public MembershipRole getRole() {
		return this.role;
	}

	public void setRole(MembershipRole role) {
		this.role = role;
	}

}
