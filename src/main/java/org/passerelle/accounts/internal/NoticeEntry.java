package org.passerelle.accounts.internal;

/**
 * A notice as its recipient reads it, in their language.
 *
 * @param subject the one-line summary
 * @param body what happened
 * @param link the absolute address of the page to open, or {@code null}
 */
public record NoticeEntry(String subject, String body, String link) {
}
