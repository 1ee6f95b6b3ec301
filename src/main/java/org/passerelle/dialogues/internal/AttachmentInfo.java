package org.passerelle.dialogues.internal;

/**
 * An attachment without its content, for lists and links.
 *
 * @param id the attachment's id
 * @param contributionId the contribution it belongs to
 * @param filename the name it was sent with, cleaned
 * @param contentType its type, as found from its first bytes
 * @param size its size in bytes
 */
public record AttachmentInfo(long id, long contributionId, String filename, String contentType, long size) {
}
