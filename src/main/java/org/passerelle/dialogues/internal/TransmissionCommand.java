package org.passerelle.dialogues.internal;

import java.time.LocalDate;

/**
 * A transmission to record.
 *
 * @param institution the institution it was sent to
 * @param transmittedOn the day it was sent
 * @param documentTitle the title of the document sent
 * @param documentUrl where the document can be read ({@code http} or {@code https}), or
 * {@code null}
 */
public record TransmissionCommand(String institution, LocalDate transmittedOn, String documentTitle,
		String documentUrl) {
}
