package org.passerelle.practices;

/**
 * A practice was published (first time or after a new round of moderation).
 *
 * @param practiceId the practice
 * @param title its title in its original language
 * @param language its original language
 * @param leadOrganisationId its lead organisation, if any
 */
public record PracticePublished(long practiceId, String title, String language, Long leadOrganisationId) {
}
