package org.passerelle.practices;

/**
 * A published practice named in a text.
 *
 * @param id the practice's id
 * @param title its title in its original language
 */
public record PracticeMention(long id, String title) {
}
