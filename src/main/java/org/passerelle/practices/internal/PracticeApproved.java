package org.passerelle.practices.internal;

/**
 * A moderator published a submitted practice (not an import or demo content, which are
 * published without moderation and mail nobody).
 *
 * @param practiceId the practice
 * @param byUserId the moderator
 */
public record PracticeApproved(long practiceId, long byUserId) {
}
