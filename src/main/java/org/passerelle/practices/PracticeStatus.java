package org.passerelle.practices;

/**
 * Where a practice stands in its workflow: an author writes a {@link #DRAFT}, submits it
 * ({@link #SUBMITTED}); a moderator publishes it ({@link #PUBLISHED}) or returns it to
 * the author with a reason ({@link #RETURNED}), who fixes and submits it again. A
 * published practice may be {@link #ARCHIVED} when it is no longer current. Only
 * published practices are shown to everyone.
 */
public enum PracticeStatus {

	DRAFT, SUBMITTED, RETURNED, PUBLISHED, ARCHIVED;

	/** Whether the author may still change the practice without a moderator. */
	public boolean isWithAuthor() {
		return this == DRAFT || this == RETURNED;
	}

}
