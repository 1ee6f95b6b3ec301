/**
 * The writers behind {@link org.passerelle.kernel.documents.DocumentRenderer}: XHTML and
 * SVG for OpenHTMLtoPDF, XWPF for DOCX, and the reading of formatted text shared by both.
 */
package org.passerelle.kernel.documents.internal;
