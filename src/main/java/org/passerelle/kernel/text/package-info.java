/**
 * Rich text written by users (practice descriptions, results, lessons, contributions):
 * {@link org.passerelle.kernel.text.RichText} sanitises it against a small allow-list
 * before it is stored and derives its plain text for search, snippets, exports and mail;
 * {@link org.passerelle.kernel.text.SafeRichTextLength} limits its visible length in
 * forms.
 */
package org.passerelle.kernel.text;
