package org.passerelle.accounts.internal;

import org.passerelle.accounts.Notice;

/**
 * A notice to mail at once, once the transaction that gave it has committed.
 *
 * @param userId the recipient's account
 * @param notice what to tell them
 */
public record NoticeDue(long userId, Notice notice) {
}
