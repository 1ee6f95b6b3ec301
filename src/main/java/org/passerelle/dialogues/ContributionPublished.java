package org.passerelle.dialogues;

/**
 * A contribution became public: a moderator approved it (pre-moderation), or it was
 * submitted to a post-moderated dialogue.
 *
 * @param dialogueSlug the dialogue's address
 * @param contributionId the contribution's id
 * @param authorId its author's account
 * @param parentId the contribution it replies to, or {@code null}
 */
public record ContributionPublished(String dialogueSlug, long contributionId, long authorId, Long parentId) {
}
