package org.passerelle.kernel.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Notes the acting user on each new revision. Hibernate asks Spring for this listener
 * (Boot's bean container), so it receives the {@link ActingUser} of the accounts module;
 * the provider is read per revision, never at start-up.
 */
public class RevisionAuthorListener implements RevisionListener {

	private final ObjectProvider<ActingUser> actingUser;

	public RevisionAuthorListener(ObjectProvider<ActingUser> actingUser) {
		this.actingUser = actingUser;
	}

	@Override
	public void newRevision(Object revisionEntity) {
		ActingUser source = this.actingUser.getIfAvailable();
		if (source != null && revisionEntity instanceof Revision revision) {
			revision.setUserId(source.currentUserId().orElse(null));
		}
	}

}
