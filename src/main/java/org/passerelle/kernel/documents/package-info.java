/**
 * Documents that officials download and edit: a module describes a report with the small
 * {@link org.passerelle.kernel.documents.Document} model (headings, paragraphs, lists,
 * tables, bar charts, page breaks) and
 * {@link org.passerelle.kernel.documents.DocumentRenderer} writes it as PDF (A4, numbered
 * pages, embedded fonts, vector charts) or as DOCX (Word heading styles, numbered lists,
 * editable native charts).
 * <p>
 * All text in the model is plain text and is escaped on the way out, except
 * {@link org.passerelle.kernel.documents.FormattedText}, whose HTML is sanitised with
 * {@link org.passerelle.kernel.text.RichText} and reduced to paragraphs, lists, bold and
 * italic.
 */
package org.passerelle.kernel.documents;
