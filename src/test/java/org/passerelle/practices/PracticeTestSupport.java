package org.passerelle.practices;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.MembershipRole;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.AccountPrincipal;
import org.passerelle.actors.internal.Organisation;
import org.passerelle.actors.internal.OrganisationData;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.internal.PracticeContent;
import org.passerelle.practices.internal.PracticeContent.PartnerRole;
import org.passerelle.practices.internal.PracticeContent.TranslatedText;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real accounts and organisations for the practices tests, code run as one of those
 * users, and valid practice content to start from.
 */
public final class PracticeTestSupport {

	private final Accounts accounts;

	private final OrganisationRepository organisations;

	private final TransactionTemplate transaction;

	public PracticeTestSupport(Accounts accounts, OrganisationRepository organisations,
			TransactionTemplate transaction) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.transaction = transaction;
	}

	/** A new confirmed member with a unique address. */
	public User member(String name) {
		return create(name, Role.MEMBER);
	}

	/** A new confirmed moderator. */
	public User moderator(String name) {
		return create(name, Role.MODERATOR);
	}

	/** A new confirmed administrator. */
	public User administrator(String name) {
		return create(name, Role.ADMINISTRATOR);
	}

	/** A new member who is an editor of the organisation. */
	public User editorOf(long organisationId, String name) {
		User user = member(name);
		this.accounts.setMembership(user.id(), organisationId, MembershipRole.EDITOR);
		return user;
	}

	/** A new local authority in France, returning its id. */
	public long organisation(String name) {
		return organisation(name, "local-authority", "local", "FR");
	}

	/** A new organisation, returning its id. */
	public long organisation(String name, String type, String level, String country) {
		return this.transaction.execute(
				status -> this.organisations
					.save(new Organisation(
							new OrganisationData(name, null, type, level, country, null, null, null, null), null))
					.getId());
	}

	/** Runs the code in a transaction, signed in as the user. */
	public <T> T as(User user, Supplier<T> code) {
		var context = SecurityContextHolder.getContext();
		var previous = context.getAuthentication();
		AccountPrincipal principal = user.principal();
		context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
		try {
			return this.transaction.execute(status -> code.get());
		}
		finally {
			context.setAuthentication(previous);
		}
	}

	/** Runs the code in a transaction, signed in as the user. */
	public void run(User user, Runnable code) {
		as(user, () -> {
			code.run();
			return null;
		});
	}

	/**
	 * A valid French practice led by the organisation, on emergency shelter in Rennes.
	 */
	public static PracticeContent content(long leadOrganisationId) {
		return new PracticeContent("fr", "Hébergement d’urgence municipal",
				"La ville ouvre ses propres places d’hébergement d’urgence.",
				"<p>Un dispositif <strong>municipal</strong> d’hébergement.</p>", leadOrganisationId, List.of(),
				List.of("FR"), List.of("nuts:FRH03"), List.of(), List.of("local"), List.of("emergency-shelter"),
				List.of(15), List.of("10.7"), List.of("asylum-seekers"), 2014, null, null, null,
				"<p>Des places ouvertes chaque hiver.</p>", null, null, List.of("https://example.org/rennes"),
				Map.of("en", new TranslatedText("Municipal emergency shelter", "The city opens its own shelter places.",
						null)));
	}

	/** The content with other partners. */
	public static PracticeContent withPartners(PracticeContent c, List<PartnerRole> partners) {
		return new PracticeContent(c.language(), c.title(), c.summary(), c.description(), c.leadOrganisationId(),
				partners, c.countries(), c.territories(), c.originTerritories(), c.levels(), c.themes(),
				c.gcmObjectives(), c.sdgTargets(), c.targetGroups(), c.startYear(), c.endYear(), c.budget(),
				c.fundingSources(), c.results(), c.lessons(), c.transferability(), c.links(), c.translations());
	}

	/** The content with another title. */
	public static PracticeContent withTitle(PracticeContent c, String title) {
		return new PracticeContent(c.language(), title, c.summary(), c.description(), c.leadOrganisationId(),
				c.partners(), c.countries(), c.territories(), c.originTerritories(), c.levels(), c.themes(),
				c.gcmObjectives(), c.sdgTargets(), c.targetGroups(), c.startYear(), c.endYear(), c.budget(),
				c.fundingSources(), c.results(), c.lessons(), c.transferability(), c.links(), c.translations());
	}

	private User create(String name, Role role) {
		String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "-" + UUID.randomUUID()
				+ "@example.org";
		long id = this.accounts.createConfirmedUser(email, name, "a-long-test-password", Locale.FRENCH,
				role == Role.MEMBER ? Set.of(Role.MEMBER) : Set.of(Role.MEMBER, role));
		return new User(id, email, name, role);
	}

	/**
	 * @param id the account id
	 * @param email the account's address
	 * @param name the display name
	 * @param role the platform role given
	 */
	public record User(long id, String email, String name, Role role) {

		AccountPrincipal principal() {
			List<String> authorities = this.role == Role.MEMBER ? List.of(Role.MEMBER.authority())
					: List.of(Role.MEMBER.authority(), this.role.authority());
			return new AccountPrincipal(this.id, this.email, "{noop}unused", true, true, authorities);
		}

		/** Signs a MockMvc request in as this user, as a form login would. */
		public RequestPostProcessor signedIn() {
			return SecurityMockMvcRequestPostProcessors.user(principal());
		}

	}

}
