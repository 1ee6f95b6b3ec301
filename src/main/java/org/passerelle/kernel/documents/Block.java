package org.passerelle.kernel.documents;

/**
 * One block of a {@link Document}'s body, rendered in order.
 */
public sealed interface Block permits Heading, Paragraph, FormattedText, BulletList, Table, BarChart, PageBreak {

}
