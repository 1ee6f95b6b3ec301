package org.passerelle.practices;

import java.time.Instant;

/**
 * A practice as other modules list it.
 *
 * @param id the practice's id
 * @param title the title in the practice's original language
 * @param language BCP 47 tag of the original language
 * @param summary plain-text summary in the original language
 * @param status where it stands in the workflow
 * @param leadOrganisationId the lead organisation (actors), if any
 * @param publishedAt when it was first published, {@code null} before
 */
public record PracticeSummary(long id, String title, String language, String summary, PracticeStatus status,
		Long leadOrganisationId, Instant publishedAt) {
}
