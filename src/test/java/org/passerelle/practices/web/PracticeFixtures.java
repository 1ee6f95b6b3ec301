package org.passerelle.practices.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.MembershipRole;
import org.passerelle.accounts.Role;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.practices.internal.PracticeContent;
import org.passerelle.practices.internal.PracticeEditor;
import org.passerelle.practices.internal.PracticeRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Practices in a given state for the page tests of moderation, history, marks and
 * contact, written by real editors through the module's services.
 */
final class PracticeFixtures {

	final PracticeTestSupport support;

	private final Accounts accounts;

	private final PracticeEditor editor;

	private final PracticeRepository practices;

	PracticeFixtures(Accounts accounts, OrganisationRepository organisations, PlatformTransactionManager transactions,
			PracticeEditor editor, PracticeRepository practices) {
		this.support = new PracticeTestSupport(accounts, organisations, new TransactionTemplate(transactions));
		this.accounts = accounts;
		this.editor = editor;
		this.practices = practices;
	}

	/** A new editor of the organisation who reads the platform in the given language. */
	User editorOf(long organisationId, String name, Locale locale) {
		String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "-" + UUID.randomUUID()
				+ "@example.org";
		long id = this.accounts.createConfirmedUser(email, name, "a-long-test-password", locale, Set.of(Role.MEMBER));
		this.accounts.setMembership(id, organisationId, MembershipRole.EDITOR);
		return new User(id, email, name, Role.MEMBER);
	}

	/** A draft written by the author. */
	long draft(User author, PracticeContent content) {
		return this.support.as(author, () -> this.editor.create(content));
	}

	/** A practice written and submitted by the author. */
	long submitted(User author, PracticeContent content) {
		long id = draft(author, content);
		this.support.run(author, () -> this.editor.submit(id));
		return id;
	}

	/** A practice written by the author and published by a moderator. */
	long published(User author, PracticeContent content) {
		long id = submitted(author, content);
		User moderator = this.support.moderator("Modération");
		this.support.run(moderator, () -> this.editor.publish(id));
		return id;
	}

	/** The practice's current version, as a page would show it. */
	long version(long id) {
		return this.practices.findById(id).orElseThrow().getVersion();
	}

	/** A unique title, to find the practice among those other tests left. */
	static PracticeContent titled(long leadOrganisationId, String title) {
		return PracticeTestSupport.withTitle(PracticeTestSupport.content(leadOrganisationId),
				title + " " + UUID.randomUUID().toString().substring(0, 8));
	}

}
