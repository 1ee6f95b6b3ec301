package org.passerelle.accounts.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.AccountNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user as the API sees them (by session or access token). */
@RestController
@RequestMapping(path = "/api/v1/account", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Account", description = "The user the request is authenticated as")
class AccountApiController {

	private final Accounts accounts;

	AccountApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "The current user's profile, roles and memberships",
			description = "Authenticate with a session or with a personal access token: Authorization: Bearer psl_…")
	AccountProfile current() {
		CurrentUser user = this.accounts.current().orElseThrow(() -> new AccountNotFoundException(-1));
		List<AccountProfile.OrganisationRole> organisations = user.memberOf()
			.stream()
			.sorted()
			.map(id -> new AccountProfile.OrganisationRole(id, user.editorOf().contains(id) ? "EDITOR" : "MEMBER"))
			.toList();
		return new AccountProfile(user.id(), user.displayName(), user.email(), user.locale().toLanguageTag(),
				Set.copyOf(user.roles()), organisations);
	}

	/**
	 * The current user.
	 *
	 * @param id the account's id
	 * @param displayName the public name
	 * @param email the sign-in address
	 * @param language the preferred language
	 * @param roles platform roles
	 * @param memberships the organisations the user belongs to, and as what
	 */
	record AccountProfile(long id, String displayName, String email, String language, Set<Role> roles,
			List<OrganisationRole> memberships) {

		/**
		 * @param organisationId the organisation's id
		 * @param role member or editor
		 */
		record OrganisationRole(long organisationId, String role) {
		}

	}

}
