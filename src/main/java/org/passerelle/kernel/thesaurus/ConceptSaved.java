package org.passerelle.kernel.thesaurus;

/**
 * Published when an administrator created or changed a thesaurus concept, e.g. to rebuild
 * what depends on the labels.
 *
 * @param conceptId the concept
 * @param created whether it is new
 */
public record ConceptSaved(String conceptId, boolean created) {
}
