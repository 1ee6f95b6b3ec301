package org.passerelle.kernel.documents;

/**
 * Starts the next block on a new page.
 */
public record PageBreak() implements Block {

}
