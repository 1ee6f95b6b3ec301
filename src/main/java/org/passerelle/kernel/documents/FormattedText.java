package org.passerelle.kernel.documents;

/**
 * User-written rich text, such as a moderator's summary. The HTML is sanitised with
 * {@link org.passerelle.kernel.text.RichText#sanitise(String)} and then reduced to what
 * both formats show alike: paragraphs, bulleted and numbered lists, bold and italic.
 * Headings inside it become bold paragraphs, tables and quotations become paragraphs,
 * links keep their text. Blank or {@code null} HTML renders nothing.
 *
 * @param html rich text, sanitised or not
 */
public record FormattedText(String html) implements Block {

}
